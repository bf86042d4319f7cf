package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.forumprotocol.docs.memorandum.SignatureReport;
import org.forumprotocol.docs.memorandum.VerificationReport;

/**
 * A verification report as the pages show it (and keep it in the view, hence serializable): the file checked and
 * for each signature who signed, the certificate, the times, and whether it holds.
 *
 * @param name the file's name as uploaded, or the memorandum's file name for an archived copy
 */
public record ReportView(String name, String sha256, int size, boolean allIntact, boolean unsignedChangesAfterLast,
                         List<SignatureRow> signatures) implements Serializable {

    /** One signature; see {@link SignatureReport} for what each part means. */
    public record SignatureRow(String field, String signerName, String subject, String issuer, String serialNumber,
                               Instant notBefore, Instant notAfter, Instant claimedSigningTime, Instant timestamp,
                               boolean timestampIntact, boolean intact, int revision, int revisions,
                               boolean coversWholeDocument, boolean certification, String padesLevel, boolean trusted,
                               String trustReason, String problem) implements Serializable {

        static SignatureRow of(SignatureReport s) {
            return new SignatureRow(s.field(), s.signerName(), s.subject(), s.issuer(), s.serialNumber(), s.notBefore(),
                    s.notAfter(), s.claimedSigningTime(), s.timestamp(), s.timestampIntact(), s.intact(), s.revision(),
                    s.revisions(), s.coversWholeDocument(), s.certification(), s.padesLevel(),
                    s.trust() == SignatureReport.Trust.TRUSTED, s.trustReason(), s.problem());
        }

        /**
         * The bundle key that says what the signature covers: the whole file; an earlier revision, later ones added
         * after it; or the last signed revision with unsigned changes appended after it.
         */
        public String coverageKey() {
            if (coversWholeDocument) {
                return "verification.coverage.whole";
            }
            return revision < revisions ? "verification.coverage.laterRevisions" : "verification.coverage.changedAfter";
        }
    }

    public static ReportView of(String name, VerificationReport report) {
        return new ReportView(name, report.sha256(), report.size(), report.allIntact(), report.unsignedChangesAfterLast(),
                report.signatures().stream().map(SignatureRow::of).toList());
    }

    public long intactCount() {
        return signatures.stream().filter(SignatureRow::intact).count();
    }
}
