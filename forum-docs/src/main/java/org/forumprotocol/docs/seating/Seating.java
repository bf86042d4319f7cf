package org.forumprotocol.docs.seating;

import java.util.ArrayList;
import java.util.List;

import org.forumprotocol.core.agenda.AgendaItemKind;

/**
 * Where people sit, by the rules of protocol, for people already in order of precedence: the first in the
 * centre, the second on their right, the third on their left, and so on outwards. At a bilateral meeting
 * each delegation does this on its own side of the table, the two heads facing each other in the middle. In
 * a plenary the rows fill from the front, each from the centre outwards. "Right" is the seated person's
 * right: seen from the audience, or from across the table, it is the left.
 */
public final class Seating {
    /** How the room is laid out. */
    public enum Layout {
        /** Two delegations face each other across a table. */
        BILATERAL,
        /** One row facing the room: a presidium or head table. */
        HEAD_TABLE,
        /** Rows of seats facing a stage, filled from the front. */
        ROWS;

        /** The layout an agenda item's kind calls for. */
        public static Layout of(AgendaItemKind kind) {
            return switch (kind) {
                case BILATERAL_MEETING -> BILATERAL;
                case PLENARY -> ROWS;
                default -> HEAD_TABLE;
            };
        }
    }

    /**
     * One seat: {@code side} 0 for the host's side (or the only one) and 1 for the guests', {@code row} from 0 at
     * the front, {@code offset} from the centre of the row, positive to the seated person's right.
     */
    public record Seat<T>(T person, int side, int row, int offset) {
    }

    private Seating() {
    }

    /** The offset from the centre of the {@code index}-th person in precedence: 0, +1, −1, +2, −2 … */
    public static int offset(int index) {
        return index == 0 ? 0 : (index % 2 == 1 ? (index + 1) / 2 : -(index / 2));
    }

    /** One row in order of precedence, the first in the centre. */
    public static <T> List<Seat<T>> headTable(List<T> byPrecedence) {
        return row(byPrecedence, 0, 0);
    }

    /** The host delegation on side 0, the guests on side 1, each in its own order of precedence. */
    public static <T> List<Seat<T>> bilateral(List<T> hostByPrecedence, List<T> guestsByPrecedence) {
        List<Seat<T>> seats = new ArrayList<>(row(hostByPrecedence, 0, 0));
        seats.addAll(row(guestsByPrecedence, 1, 0));
        return seats;
    }

    /** Rows of {@code perRow} seats from the front, each filled from the centre outwards. */
    public static <T> List<Seat<T>> rows(List<T> byPrecedence, int perRow) {
        if (perRow < 1) {
            throw new IllegalArgumentException("a row has at least one seat");
        }
        List<Seat<T>> seats = new ArrayList<>();
        for (int start = 0, row = 0; start < byPrecedence.size(); start += perRow, row++) {
            seats.addAll(row(byPrecedence.subList(start, Math.min(byPrecedence.size(), start + perRow)), 0, row));
        }
        return seats;
    }

    private static <T> List<Seat<T>> row(List<T> people, int side, int row) {
        List<Seat<T>> seats = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            seats.add(new Seat<>(people.get(i), side, row, offset(i)));
        }
        return seats;
    }
}
