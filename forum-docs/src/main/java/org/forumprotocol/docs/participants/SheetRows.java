package org.forumprotocol.docs.participants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.forumprotocol.core.delegation.ParticipantSheet;

/** Turns the rows of any file format into a {@link ParticipantSheet}: row 1 names the columns. */
final class SheetRows {
    private SheetRows() {
    }

    static ParticipantSheet of(List<RawRow> rows) {
        List<String> headers = new ArrayList<>();
        List<ParticipantSheet.Row> data = new ArrayList<>();
        for (RawRow row : rows) {
            if (row.number() == 1) {
                int last = row.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
                for (int i = 0; i <= last; i++) {
                    headers.add(header(row.cells().get(i)));
                }
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            int withoutHeader = 0;
            for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
                String value = CellSafety.restore(cell.getValue());
                if (value == null || value.isBlank()) {
                    continue;
                }
                int column = cell.getKey();
                if (column < headers.size() && !headers.get(column).isEmpty()) {
                    cells.putIfAbsent(headers.get(column), value);
                } else {
                    withoutHeader++;
                }
            }
            if (!cells.isEmpty() || withoutHeader > 0) {
                data.add(new ParticipantSheet.Row(row.number(), cells, withoutHeader));
            }
        }
        return new ParticipantSheet(headers, data);
    }

    /** "Country ", "\uFEFFcountry" and "COUNTRY" all name the column country. */
    static String header(String cell) {
        if (cell == null) {
            return "";
        }
        return CellSafety.restore(cell).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
