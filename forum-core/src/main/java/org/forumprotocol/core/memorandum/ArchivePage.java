package org.forumprotocol.core.memorandum;

import java.util.List;

/** One page of archive search results, newest signing date first, and how many there are in all. */
public record ArchivePage(List<Memorandum> memoranda, long total) {
}
