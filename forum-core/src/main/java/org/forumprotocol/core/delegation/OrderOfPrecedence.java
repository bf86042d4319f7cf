package org.forumprotocol.core.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;

import org.forumprotocol.core.i18n.Language;

/**
 * The order in which delegates are seated, listed and given the floor: rank first (the ladder of
 * {@link Rank}), then the date the rank was taken up (earlier first, Vienna Convention art. 16), then the
 * name in the list's language. An officer may pin a delegate to a place; pinned places override the
 * computed order and are reported as manual.
 */
public final class OrderOfPrecedence {

    /** A delegate and the place it got: 1-based, and whether an officer fixed it. */
    public record Place(Delegate delegate, int position, boolean manual) {
    }

    private OrderOfPrecedence() {
    }

    public static List<Place> of(List<Delegate> delegates, Language language) {
        Comparator<Delegate> computed = Comparator
                .comparing((Delegate d) -> d.getRank() == null ? Integer.MAX_VALUE : d.getRank().ordinal())
                .thenComparing(Delegate::getRankSince, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(byName(delegates, language));
        List<Delegate> free = delegates.stream().filter(d -> d.getPrecedencePin() == null).sorted(computed).toList();
        List<Delegate> pinned = delegates.stream().filter(d -> d.getPrecedencePin() != null)
                .sorted(Comparator.comparing(Delegate::getPrecedencePin).thenComparing(computed)).toList();

        List<Delegate> order = new ArrayList<>(free);
        List<Boolean> manual = new ArrayList<>(free.stream().map(d -> false).toList());
        // In ascending order of pins, each after the one placed before it: delegates pinned to the same place keep
        // their computed order, and none is pushed down by a later pin.
        int previous = -1;
        for (Delegate d : pinned) {
            int index = Math.max(previous + 1, Math.min(d.getPrecedencePin() - 1, order.size()));
            order.add(index, d);
            manual.add(index, true);
            previous = index;
        }
        List<Place> places = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            places.add(new Place(order.get(i), i + 1, manual.get(i)));
        }
        return places;
    }

    /**
     * Family name, then given name, by the collation of the list's language (ICU). Keys are computed once
     * per delegate, because a name may first have to be transliterated.
     */
    public static Comparator<Delegate> byName(List<Delegate> delegates, Language language) {
        Collator collator = Collator.getInstance(language.locale());
        Map<Delegate, CollationKey[]> keys = new IdentityHashMap<>();
        for (Delegate d : delegates) {
            PersonName name = d.nameIn(language).orElse(new PersonName("", "", true, true));
            keys.put(d, new CollationKey[] {collator.getCollationKey(name.family() == null ? "" : name.family()),
                    collator.getCollationKey(name.given() == null ? "" : name.given())});
        }
        return Comparator.comparing((Delegate d) -> keys.get(d)[0])
                .thenComparing(d -> keys.get(d)[1])
                .thenComparing(Delegate::getId, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
