package org.forumprotocol.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DatabaseRowsTest {
    /** 1,234 rows "row 0" … "row 1233", and the reads the table made. */
    private final List<int[]> reads = new ArrayList<>();
    private boolean allowed = true;

    private DatabaseRows<String> rows(int maxPage) {
        return new DatabaseRows<>(() -> allowed, (offset, limit) -> {
            reads.add(new int[] {offset, limit});
            List<String> page = IntStream.range(offset, Math.min(offset + limit, 1_234)).mapToObj(i -> "row " + i).toList();
            return new DatabaseRows.Slice<>(page, 1_234);
        }, maxPage, row -> row.substring(4));
    }

    @Test
    void aPageIsOneReadAndTheCountATotalOfOneRow() {
        DatabaseRows<String> rows = rows(100);

        assertThat(rows.count(Map.of())).isEqualTo(1_234);
        assertThat(rows.load(50, 25, Map.of(), Map.of())).hasSize(25).startsWith("row 50").endsWith("row 74");
        assertThat(rows.getRowCount()).isEqualTo(1_234);
        assertThat(rows.getRowKey("row 61")).isEqualTo("61");
        assertThat(reads).extracting(r -> r[0] + "+" + r[1]).containsExactly("0+1", "50+25");
    }

    @Test
    void noPageIsLargerThanTheSourceReadsAtOnce() {
        DatabaseRows<String> rows = rows(100);

        assertThat(rows.load(0, 500, Map.of(), Map.of())).hasSize(100);
        assertThat(reads.get(0)[1]).isEqualTo(100);
    }

    @Test
    void anAccountThatMayNotSeeTheRowsGetsNoneAndNothingIsRead() {
        DatabaseRows<String> rows = rows(100);
        allowed = false;

        assertThat(rows.count(Map.of())).isZero();
        assertThat(rows.load(0, 25, Map.of(), Map.of())).isEmpty();
        assertThat(reads).isEmpty();
    }
}
