package org.forumprotocol.docs.memorandum;

/**
 * One thing an incremental update changed in a PDF, found by comparing the objects the update rewrote with
 * their earlier versions. New objects that nothing earlier refers to change nothing by themselves; what they do
 * shows in the existing object that now refers to them (a page whose content now includes a new stream).
 *
 * @param update      the incremental update that made the change: 1 for the first update after the document as it
 *                    was first written, and so on
 * @param kind        what was changed
 * @param target      what it was changed on: the field's name for {@code SIGNATURE} and {@code FORM_FIELD}, the
 *                    page number for {@code PAGE_CONTENT} and {@code ANNOTATION}, the PDF key or object otherwise;
 *                    may be empty
 * @param permitted   whether the document's certification level (DocMDP) permits it after the signatures made
 *                    before it; a document without a certification signature permits what level 3 does
 * @param description the change in words (English, technical), for the report's details
 */
public record DocumentChange(int update, Kind kind, String target, boolean permitted, String description) {

    /**
     * What an update can change, from the point of view of a signature made before it. Permitted after a
     * certification signature of level (P) 1: {@code VALIDATION_DATA}, {@code DOCUMENT_TIMESTAMP}; level 2
     * (the memoranda's): also {@code SIGNATURE}, {@code FORM_FIELD}, {@code METADATA}, {@code STRUCTURE};
     * level 3 and documents without certification: also {@code ANNOTATION}. Never: {@code PAGE_CONTENT},
     * {@code PAGES}, {@code OTHER}.
     */
    public enum Kind {
        /** A signature field added or signed, or the form's settings for signing. */
        SIGNATURE,
        /** A form field filled in, added or changed (not a signature). */
        FORM_FIELD,
        /** A comment or other annotation added, changed or removed. */
        ANNOTATION,
        /** What a page shows: its content streams, resources (fonts, images), size or rotation. */
        PAGE_CONTENT,
        /** Pages added, removed or reordered. */
        PAGES,
        /** Document information or XMP metadata (signing software updates the modification date). */
        METADATA,
        /** The logical structure (tags) and tab order, updated when a field is signed in a tagged document. */
        STRUCTURE,
        /** Validation data for long-term validation (DSS: certificates, OCSP responses, CRLs). */
        VALIDATION_DATA,
        /** A document timestamp (ETSI.RFC3161). */
        DOCUMENT_TIMESTAMP,
        /** Anything else, such as the catalog's actions, embedded files or a signature's dictionary. */
        OTHER;

        /** Whether a change of this kind is permitted at DocMDP level {@code p} (1–3), or 0 for no certification. */
        public boolean permittedAt(int p) {
            return switch (this) {
                case VALIDATION_DATA, DOCUMENT_TIMESTAMP -> true;
                case SIGNATURE, FORM_FIELD, METADATA, STRUCTURE -> p != 1;
                case ANNOTATION -> p == 0 || p == 3;
                case PAGE_CONTENT, PAGES, OTHER -> false;
            };
        }
    }
}
