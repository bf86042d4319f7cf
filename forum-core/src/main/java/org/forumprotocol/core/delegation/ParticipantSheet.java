package org.forumprotocol.core.delegation;

import java.util.List;
import java.util.Map;

/**
 * A participant file as read from a spreadsheet or CSV, before any rule is applied: the column names of the
 * header row (row 1, lower case, trimmed) and the rows below it.
 */
public record ParticipantSheet(List<String> headers, List<Row> rows) {

    public ParticipantSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One row. {@code number} is the row number a person sees in the sheet (the header is row 1);
     * {@code cells} maps a column name to the cell's text, blank cells left out; {@code cellsWithoutHeader}
     * counts filled cells in columns whose header is empty.
     */
    public record Row(int number, Map<String, String> cells, int cellsWithoutHeader) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public String cell(String column) {
            return cells.get(column);
        }
    }
}
