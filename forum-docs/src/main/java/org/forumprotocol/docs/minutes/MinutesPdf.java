package org.forumprotocol.docs.minutes;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import org.forumprotocol.core.agenda.AgendaItem;
import org.forumprotocol.core.agenda.Venue;
import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.minutes.MeetingMinutes;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;

/**
 * The minutes of a bilateral meeting or of an official visit's item as PDF/A: when and where, the participants
 * of each side (its delegation's members in order of precedence), the topics discussed and the agreements as the
 * officer wrote them, and a signature line for the head of each side.
 */
public final class MinutesPdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Who sits at the table and is named in the minutes; press, security and staff are not. */
    private static final Set<DelegateRole> AT_THE_TABLE = EnumSet.of(DelegateRole.HEAD, DelegateRole.MEMBER, DelegateRole.INTERPRETER);

    private MinutesPdf() {
    }

    /** One side of the meeting: its title (the delegation) and its people, the first of whom signs. */
    record Side(String title, List<Delegate> people) {
    }

    /**
     * Writes the minutes. {@code delegates} are the event's in order of precedence (the participant list's
     * order); {@code delegations} the event's, for their names.
     */
    public static void write(Event event, AgendaItem item, MeetingMinutes minutes, List<Delegation> delegations,
                             List<Delegate> delegates, Language language, OutputStream out) {
        Labels labels = Labels.of(language);
        String eventTitle = Styles.in(event.getTitle(), language, event);
        String title = Styles.in(item.getTitle(), language, event);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(labels.get("minutes.title") + ": " + title,
                Styles.in(event.getHostOrganisation(), language, event), eventTitle, language));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(48, 48, 44, 48);
            PageFrame.install(document, eventTitle, labels.get("page.of"));
            FontRuns text = FontRuns.of(document);
            Paragraph heading = text.bold(labels.get("minutes.title")).setFontSize(16).setMarginBottom(2);
            heading.getAccessibilityProperties().setRole(StandardRoles.H1);
            document.add(heading);
            document.add(text.bold(title).setFontSize(12).setMarginTop(0));
            String place = String.join(", ", nonBlank(item.getVenue().map(Venue::getName).map(n -> Styles.in(n, language, event)).orElse(""),
                    Styles.in(item.getRoom(), language, event), Styles.in(event.getCity(), language, event)));
            document.add(text.paragraph(labels.date(item.getStartsAt().toLocalDate()) + ", " + item.getStartsAt().format(TIME) + "–"
                    + item.getEndsAt().format(TIME) + (place.isEmpty() ? "" : ". " + place)).setFontSize(10));

            List<Side> sides = sides(item, delegations, delegates, language, event);
            section(document, text, labels.get("minutes.participants"));
            for (Side side : sides) {
                if (!side.title().isEmpty()) {
                    document.add(text.bold(side.title()).setFontSize(10).setMarginTop(6).setMarginBottom(1).setKeepWithNext(true));
                }
                for (Delegate d : side.people()) {
                    String position = Styles.in(d.getPosition(), language, event);
                    Paragraph line = new Paragraph().setFontSize(10).setMargin(0).setMarginLeft(10)
                            .addAll(text.boldRuns(name(d, language, event)));
                    if (!position.isBlank()) {
                        line.addAll(text.regular(" – " + position));
                    }
                    document.add(line);
                }
            }
            section(document, text, labels.get("minutes.topics"));
            lines(document, text, Styles.in(minutes.getTopics(), language, event));
            section(document, text, labels.get("minutes.agreements"));
            String agreements = Styles.in(minutes.getAgreements(), language, event);
            lines(document, text, agreements.isBlank() ? labels.get("minutes.none") : agreements);

            List<Delegate> signatories = sides.stream().filter(s -> !s.people().isEmpty()).map(s -> s.people().get(0)).toList();
            if (!signatories.isEmpty()) {
                Table signatures = new Table(UnitValue.createPercentArray(signatories.size())).useAllAvailableWidth()
                        .setMarginTop(36).setKeepTogether(true);
                for (Delegate d : signatories) {
                    Cell cell = new Cell().setBorder(null).setPaddingRight(18);
                    cell.add(text.paragraph(labels.get("minutes.signature")).setFontSize(8).setFontColor(ColorConstants.DARK_GRAY)
                            .setMarginTop(24).setMarginBottom(0)
                            .setBorderTop(new com.itextpdf.layout.borders.SolidBorder(ColorConstants.BLACK, 0.6f)));
                    cell.add(text.bold(name(d, language, event)).setFontSize(10).setMargin(0));
                    String position = Styles.in(d.getPosition(), language, event);
                    if (!position.isBlank()) {
                        cell.add(text.paragraph(position).setFontSize(9).setMargin(0));
                    }
                    signatures.addCell(cell);
                }
                document.add(signatures);
            }
        }
    }

    /**
     * Each delegation of the item with its members at the table, head first, then in order of precedence; an item
     * without delegations has one side of its speakers and moderators.
     */
    static List<Side> sides(AgendaItem item, List<Delegation> delegations, List<Delegate> delegates, Language language, Event event) {
        List<Side> sides = new ArrayList<>();
        for (Long id : item.getDelegations()) {
            Delegation delegation = delegations.stream().filter(d -> d.getId().equals(id)).findFirst().orElse(null);
            if (delegation == null) {
                continue;
            }
            List<Delegate> people = new ArrayList<>(delegates.stream().filter(d -> d.getDelegation().getId().equals(id))
                    .filter(d -> d.getRole() == null || AT_THE_TABLE.contains(d.getRole())).toList());
            people.sort(java.util.Comparator.comparing(d -> !d.isHead()));
            String name = Styles.in(delegation.getName(), language, event);
            String country = delegation.getCountry() == null ? "" : Countries.name(delegation.getCountry(), language);
            sides.add(new Side(name.isEmpty() ? country : name, people));
        }
        if (sides.isEmpty()) {
            List<Delegate> people = new ArrayList<>();
            for (Long id : item.getSpeakerIds()) {
                delegates.stream().filter(d -> d.getId().equals(id)).findFirst().ifPresent(people::add);
            }
            for (Long id : item.getModerators()) {
                delegates.stream().filter(d -> d.getId().equals(id) && !people.contains(d)).findFirst().ifPresent(people::add);
            }
            sides.add(new Side("", people));
        }
        return sides;
    }

    private static void section(Document document, FontRuns text, String title) {
        Paragraph p = text.bold(title).setFontSize(12).setMarginTop(14).setMarginBottom(4).setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(StandardRoles.H2);
        document.add(p);
    }

    /** The officer's text, a paragraph for each of its lines. */
    private static void lines(Document document, FontRuns text, String lines) {
        for (String line : lines.split("\\R")) {
            document.add(text.paragraph(line.isBlank() ? "\u00A0" : line).setFontSize(10).setMargin(0).setMarginBottom(3));
        }
    }

    private static String name(Delegate d, Language language, Event event) {
        String name = d.displayName(language);
        return name.isBlank() ? d.displayName(event.hostLanguage()) : name;
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    /** "‹item title› – Протокол.pdf" in the document's language. */
    public static String fileName(Event event, AgendaItem item, Language language) {
        String title = Styles.in(item.getTitle(), language, event).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip();
        return (title.isEmpty() ? "item " + item.getId() : title) + " – " + Labels.of(language).get("minutes.title") + ".pdf";
    }
}
