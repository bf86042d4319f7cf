/**
 * Participant files: reading an uploaded XLSX or CSV sheet into rows keyed by the column names of
 * {@link org.forumprotocol.core.delegation.ParticipantColumns}, and writing an event's participant list and
 * the empty template as XLSX or CSV. Reading guards against oversized files and zip bombs; writing
 * neutralises cells that a spreadsheet would take for a formula.
 */
package org.forumprotocol.docs.participants;
