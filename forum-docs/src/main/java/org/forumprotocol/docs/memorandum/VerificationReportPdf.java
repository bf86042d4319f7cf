package org.forumprotocol.docs.memorandum;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.NumberFormat;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.memorandum.DocumentChange.Kind;
import org.forumprotocol.docs.memorandum.SignatureReport.Modifications;
import org.forumprotocol.docs.memorandum.SignatureReport.Trust;
import org.forumprotocol.docs.memorandum.VerificationReport.Verdict;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.FontRuns;

/**
 * A {@link VerificationReport} as a printable PDF/A-2u in one working language: the file (name, SHA-256, size),
 * when it was checked, its certification, the verdict in a coloured box, then each signature: signer, certificate
 * (subject, issuer, serial, validity), claimed time and timestamp, integrity, what it covers and what was changed
 * after it, its kind, PAdES level and trust. Words come from the labels; the verifier's technical reasons (why a
 * certificate is untrusted, what a PAdES level misses) are printed as they are, in English, under "technical details".
 * Times are in UTC.
 */
public final class VerificationReportPdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final String NONE = "—";
    private static final Color GOOD = new DeviceRgb(0x2e, 0x7d, 0x32);
    private static final Color DOUBT = new DeviceRgb(0xb2, 0x6a, 0x00);
    private static final Color BAD = new DeviceRgb(0xc6, 0x28, 0x28);

    private VerificationReportPdf() {
    }

    /**
     * @param fileName  the name of the file as uploaded or archived, or null
     * @param checkedAt when the report was made (the verifying request's clock)
     */
    public static byte[] render(VerificationReport report, String fileName, Instant checkedAt, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, fileName, checkedAt, language, out);
        return out.toByteArray();
    }

    public static void write(VerificationReport report, String fileName, Instant checkedAt, Language language, OutputStream out) {
        Labels labels = Labels.of(language);
        String title = labels.get("verification.title");
        String heading = fileName == null || fileName.isBlank() ? title : title + ": " + fileName;
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(heading, "", report.sha256(), language));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(48, 48, 44, 48);
            PageFrame.install(document, heading, labels.get("page.of"));
            // Names in any script next to labels: fonts fixed per run (see FontRuns).
            FontRuns text = FontRuns.of(document);
            Paragraph h1 = text.bold(title).setFontSize(16).setMarginBottom(6);
            h1.getAccessibilityProperties().setRole(StandardRoles.H1);
            document.add(h1);

            Table file = facts();
            if (fileName != null && !fileName.isBlank()) {
                row(text, file, labels.get("verification.file"), fileName);
            }
            row(text, file, labels.get("verification.sha256"), report.sha256());
            row(text, file, labels.get("verification.size"), labels.format("verification.bytes", NumberFormat.getIntegerInstance(language.locale())
                    .format(report.size())));
            row(text, file, labels.get("verification.checkedAt"), time(checkedAt, labels));
            row(text, file, labels.get("verification.signatureCount"), String.valueOf(report.signatures().size()));
            row(text, file, labels.get("verification.certification"), labels.get(report.certificationLevel() == null
                    ? "verification.certification.none" : "verification.certification." + report.certificationLevel()));
            row(text, file, labels.get("verification.updates"), String.valueOf(report.updates()));
            document.add(file);

            Color colour = colour(report.verdict());
            Div verdict = new Div().setMarginTop(10).setPadding(6).setBorderLeft(new SolidBorder(colour, 4));
            verdict.add(text.bold(labels.get("verification.verdict")).setFontSize(9).setFontColor(colour).setMargin(0));
            verdict.add(text.bold(labels.get("verification.verdict." + report.verdict().name())).setFontSize(11).setMargin(0));
            document.add(verdict);

            int count = report.signatures().size();
            for (int i = 0; i < count; i++) {
                signature(document, text, report.signatures().get(i), i + 1, count, labels);
            }
        }
    }

    private static void signature(Document document, FontRuns text, SignatureReport s, int number, int count, Labels labels) {
        Paragraph h2 = text.bold(labels.format("verification.signature", number, count, s.field())).setFontSize(12)
                .setMarginTop(16).setMarginBottom(4).setKeepWithNext(true);
        h2.getAccessibilityProperties().setRole(StandardRoles.H2);
        document.add(h2);
        List<String> details = new ArrayList<>();
        Table t = facts();
        row(text, t, labels.get("verification.signer"), text(s.signerName()));
        row(text, t, labels.get("verification.subject"), text(s.subject()));
        row(text, t, labels.get("verification.issuer"), text(s.issuer()));
        row(text, t, labels.get("verification.serial"), text(s.serialNumber()));
        String validity = s.notBefore() == null ? NONE : labels.format("verification.validity.range", time(s.notBefore(), labels),
                time(s.notAfter(), labels));
        if (Boolean.FALSE.equals(s.validAtSigningTime())) {
            validity += "; " + labels.get("verification.validity.notThen");
        }
        row(text, t, labels.get("verification.validity"), validity, Boolean.FALSE.equals(s.validAtSigningTime()) ? BAD : null);
        row(text, t, labels.get("verification.claimedTime"), s.claimedSigningTime() == null ? NONE
                : time(s.claimedSigningTime(), labels) + " (" + labels.get("verification.claimedTime.note") + ")");
        String timestamp;
        if (s.timestamp() == null) {
            timestamp = labels.get("verification.timestamp.none");
        } else if (s.timestampIntact()) {
            timestamp = time(s.timestamp(), labels) + ", " + labels.format("verification.timestamp.valid", text(s.timestampAuthority()))
                    + (s.timestampTrust() == Trust.TRUSTED ? "" : " (" + labels.get("verification.trust.UNTRUSTED") + ")");
        } else {
            timestamp = time(s.timestamp(), labels) + ", " + labels.get("verification.timestamp.invalid");
        }
        row(text, t, labels.get("verification.timestamp"), timestamp, s.timestamp() != null && !s.timestampIntact() ? BAD : null);
        row(text, t, labels.get("verification.intact"), labels.get(s.intact() ? "verification.intact.yes" : "verification.intact.no"),
                s.intact() ? GOOD : BAD);
        if (s.problem() != null) {
            row(text, t, labels.get("verification.problem"), s.problem(), BAD);
        }
        row(text, t, labels.get("verification.coverage"), s.coversWholeDocument() ? labels.get("verification.coverage.whole")
                : labels.format("verification.coverage.part", s.revision(), s.revisions()));
        row(text, t, labels.get("verification.after"), labels.get("verification.after." + s.afterSigning().name()),
                s.afterSigning() == Modifications.NOT_PERMITTED ? BAD : null);
        for (String line : changes(s, labels)) {
            row(text, t, "", line);
        }
        row(text, t, labels.get("verification.kind"), s.certificationLevel() == null ? labels.get("verification.kind.approval")
                : labels.format("verification.kind.certification", s.certificationLevel()) + ": "
                  + labels.get("verification.certification." + s.certificationLevel()));
        row(text, t, labels.get("verification.pades"), text(s.padesLevel()));
        details.addAll(s.padesNotes());
        String trust = labels.get("verification.trust." + s.trust().name());
        if (s.trust() == Trust.UNTRUSTED && s.trustReason() != null) {
            if (s.trustReason().equals("no trust anchors are configured")) {
                trust += ": " + labels.get("verification.trust.noAnchors");
            } else {
                details.add(s.trustReason());
            }
        }
        row(text, t, labels.get("verification.trust"), trust, s.trust() == Trust.TRUSTED ? GOOD : DOUBT);
        if (!details.isEmpty()) {
            row(text, t, labels.get("verification.details"), String.join("\n", details), ColorConstants.DARK_GRAY);
        }
        document.add(t);
    }

    /**
     * One line per update and change; the same change in several places of one update once, and the bookkeeping
     * kinds (metadata, structure, validation data) of one update on one line with their places together.
     */
    private static List<String> changes(SignatureReport s, Labels labels) {
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Map<String, DocumentChange> first = new LinkedHashMap<>();
        for (DocumentChange c : s.changesAfter()) {
            boolean together = c.kind() == Kind.METADATA || c.kind() == Kind.STRUCTURE || c.kind() == Kind.VALIDATION_DATA;
            String key = c.update() + "/" + c.kind() + "/" + c.permitted() + (together ? "" : "/" + c.target());
            first.putIfAbsent(key, c);
            targets.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.target());
        }
        List<String> lines = new ArrayList<>();
        first.forEach((key, c) -> {
            String what = labels.format("verification.change." + c.kind().name(), String.join(", ", targets.get(key))).strip();
            lines.add(labels.format("verification.change.line", c.update(), what,
                    labels.get(c.permitted() ? "verification.change.permitted" : "verification.change.notPermitted")));
        });
        return lines;
    }

    private static Color colour(Verdict verdict) {
        return switch (verdict) {
            case VALID -> GOOD;
            case VALID_UNTRUSTED, NOT_SIGNED -> DOUBT;
            case MODIFIED, BROKEN -> BAD;
        };
    }

    private static Table facts() {
        return new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
    }

    private static void row(FontRuns text, Table table, String label, String value) {
        row(text, table, label, value, null);
    }

    private static void row(FontRuns text, Table table, String label, String value, Color colour) {
        table.addCell(new Cell().setBorder(null).setPadding(1).setPaddingRight(6)
                .add(text.paragraph(label).setFontSize(8.5f).setFontColor(ColorConstants.DARK_GRAY).setMargin(0)));
        Paragraph p = text.paragraph(value).setFontSize(9).setMargin(0);
        if (colour != null) {
            p.setFontColor(colour);
        }
        table.addCell(new Cell().setBorder(null).setPadding(1).add(p));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    /** A moment as the language writes the day, then the time of day, in UTC. */
    private static String time(Instant instant, Labels labels) {
        if (instant == null) {
            return NONE;
        }
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        return labels.date(utc.toLocalDate()) + " " + TIME.format(utc) + " UTC";
    }

    /** "‹Signature verification report›.pdf" in the language, for the download's name. */
    public static String fileName(Language language) {
        return Labels.of(language).get("verification.title") + ".pdf";
    }
}
