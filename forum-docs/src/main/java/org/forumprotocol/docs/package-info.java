/**
 * Everything that renders a document from the core model: PDF/A protocol documents (toolkit in
 * {@code pdf}; participant list, badges, invitation letters, seating plans and place cards), participant
 * files, and later PAdES signing and e-mail messages with iCalendar parts. Never depends on the web layer.
 */
package org.forumprotocol.docs;
