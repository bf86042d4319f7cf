package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.web.page.ShownText;

/** A line of the participant list, with every text already in the list's language. */
public record ParticipantRow(int place, boolean manual, String name, boolean nameSuggested, long delegationId,
                             ShownText delegation, String country, String countryName, String position, String rank,
                             DelegateRole role, String search) implements Serializable {

    static ParticipantRow of(Participant p, ShownText delegation, String countryName, String rank) {
        String search = Stream.of(p.displayName(), delegation.text(), p.country(), countryName, p.position(), rank)
                .filter(s -> s != null).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new ParticipantRow(p.precedence(), p.manualPrecedence(), p.displayName(), p.nameSuggested(), p.delegationId(),
                delegation, p.country(), countryName, p.position(), rank, p.role(), search);
    }

    public boolean isHead() {
        return role == DelegateRole.HEAD;
    }

    boolean matches(String filter) {
        return filter == null || filter.isBlank() || search.contains(filter.strip().toLowerCase(Locale.ROOT));
    }
}
