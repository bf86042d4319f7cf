/**
 * The PDF/A toolkit every document uses: a PDF/A-2u document with sRGB output intent, metadata, language and
 * tagged structure ({@link org.forumprotocol.docs.pdf.PdfADocuments}); embedded fonts with a per-character
 * fallback so one paragraph can mix Kazakh, Russian, English and Hangul
 * ({@link org.forumprotocol.docs.pdf.DocumentFonts}), cut into runs of one font each when a document sets its text
 * ({@link org.forumprotocol.docs.pdf.FontRuns}); the running header and "page X of Y" footer
 * ({@link org.forumprotocol.docs.pdf.PageFrame}); the fixed words and dates of each working language
 * ({@link org.forumprotocol.docs.pdf.Labels}).
 */
package org.forumprotocol.docs.pdf;
