package org.forumprotocol.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerPlacesTest {

    /** Upper case marks a place fixed by hand; the others are ordered alphabetically in the free places. */
    private static List<String> arrange(String... current) {
        return SpeakerPlaces.arrange(List.of(current), s -> Character.isUpperCase(s.charAt(0)),
                free -> free.stream().sorted(Comparator.reverseOrder()).toList());
    }

    @Test
    void fixedPlacesStayAndTheOthersFillTheGapsInOrder() {
        assertThat(arrange("a", "B", "c", "d", "E")).containsExactly("d", "B", "c", "a", "E");
        assertThat(arrange("A", "B")).containsExactly("A", "B");
        assertThat(arrange("x", "y", "z")).containsExactly("z", "y", "x");
        assertThat(arrange()).isEmpty();
    }
}
