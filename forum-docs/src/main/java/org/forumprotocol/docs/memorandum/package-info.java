/**
 * Memoranda as documents: the PDF/A-3u with parallel texts, signature fields and its machine-readable content
 * ({@link org.forumprotocol.docs.memorandum.MemorandumPdf}, also as a watermarked draft); PAdES signatures into those
 * fields ({@link org.forumprotocol.docs.memorandum.MemorandumSigner}); the verification of the signatures of any PDF,
 * with the PAdES level, the certification level and what was changed after each signature, and the check of a
 * document countersigned elsewhere ({@link org.forumprotocol.docs.memorandum.MemorandumVerifier}); the printable
 * report ({@link org.forumprotocol.docs.memorandum.VerificationReportPdf}); keys for demonstration data
 * ({@link org.forumprotocol.docs.memorandum.DemoKeys}).
 */
package org.forumprotocol.docs.memorandum;
