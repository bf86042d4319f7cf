package org.forumprotocol.core.agenda;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The rule for the order of speakers, shared by the service that saves an item and the form that shows it while
 * it is being edited: a speaker fixed by hand keeps the place the officer gave them; the others fill the free
 * places in the order of precedence.
 */
public final class SpeakerPlaces {

    private SpeakerPlaces() {
    }

    /**
     * {@code current} rearranged: the entries {@code fixed} accepts stay where they are, the rest take the free
     * places in the order {@code order} returns them (it receives them in their current order and must return
     * each of them once).
     */
    public static <T> List<T> arrange(List<T> current, Predicate<? super T> fixed, UnaryOperator<List<T>> order) {
        List<T> free = current.stream().filter(fixed.negate()).toList();
        Iterator<T> next = order.apply(free).iterator();
        List<T> arranged = new ArrayList<>(current.size());
        for (T entry : current) {
            arranged.add(fixed.test(entry) ? entry : next.next());
        }
        return arranged;
    }
}
