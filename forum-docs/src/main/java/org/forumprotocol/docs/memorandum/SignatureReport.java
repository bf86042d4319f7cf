package org.forumprotocol.docs.memorandum;

import java.time.Instant;

/**
 * What one signature of a PDF says and whether it holds.
 *
 * @param field               the signature field's name
 * @param signerName          the common name of the signing certificate's subject (else the whole subject)
 * @param serialNumber        the certificate's serial number, hexadecimal
 * @param claimedSigningTime  the time the signer's computer stated, not proof of anything
 * @param timestamp           the time an RFC 3161 timestamp authority certified, or null without one
 * @param timestampIntact     whether the timestamp matches the signature; false without one
 * @param intact              whether the signed bytes are exactly those signed and the signature is mathematically
 *                            valid for the certificate's key
 * @param revision            1 for the first signed revision, …; {@code revisions} is how many signed revisions there are
 * @param coversWholeDocument whether the signature covers the file as it is; false when anything was appended later
 * @param certification       whether this is a certification (DocMDP) signature
 * @param padesLevel          B-B, B-T (with a timestamp), or CMS for a signature that is not PAdES (adbe.pkcs7.detached)
 * @param trust               whether the certificate chains to one of the given trust anchors; independent of {@code intact}
 * @param problem             why the signature could not be checked at all, or null
 */
public record SignatureReport(String field, String signerName, String subject, String issuer, String serialNumber,
                              Instant notBefore, Instant notAfter, Instant claimedSigningTime, Instant timestamp,
                              boolean timestampIntact, boolean intact, int revision, int revisions,
                              boolean coversWholeDocument, boolean certification, String padesLevel, Trust trust,
                              String trustReason, String problem) {

    /** Whether the certificate is one the verifier trusts; a broken signature is reported by {@code intact}. */
    public enum Trust { TRUSTED, UNTRUSTED }
}
