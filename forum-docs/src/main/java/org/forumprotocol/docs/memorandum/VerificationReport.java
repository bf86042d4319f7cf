package org.forumprotocol.docs.memorandum;

import java.util.List;

/**
 * The verification of every signature of one PDF.
 *
 * @param sha256                   the SHA-256 of the file as checked
 * @param unsignedChangesAfterLast whether bytes were appended after the last signature (no signature covers the file
 *                                 as it is): a change made after signing, allowed or not
 */
public record VerificationReport(String sha256, int size, List<SignatureReport> signatures, boolean unsignedChangesAfterLast) {

    /** Whether the file has signatures and every one of them is intact and nothing unsigned was appended. */
    public boolean allIntact() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::intact) && !unsignedChangesAfterLast;
    }
}
