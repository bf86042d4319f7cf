package org.forumprotocol.docs.participants;

import java.util.Map;

/** One row as a file holds it: the row number a person sees (1 = first) and the filled cells by column index. */
record RawRow(int number, Map<Integer, String> cells) {
}
