package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.delegation.Rank;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/**
 * A member of a delegation as its page lists them: the name in the page language (a transliteration is
 * marked as suggested), and the place in the event's order of precedence (in the host language's order).
 */
public record MemberRow(long id, String name, boolean nameSuggested, DelegateRole role, Rank rank, LocalDate rankSince,
                        ShownText position, String email, String phone, Attendance attendance, Integer pin, int place,
                        boolean manual, String search) implements Serializable {

    static MemberRow of(Delegate d, Language page, int place, boolean manual) {
        Language host = d.getDelegation().getEvent().hostLanguage();
        String search = Stream.concat(
                        d.getNames().values().stream().map(n -> n.family() + " " + n.given()),
                        Stream.concat(d.getPosition().asMap().values().stream(),
                                Stream.of(d.getEmail(), d.getPhone()).filter(s -> s != null)))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new MemberRow(d.getId(), d.displayName(page), d.nameIn(page).map(PersonName::suggested).orElse(true),
                d.getRole(), d.getRank(), d.getRankSince(), ShownText.of(d.getPosition(), page, host), d.getEmail(),
                d.getPhone(), d.getAttendance(), d.getPrecedencePin(), place, manual, search);
    }

    public boolean isHead() {
        return role == DelegateRole.HEAD;
    }

    boolean matches(String filter) {
        return filter == null || filter.isBlank() || search.contains(filter.strip().toLowerCase(Locale.ROOT));
    }
}
