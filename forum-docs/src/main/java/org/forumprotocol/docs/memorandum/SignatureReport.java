package org.forumprotocol.docs.memorandum;

import java.time.Instant;
import java.util.List;

/**
 * What one signature of a PDF says and whether it holds. Only simple types, so that JSON-B writes it as it is.
 *
 * @param field               the signature field's name
 * @param signerName          the common name of the signing certificate's subject (else the whole subject)
 * @param serialNumber        the certificate's serial number, hexadecimal
 * @param claimedSigningTime  the time the signer's computer stated, not proof of anything
 * @param timestamp           the time an RFC 3161 timestamp authority certified, or null without one
 * @param timestampIntact     whether the timestamp is valid for this signature: its imprint is the hash of the
 *                            signature value and its own signature checks out; false without one
 * @param intact              whether the signed bytes are exactly those signed and the signature is mathematically
 *                            valid for the certificate's key
 * @param revision            1 for the first signed revision, …; {@code revisions} is how many revisions the file has as
 *                            iText counts them: one per signature, and one more when anything follows the last one
 * @param coversWholeDocument whether the signature covers the file as it is; false when anything was appended later
 * @param certification       whether this is a certification (DocMDP) signature
 * @param padesLevel          the PAdES baseline level reached: {@code B-T} (B-B and a valid signature timestamp),
 *                            {@code B-B}, {@code NONE} (a PAdES signature that misses a B-B requirement, see
 *                            {@code padesNotes}), or {@code CMS} for a signature that is not PAdES (adbe.pkcs7.detached)
 * @param trust               whether the certificate chains to one of the given trust anchors; independent of {@code intact}
 * @param problem             why the signature could not be checked at all, or null
 * @param certificationLevel  the DocMDP permissions (P) of a certification signature: 1 no changes, 2 form filling
 *                            and signing, 3 also annotations; null for an approval signature
 * @param validAtSigningTime  whether the certificate was within its validity period at the time of signing (the
 *                            valid timestamp's time, else the claimed time); null when neither is known
 * @param padesNotes          why a higher PAdES level is not reached (a missing attribute, an invalid timestamp);
 *                            empty when nothing is missing for B-B, or for B-T when there is a timestamp
 * @param timestampAuthority  the subject of the timestamp authority's certificate, or null
 * @param timestampTrust      whether that certificate chains to a trust anchor; null without a timestamp
 * @param afterSigning        whether anything was changed after this signature and whether that is permitted
 * @param changesAfter        every change made by the updates after this signature, in order
 */
public record SignatureReport(String field, String signerName, String subject, String issuer, String serialNumber,
                              Instant notBefore, Instant notAfter, Instant claimedSigningTime, Instant timestamp,
                              boolean timestampIntact, boolean intact, int revision, int revisions,
                              boolean coversWholeDocument, boolean certification, String padesLevel, Trust trust,
                              String trustReason, String problem, Integer certificationLevel, Boolean validAtSigningTime,
                              List<String> padesNotes, String timestampAuthority, Trust timestampTrust,
                              Modifications afterSigning, List<DocumentChange> changesAfter) {

    public SignatureReport {
        padesNotes = padesNotes == null ? List.of() : List.copyOf(padesNotes);
        changesAfter = changesAfter == null ? List.of() : List.copyOf(changesAfter);
        afterSigning = afterSigning != null ? afterSigning : Modifications.of(changesAfter);
    }

    /** The report as it was before certification levels, PAdES notes and change analysis; for existing callers. */
    public SignatureReport(String field, String signerName, String subject, String issuer, String serialNumber,
                           Instant notBefore, Instant notAfter, Instant claimedSigningTime, Instant timestamp,
                           boolean timestampIntact, boolean intact, int revision, int revisions,
                           boolean coversWholeDocument, boolean certification, String padesLevel, Trust trust,
                           String trustReason, String problem) {
        this(field, signerName, subject, issuer, serialNumber, notBefore, notAfter, claimedSigningTime, timestamp,
                timestampIntact, intact, revision, revisions, coversWholeDocument, certification, padesLevel, trust,
                trustReason, problem, null, null, List.of(), null, null, null, List.of());
    }

    /** Whether the certificate is one the verifier trusts; a broken signature is reported by {@code intact}. */
    public enum Trust { TRUSTED, UNTRUSTED }

    /** What happened to the document after a signature. */
    public enum Modifications {
        /** Nothing: the signature covers the whole file. */
        NONE,
        /** Only changes the certification level permits, such as the later parties' signatures. */
        PERMITTED,
        /** At least one change the certification level does not permit: a modification after signing. */
        NOT_PERMITTED;

        static Modifications of(List<DocumentChange> changes) {
            if (changes == null || changes.isEmpty()) {
                return NONE;
            }
            return changes.stream().allMatch(DocumentChange::permitted) ? PERMITTED : NOT_PERMITTED;
        }
    }
}
