package org.forumprotocol.docs.invitation;

import java.io.OutputStream;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;

import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.Gender;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.document.OutgoingReference;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.participants.ParticipantFiles;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;

/**
 * An invitation letter to one delegate on the office's letterhead, in the delegate's correspondence language:
 * outgoing reference and date, the addressee with form of address and position, the event's title, place and
 * dates, and a line for the signature.
 */
public final class InvitationPdf {
    private static final float MM = 72f / 25.4f;

    private InvitationPdf() {
    }

    /** The language the letter is written in: the delegate's own when the event works in it, else the host's. */
    public static Language language(Delegate delegate) {
        return delegate.correspondenceLanguage();
    }

    public static void write(Letterhead letterhead, Delegate delegate, OutgoingReference reference, OutputStream out) {
        Event event = delegate.getDelegation().getEvent();
        Language language = language(delegate);
        Labels labels = Labels.of(language);
        String organisation = Styles.in(letterhead.organisation(), language, event);
        String name = delegate.displayName(language);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(labels.get("invitation.title") + " – " + name + " – "
                + labels.format("invitation.reference", reference.text()), organisation, Styles.in(event.getTitle(), language, event),
                language));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(20 * MM, 20 * MM, 20 * MM, 25 * MM);
            // Fonts fixed per run: the letter's lines mix scripts (a Kazakh organisation in a Korean letter), and a
            // justified, indented paragraph whose line broke between two fonts of one text lost the tag of the rest.
            FontRuns text = FontRuns.of(document);
            head(document, text, letterhead, organisation, Styles.in(letterhead.address(), language, event));

            Table line = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth().setMarginTop(4 * MM);
            line.addCell(new Cell().setBorder(null)
                    .add(text.paragraph(labels.format("invitation.reference", reference.text())).setFontSize(10)));
            line.addCell(new Cell().setBorder(null).setTextAlignment(TextAlignment.RIGHT)
                    .add(text.paragraph(labels.date(reference.issuedOn())).setFontSize(10)));
            document.add(line);

            Paragraph addressee = new Paragraph().setTextAlignment(TextAlignment.RIGHT).setFontSize(11).setMarginTop(8 * MM)
                    .setMarginLeft(80 * MM).setMultipliedLeading(1.2f);
            delegate.getFormOfAddress().get(language).ifPresent(f -> addressee.addAll(text.regular(f + "\n")));
            addressee.addAll(text.boldRuns(name));
            String position = delegate.getPosition().get(language).orElse("");
            if (!position.isEmpty()) {
                addressee.addAll(text.regular("\n" + position));
            }
            document.add(addressee);

            document.add(text.bold(labels.get("invitation.title")).setFontSize(14).setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(10 * MM));
            document.add(text.paragraph(labels.get("invitation.salutation." + gender(delegate).name()).replace("{0}",
                    salutationName(delegate, language))).setFontSize(11).setMarginTop(4 * MM));
            String title = Styles.in(event.getTitle(), language, event);
            String city = Styles.in(event.getCity(), language, event);
            body(document, text, labels.format("invitation.body", organisation, title, city, labels.dates(event.getStartsOn(), event.getEndsOn())));
            String delegation = Styles.in(delegate.getDelegation().getName(), language, event);
            if (!delegation.isEmpty()) {
                body(document, text, labels.format("invitation.delegation", delegation));
            }
            body(document, text, labels.get("invitation.reply"));

            document.add(text.paragraph(labels.get("invitation.closing")).setFontSize(11).setMarginTop(10 * MM));
            Table signature = new Table(UnitValue.createPercentArray(new float[] {55, 45})).useAllAvailableWidth().setMarginTop(12 * MM);
            signature.addCell(new Cell().setBorder(null).add(text.paragraph(organisation).setFontSize(10)));
            signature.addCell(new Cell().setBorder(null)
                    .setBorderTop(new SolidBorder(ColorConstants.BLACK, 0.5f))
                    .add(text.paragraph(labels.get("invitation.signature")).setFontSize(8).setFontColor(ColorConstants.GRAY)
                            .setTextAlignment(TextAlignment.CENTER)));
            document.add(signature);
        }
    }

    /** "‹event title› – ‹name› – 7-2025.pdf" in the letter's language. */
    public static String fileName(Delegate delegate, OutgoingReference reference) {
        Event event = delegate.getDelegation().getEvent();
        Language language = language(delegate);
        String xlsx = ParticipantFiles.exportFileName(event, language, ParticipantFiles.Format.XLSX);
        String title = xlsx.substring(0, xlsx.lastIndexOf(" – "));
        return title + " – " + Labels.of(language).get("invitation.title") + " – " + delegate.displayName(language)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ") + " – " + reference.number() + "-" + reference.year() + ".pdf";
    }

    private static void head(Document document, FontRuns text, Letterhead letterhead, String organisation, String address) {
        Table head = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth();
        Cell logo = new Cell().setBorder(null);
        letterhead.logoBytes().ifPresent(bytes -> logo.add(new Image(ImageDataFactory.create(bytes)).setMaxHeight(22 * MM)
                .setMaxWidth(30 * MM).setAutoScale(false)));
        head.addCell(logo);
        Cell name = new Cell().setBorder(null);
        name.add(text.bold(organisation).setFontSize(13).setMargin(0));
        if (!address.isEmpty()) {
            name.add(text.paragraph(address).setFontSize(9).setMarginTop(2).setFontColor(ColorConstants.DARK_GRAY));
        }
        head.addCell(name);
        document.add(head);
        document.add(new Paragraph().setBorderBottom(new SolidBorder(ColorConstants.BLACK, 1)).setMarginTop(2 * MM).setMarginBottom(0));
    }

    private static void body(Document document, FontRuns text, String words) {
        document.add(text.paragraph(words).setFontSize(11).setFirstLineIndent(10 * MM).setTextAlignment(TextAlignment.JUSTIFIED)
                .setMultipliedLeading(1.3f).setMarginTop(2 * MM));
    }

    private static Gender gender(Delegate delegate) {
        return delegate.getGender() == null ? Gender.UNSPECIFIED : delegate.getGender();
    }

    /**
     * Whom the salutation names: the family name after Mr/Ms and their Kazakh and Russian equivalents, the whole
     * name where the language's salutation has no title (Korean 귀하, or gender not known).
     */
    private static String salutationName(Delegate delegate, Language language) {
        PersonName name = delegate.nameIn(language).orElse(null);
        if (name == null) {
            return delegate.displayName(language);
        }
        boolean titled = language != Language.KO && gender(delegate) != Gender.UNSPECIFIED;
        return titled && name.family() != null && !name.family().isEmpty() ? name.family() : name.written(language);
    }
}
