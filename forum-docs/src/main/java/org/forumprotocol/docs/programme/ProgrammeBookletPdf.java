package org.forumprotocol.docs.programme;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;

import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.invitation.Letterhead;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;

/**
 * The programme booklet as PDF/A: a cover (host's logo and organisation, the event, its city and days), then the
 * programme day by day, each day a bookmark: time, kind, title, place, speakers in their order with their
 * positions, moderators, interpretation. Printed only from a release, never from the working copy, and it says
 * which one, so a booklet on a desk can be matched with what delegates were sent. Cancelled and staff-only items
 * are left out; a release holds no staff notes at all.
 */
public final class ProgrammeBookletPdf {
    private static final DeviceRgb BAND = new DeviceRgb(0xE8, 0xEE, 0xF4);
    /** The line between two items. */
    private static final Border RULE = new SolidBorder(ColorConstants.LIGHT_GRAY, 0.5f);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final float MM = 72f / 25.4f;

    private ProgrammeBookletPdf() {
    }

    /** The items a printed programme shows: those that take place and that are not for staff only, in time order. */
    public static List<ReleasedItem> printable(List<ReleasedItem> items) {
        return items.stream().filter(i -> !i.cancelled() && i.visibility() != Visibility.STAFF).toList();
    }

    /**
     * Writes the booklet of {@code release}. {@code items} are what to print (the release's scheduled items, or
     * one delegate's personal programme); {@code delegates} are the event's, for the speakers' names and
     * positions; {@code personal}, when not null, is the delegate whose own programme this is.
     */
    public static void write(Event event, AgendaRelease release, List<ReleasedItem> items, List<Delegate> delegates,
                             Letterhead letterhead, Language language, Delegate personal, OutputStream out) {
        Labels labels = Labels.of(language);
        String title = Styles.in(event.getTitle(), language, event);
        String organisation = letterhead.organisation().in(language, event.hostLanguage(), Language.RU, Language.EN);
        String documentTitle = personal == null ? labels.get("programme.title")
                : labels.format("programme.personal", name(personal, language, event));
        String releaseLine = labels.format("programme.release", release.getNumber(),
                labels.date(release.getPublishedAt().atZone(event.getTimeZone()).toLocalDate()));
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(title + " – " + documentTitle, organisation,
                documentTitle + ". " + releaseLine, language));
        // Opens on the bookmarks, so the days are one click away.
        pdf.getCatalog().setPageMode(PdfName.UseOutlines);
        Map<Long, Delegate> people = new HashMap<>();
        delegates.forEach(d -> people.put(d.getId(), d));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(48, 40, 44, 40);
            PageFrame.install(document, title + " – " + documentTitle + " (" + releaseLine + ")", labels.get("page.of"));
            FontRuns text = FontRuns.of(document);
            cover(document, text, event, letterhead, organisation, title, documentTitle, releaseLine, labels, language);

            Map<LocalDate, List<ReleasedItem>> days = printable(items).stream().collect(Collectors.groupingBy(
                    i -> i.startsAt().toLocalDate(), LinkedHashMap::new, Collectors.toList()));
            document.add(new AreaBreak());
            if (days.isEmpty()) {
                document.add(text.paragraph(labels.get("programme.empty")));
            }
            PdfOutline root = pdf.getOutlines(false);
            int dayNumber = 0;
            for (Map.Entry<LocalDate, List<ReleasedItem>> day : days.entrySet()) {
                dayNumber++;
                String heading = labels.format("programme.day", dayNumber, fullDate(day.getKey(), language));
                String destination = "day-" + dayNumber;
                Paragraph h = text.bold(heading).setFontSize(14).setMarginTop(dayNumber == 1 ? 0 : 14).setMarginBottom(6)
                        .setKeepWithNext(true);
                h.getAccessibilityProperties().setRole(StandardRoles.H2);
                h.setDestination(destination);
                document.add(h);
                root.addOutline(heading).addDestination(PdfDestination.makeDestination(new PdfString(destination)));
                document.add(dayTable(text, day.getValue(), people, labels, language, event));
            }
        }
    }

    private static void cover(Document document, FontRuns text, Event event, Letterhead letterhead, String organisation, String title,
                              String documentTitle, String releaseLine, Labels labels, Language language) {
        letterhead.logoBytes().ifPresent(bytes -> {
            Image logo = new Image(ImageDataFactory.create(bytes)).setMaxHeight(35 * MM).setMaxWidth(60 * MM)
                    .setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(20 * MM);
            logo.getAccessibilityProperties().setAlternateDescription(organisation);
            document.add(logo);
        });
        if (!organisation.isBlank()) {
            document.add(text.paragraph(organisation).setTextAlignment(TextAlignment.CENTER).setFontSize(12)
                    .setMarginTop(letterhead.logoBytes().isPresent() ? 8 : 40 * MM));
        }
        Paragraph name = text.bold(title).setTextAlignment(TextAlignment.CENTER).setFontSize(24).setMarginTop(30 * MM);
        name.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(name);
        String city = Styles.in(event.getCity(), language, event);
        document.add(text.paragraph((city.isBlank() ? "" : city + ", ") + labels.dates(event.getStartsOn(), event.getEndsOn()))
                .setTextAlignment(TextAlignment.CENTER).setFontSize(14).setMarginTop(6));
        document.add(text.bold(documentTitle).setTextAlignment(TextAlignment.CENTER).setFontSize(18).setMarginTop(25 * MM));
        document.add(text.paragraph(releaseLine).setTextAlignment(TextAlignment.CENTER).setFontSize(10)
                .setFontColor(ColorConstants.DARK_GRAY).setMarginTop(40 * MM));
    }

    /**
     * A day's items as a table of two columns, time and what happens. The columns' widths are fixed, so iText
     * need not measure every cell's text to size them; each item stays on one page.
     */
    private static Table dayTable(FontRuns text, List<ReleasedItem> items, Map<Long, Delegate> people, Labels labels,
                                  Language language, Event event) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {16, 84})).useAllAvailableWidth().setFixedLayout()
                .setFontSize(9.5f);
        for (ReleasedItem item : items) {
            table.addCell(new Cell().add(text.bold(item.startsAt().format(TIME) + "–" + item.endsAt().format(TIME)))
                    .setBackgroundColor(BAND).setBorder(null).setBorderTop(RULE));
            Cell body = new Cell().setBorder(null).setBorderTop(RULE).setKeepTogether(true);
            body.add(text.paragraph(labels.get("kind." + item.kind().name())).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY)
                    .setMargin(0));
            body.add(text.bold(Styles.in(item.title(), language, event)).setFontSize(11).setMargin(0));
            String place = join(", ", Styles.in(item.venueName(), language, event), Styles.in(item.room(), language, event));
            if (!place.isEmpty()) {
                body.add(text.paragraph(place).setMargin(0).setMarginTop(1));
            }
            String description = Styles.in(item.description(), language, event);
            if (!description.isBlank()) {
                body.add(text.paragraph(description).setFontSize(8.5f).setMargin(0).setMarginTop(2));
            }
            people(text, body, labels.get("programme.speakers"), item.speakers(), people, language, event);
            people(text, body, labels.get("programme.moderators"), item.moderators(), people, language, event);
            if (item.interpretationFrom() != null && !item.interpretationTo().isEmpty()) {
                String to = item.interpretationTo().stream().map(l -> languageName(l, language)).collect(Collectors.joining(", "));
                body.add(text.paragraph(labels.format("programme.interpretation", languageName(item.interpretationFrom(), language), to))
                        .setFontSize(8.5f).setMargin(0).setMarginTop(2));
            }
            if (item.dressCode() != null && !item.dressCode().isBlank()) {
                body.add(text.paragraph(labels.format("programme.dressCode", item.dressCode())).setFontSize(8.5f).setMargin(0));
            }
            table.addCell(body);
        }
        return table;
    }

    /** The speakers (or moderators) in the item's order, each with their position in the language. */
    private static void people(FontRuns text, Cell body, String label, List<Long> ids, Map<Long, Delegate> people,
                               Language language, Event event) {
        List<Delegate> known = new ArrayList<>();
        for (Long id : ids) {
            Delegate d = people.get(id);
            if (d != null) {
                known.add(d);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        body.add(text.paragraph(label).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY).setMargin(0).setMarginTop(3));
        for (Delegate d : known) {
            Paragraph line = new Paragraph().setMargin(0).setMarginLeft(8).addAll(text.boldRuns(name(d, language, event)));
            String position = Styles.in(d.getPosition(), language, event);
            if (!position.isBlank()) {
                line.addAll(text.regular(", " + position));
            }
            body.add(line);
        }
    }

    private static String name(Delegate d, Language language, Event event) {
        String name = d.displayName(language);
        return name.isBlank() ? d.displayName(event.hostLanguage()) : name;
    }

    /** A working language named in the booklet's language (корей тілі, Korean, 한국어), from ICU's data. */
    static String languageName(Language language, Language in) {
        return language.locale().getDisplayLanguage(in.locale());
    }

    /** A day with its weekday, as the language writes it: четверг, 18 сентября 2025 г. */
    static String fullDate(LocalDate day, Language language) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.FULL, language.locale());
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
    }

    /** "‹event title› – Программа.pdf", and " – ‹name›" before ".pdf" for a delegate's own programme. */
    public static String fileName(Event event, Language language, Delegate personal) {
        String title = Styles.in(event.getTitle(), language, event) + " – " + Labels.of(language).get("programme.title")
                + (personal == null ? "" : " – " + name(personal, language, event));
        return title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip() + ".pdf";
    }
}
