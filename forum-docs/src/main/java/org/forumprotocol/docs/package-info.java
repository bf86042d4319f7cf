/**
 * Everything that renders a document from the core model: PDF/A protocol documents, PAdES signing and
 * verification, and e-mail messages with iCalendar parts. Never depends on the web layer. The features
 * arrive with the documents, mail and memoranda issues; the module is in place so that the dependency
 * direction core ← docs ← web is fixed from the start.
 */
package org.forumprotocol.docs;
