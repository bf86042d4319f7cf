/**
 * Invitation letters on the office's letterhead ({@link org.forumprotocol.docs.invitation.Letterhead}), one
 * per delegate in the delegate's language, with the outgoing reference number of
 * {@link org.forumprotocol.core.document.OutgoingLetters}.
 */
package org.forumprotocol.docs.invitation;
