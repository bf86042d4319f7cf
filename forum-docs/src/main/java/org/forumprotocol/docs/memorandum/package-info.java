/**
 * Memoranda as documents: the PDF/A-3u with parallel texts, signature fields and its machine-readable content;
 * PAdES signatures into those fields, and the verification of the signatures of any PDF.
 */
package org.forumprotocol.docs.memorandum;
