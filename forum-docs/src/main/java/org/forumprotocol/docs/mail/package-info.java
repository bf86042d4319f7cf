/**
 * E-mail messages: {@link org.forumprotocol.docs.mail.MailComposer} turns a subject, a plain-text and an HTML
 * body, attachments and an iCalendar part into the complete RFC 5322 bytes that the core's outbox stores and
 * sends unchanged; {@link org.forumprotocol.docs.mail.MailHtml} escapes every value that goes into HTML.
 */
package org.forumprotocol.docs.mail;
