package org.forumprotocol.docs.seating;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.OrderOfPrecedence;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.pdf.DocumentFonts;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;
import org.forumprotocol.docs.seating.Seating.Layout;
import org.forumprotocol.docs.seating.Seating.Seat;

/**
 * The seating plan of one agenda item (A4 landscape): the room drawn with numbered seats ({@link Seating}),
 * then the list of the numbers with name, position and delegation in one language.
 */
public final class SeatingPlanPdf {
    /** Seats a plenary row has on the plan. */
    static final int SEATS_PER_ROW = 12;
    private static final DeviceRgb HOST = new DeviceRgb(0xE3, 0xEE, 0xFA);
    private static final DeviceRgb GUEST = new DeviceRgb(0xFD, 0xEC, 0xE0);
    private static final DeviceRgb TABLE = new DeviceRgb(0xD7, 0xCC, 0xC8);

    private SeatingPlanPdf() {
    }

    /**
     * Who sits at the item, grouped by side and each side in order of precedence in {@code language}: for a
     * bilateral meeting the heads and members of its first two delegations; otherwise the heads and members
     * of its delegations with its speakers and moderators.
     */
    public static List<List<Delegate>> sides(AgendaItem item, List<Delegate> eventDelegates, Language language) {
        Map<Long, Delegate> byId = eventDelegates.stream().collect(Collectors.toMap(Delegate::getId, Function.identity()));
        if (Layout.of(item.getKind()) == Layout.BILATERAL) {
            if (item.getDelegations().size() < 2) {
                throw new ForumException(ForumException.Kind.CONFLICT, "A bilateral meeting is seated by its two delegations:"
                        + " add both to the agenda item first",
                        List.of(new ForumException.FieldError("delegations", "a bilateral meeting needs two delegations")));
            }
            List<List<Delegate>> sides = new ArrayList<>();
            for (Long delegation : item.getDelegations().subList(0, 2)) {
                sides.add(inPrecedence(eventDelegates.stream().filter(d -> d.getDelegation().getId().equals(delegation))
                        .filter(SeatingPlanPdf::atTable).toList(), language));
            }
            return sides;
        }
        Set<Delegate> seated = new LinkedHashSet<>();
        eventDelegates.stream().filter(d -> item.getDelegations().contains(d.getDelegation().getId())).filter(SeatingPlanPdf::atTable)
                .forEach(seated::add);
        item.getSpeakerIds().stream().map(byId::get).filter(d -> d != null).forEach(seated::add);
        item.getModerators().stream().map(byId::get).filter(d -> d != null).forEach(seated::add);
        return List.of(inPrecedence(new ArrayList<>(seated), language));
    }

    public static void write(Event event, AgendaItem item, List<Delegate> eventDelegates, Language language, OutputStream out) {
        Labels labels = Labels.of(language);
        Layout layout = Layout.of(item.getKind());
        List<List<Delegate>> sides = sides(item, eventDelegates, language);
        List<Seat<Delegate>> seats = switch (layout) {
            case BILATERAL -> Seating.bilateral(sides.get(0), sides.get(1));
            case HEAD_TABLE -> Seating.headTable(sides.get(0));
            case ROWS -> Seating.rows(sides.get(0), SEATS_PER_ROW);
        };
        List<Delegate> numbered = sides.stream().flatMap(List::stream).toList();
        String title = Styles.in(item.getTitle(), language, event);
        String eventTitle = Styles.in(event.getTitle(), language, event);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(labels.get("seating.title") + " – " + title,
                Styles.in(event.getHostOrganisation(), language, event), eventTitle, language));
        PageSize size = PageSize.A4.rotate();
        try (Document document = PdfADocuments.layout(pdf, size)) {
            document.setMargins(40, 36, 36, 36);
            PageFrame.install(document, eventTitle, labels.get("page.of"));
            FontRuns text = FontRuns.of(document);
            document.add(text.bold(labels.get("seating.title") + ": " + title).setFontSize(15).setMarginBottom(0));
            String when = labels.date(item.getStartsAt().toLocalDate()) + ", " + item.getStartsAt().toLocalTime() + "–"
                    + item.getEndsAt().toLocalTime();
            String where = item.getVenue().map(v -> Styles.in(v.getName(), language, event)).orElse("");
            String room = Styles.in(item.getRoom(), language, event);
            document.add(text.paragraph(when + (where.isEmpty() ? "" : " · " + where) + (room.isEmpty() ? "" : ", " + room))
                    .setFontSize(10).setMargin(0));
            document.add(text.paragraph(labels.get("seating.view." + layout.name())).setFontSize(8).setFontColor(ColorConstants.GRAY));

            PdfPage page = pdf.getPage(1);
            Rectangle area = new Rectangle(36, 50, size.getWidth() - 72, size.getHeight() - 160);
            draw(page, area, layout, seats, numbered, language, labels, document);

            document.add(new AreaBreak());
            Table legend = new Table(UnitValue.createPercentArray(new float[] {6, 30, 40, 24})).useAllAvailableWidth().setFontSize(9);
            for (String column : new String[] {"participants.no", "participants.name", "participants.position", "seating.delegation"}) {
                legend.addHeaderCell(new Cell().add(text.bold(labels.get(column))).setBackgroundColor(HOST));
            }
            for (int i = 0; i < numbered.size(); i++) {
                Delegate d = numbered.get(i);
                legend.addCell(new Cell().add(text.paragraph(String.valueOf(i + 1))));
                legend.addCell(new Cell().add(text.paragraph(d.displayName(language))));
                legend.addCell(new Cell().add(text.paragraph(d.getPosition().in(language, event.hostLanguage(), Language.EN))));
                legend.addCell(new Cell().add(text.paragraph(Styles.in(d.getDelegation().getName(), language, event))));
            }
            if (numbered.isEmpty()) {
                document.add(text.paragraph(labels.get("participants.empty")));
            } else {
                document.add(legend);
            }
        }
    }

    /** "‹item title› – План рассадки.pdf" in the plan's language. */
    public static String fileName(Event event, AgendaItem item, Language language) {
        String title = Styles.in(item.getTitle(), language, event).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return (title.isEmpty() ? "item " + item.getId() : title) + " – " + Labels.of(language).get("seating.title") + ".pdf";
    }

    private static void draw(PdfPage page, Rectangle area, Layout layout, List<Seat<Delegate>> seats, List<Delegate> numbered,
                             Language language, Labels labels, Document document) {
        int widest = seats.stream().mapToInt(s -> Math.abs(s.offset())).max().orElse(0);
        int columns = 2 * widest + 1;
        int rows = seats.stream().mapToInt(Seat::row).max().orElse(0) + 1;
        float seatWidth = Math.min(80, area.getWidth() / Math.max(columns, 1));
        float centre = area.getLeft() + area.getWidth() / 2;
        PdfCanvas canvas = new PdfCanvas(page);
        float seatHeight;
        float tableTop;
        float tableBottom;
        String bottomLabel;
        String topLabel;
        switch (layout) {
            case BILATERAL -> {
                seatHeight = 46;
                tableBottom = area.getBottom() + area.getHeight() / 2 - 30;
                tableTop = tableBottom + 60;
                topLabel = "";
                bottomLabel = "";
            }
            case HEAD_TABLE -> {
                seatHeight = 46;
                tableTop = area.getTop() - seatHeight - 10;
                tableBottom = tableTop - 30;
                topLabel = "";
                bottomLabel = labels.get("seating.audience");
            }
            default -> {
                seatHeight = Math.min(40, (area.getHeight() - 60) / Math.max(rows, 1));
                tableTop = area.getTop();
                tableBottom = area.getTop() - 30;
                topLabel = "";
                bottomLabel = "";
            }
        }
        canvas.openTag(new CanvasArtifact());
        float tableWidth = Math.max(seatWidth * columns, 160);
        canvas.saveState().setFillColor(TABLE).rectangle(centre - tableWidth / 2, tableBottom, tableWidth, tableTop - tableBottom).fill()
                .restoreState();
        canvas.closeTag();
        label(page, canvas, new Rectangle(centre - tableWidth / 2, tableBottom, tableWidth, tableTop - tableBottom),
                labels.get(layout == Layout.ROWS ? "seating.stage" : "seating.table"), 9, document);
        if (!bottomLabel.isEmpty()) {
            label(page, canvas, new Rectangle(area.getLeft(), area.getBottom(), area.getWidth(), 20), bottomLabel, 9, document);
        }
        if (!topLabel.isEmpty()) {
            label(page, canvas, new Rectangle(area.getLeft(), area.getTop() - 20, area.getWidth(), 20), topLabel, 9, document);
        }
        for (Seat<Delegate> seat : seats) {
            int number = numbered.indexOf(seat.person()) + 1;
            float x;
            float y;
            switch (layout) {
                case BILATERAL -> {
                    // The first delegation sits below the table facing up, its right is the drawing's right;
                    // the second sits above facing down, its right is the drawing's left.
                    x = centre + (seat.side() == 0 ? seat.offset() : -seat.offset()) * seatWidth - seatWidth / 2;
                    y = seat.side() == 0 ? tableBottom - seatHeight - 4 : tableTop + 4;
                }
                case HEAD_TABLE -> {
                    x = centre - seat.offset() * seatWidth - seatWidth / 2;
                    y = tableTop + 4;
                }
                default -> {
                    x = centre + seat.offset() * seatWidth - seatWidth / 2;
                    y = tableBottom - 12 - (seat.row() + 1) * seatHeight;
                }
            }
            Rectangle box = new Rectangle(x + 2, y, seatWidth - 4, seatHeight - 2);
            canvas.openTag(new CanvasArtifact());
            canvas.saveState().setFillColor(seat.side() == 0 ? HOST : GUEST).setStrokeColor(ColorConstants.GRAY).setLineWidth(0.5f)
                    .rectangle(box.getLeft(), box.getBottom(), box.getWidth(), box.getHeight()).fillStroke().restoreState();
            canvas.closeTag();
            String name = seatHeight >= 30 && seatWidth >= 40 ? "\n" + shortName(seat.person(), language) : "";
            label(page, canvas, box, number + name, Math.min(8, seatHeight / 3), document);
        }
    }

    private static void label(PdfPage page, PdfCanvas pdfCanvas, Rectangle box, String text, float size, Document document) {
        try (Canvas canvas = new Canvas(pdfCanvas, box)) {
            canvas.enableAutoTagging(page);
            canvas.setProperty(Property.FONT_PROVIDER, document.<com.itextpdf.layout.font.FontProvider>getProperty(Property.FONT_PROVIDER));
            canvas.setFontFamily(DocumentFonts.FAMILIES);
            canvas.add(FontRuns.of(document).paragraph(text).setFontSize(size).setMultipliedLeading(1.1f).setTextAlignment(TextAlignment.CENTER)
                    .setMargin(0).setVerticalAlignment(VerticalAlignment.MIDDLE).setHeight(box.getHeight()));
        }
    }

    /** The family name in the plan's language, or the whole name when it has none. */
    private static String shortName(Delegate delegate, Language language) {
        return delegate.nameIn(language).map(n -> n.family() == null || n.family().isEmpty() ? n.written(language) : n.family())
                .orElse("");
    }

    private static boolean atTable(Delegate d) {
        return d.getRole() == DelegateRole.HEAD || d.getRole() == DelegateRole.MEMBER;
    }

    private static List<Delegate> inPrecedence(List<Delegate> delegates, Language language) {
        return OrderOfPrecedence.of(delegates, language).stream().map(OrderOfPrecedence.Place::delegate).toList();
    }
}
