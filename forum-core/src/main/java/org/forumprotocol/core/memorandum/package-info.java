/**
 * Memoranda of understanding and agreements: their parallel texts in two to four languages, the parties and
 * their signatories, drafts with revisions, and the states from agreement to the archive.
 */
package org.forumprotocol.core.memorandum;
