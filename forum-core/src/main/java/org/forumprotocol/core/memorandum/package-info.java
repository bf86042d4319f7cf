/**
 * Memoranda of understanding and agreements: their parallel texts in two to four languages, the parties and
 * their signatories, drafts with revisions, the states from agreement to the archive, the signatures in the parties'
 * order, the archive with its search, and the alarms raised when a stored copy fails its checksum.
 */
package org.forumprotocol.core.memorandum;
