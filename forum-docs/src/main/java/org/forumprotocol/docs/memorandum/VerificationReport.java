package org.forumprotocol.docs.memorandum;

import java.util.List;

/**
 * The verification of every signature of one PDF. Only simple types, so that JSON-B writes it as it is.
 *
 * @param sha256                   the SHA-256 of the file as checked
 * @param unsignedChangesAfterLast whether bytes were appended after the last signature (no signature covers the file
 *                                 as it is): a change made after signing, allowed or not
 * @param updates                  how many incremental updates follow the document as first written (each signature
 *                                 is one; so is any change appended later)
 * @param certificationLevel       the DocMDP permissions (P) of the document's certification signature, or null when
 *                                 it has none
 * @param verdict                  the one-word summary of the whole report
 */
public record VerificationReport(String sha256, int size, List<SignatureReport> signatures, boolean unsignedChangesAfterLast,
                                 int updates, Integer certificationLevel, Verdict verdict) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
        verdict = verdict != null ? verdict : Verdict.of(signatures);
    }

    /** The report as it was before the change analysis; for existing callers. */
    public VerificationReport(String sha256, int size, List<SignatureReport> signatures, boolean unsignedChangesAfterLast) {
        this(sha256, size, signatures, unsignedChangesAfterLast, 0, null, null);
    }

    /** Whether the file has signatures and every one of them is intact and nothing unsigned was appended. */
    public boolean allIntact() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::intact) && !unsignedChangesAfterLast;
    }

    /**
     * The outcome, in the order a reader needs it: a broken signature outweighs everything, then a change that the
     * certification level does not permit, then trust.
     */
    public enum Verdict {
        /** The file has no signatures. */
        NOT_SIGNED,
        /** At least one signature is not intact or cannot be read: the signed bytes were changed or it is forged. */
        BROKEN,
        /** Every signature is intact, but the document was changed afterwards in a way not permitted. */
        MODIFIED,
        /** Every signature is intact, later changes (if any) are permitted, but not every certificate is trusted. */
        VALID_UNTRUSTED,
        /** Every signature is intact, later changes (if any) are permitted, and every certificate is trusted. */
        VALID;

        static Verdict of(List<SignatureReport> signatures) {
            if (signatures.isEmpty()) {
                return NOT_SIGNED;
            }
            if (signatures.stream().anyMatch(s -> !s.intact() || s.problem() != null)) {
                return BROKEN;
            }
            if (signatures.stream().anyMatch(s -> s.afterSigning() == SignatureReport.Modifications.NOT_PERMITTED)) {
                return MODIFIED;
            }
            return signatures.stream().allMatch(s -> s.trust() == SignatureReport.Trust.TRUSTED) ? VALID : VALID_UNTRUSTED;
        }
    }
}
