package org.forumprotocol.web.delegation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.DelegationStatus;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.page.ShownText;

/**
 * A line of an event's delegations: who comes, how many, and who leads them. {@code head} is null when
 * no member is head; a delegation with members but without a head is shown with a warning.
 */
public record DelegationRow(long id, String country, String countryName, ShownText name, DelegationStatus status,
                            int members, String head, boolean headSuggested, String search) implements Serializable {

    public static DelegationRow of(Delegation d, List<Delegate> members, Language page) {
        Language host = d.getEvent().hostLanguage();
        Optional<Delegate> head = members.stream().filter(Delegate::isHead).findFirst();
        String countryName = Countries.name(d.getCountry(), page);
        String search = Stream.concat(
                        Stream.concat(d.getName().asMap().values().stream(), d.getSendingOrganisation().asMap().values().stream()),
                        Stream.concat(Stream.of(d.getCountry(), countryName, Countries.name(d.getCountry(), host)),
                                members.stream().flatMap(m -> m.getNames().values().stream()).map(n -> n.family() + " " + n.given())))
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new DelegationRow(d.getId(), d.getCountry(), countryName, ShownText.of(d.getName(), page, host), d.getStatus(),
                members.size(), head.map(h -> h.displayName(page)).orElse(null),
                head.flatMap(h -> h.nameIn(page)).map(PersonName::suggested).orElse(false), search);
    }

    public boolean isHeadless() {
        return members > 0 && head == null;
    }

    public boolean matches(String filter) {
        return filter == null || filter.isBlank() || search.contains(filter.strip().toLowerCase(Locale.ROOT));
    }
}
