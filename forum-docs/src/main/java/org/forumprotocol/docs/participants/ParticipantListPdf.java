package org.forumprotocol.docs.participants;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;

import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateRole;
import org.forumprotocol.core.delegation.Delegation;
import org.forumprotocol.core.delegation.Participant;
import org.forumprotocol.core.delegation.PersonName;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.docs.pdf.DocumentInfo;
import org.forumprotocol.docs.pdf.FontRuns;
import org.forumprotocol.docs.pdf.Labels;
import org.forumprotocol.docs.pdf.PageFrame;
import org.forumprotocol.docs.pdf.PdfADocuments;
import org.forumprotocol.docs.pdf.Styles;

/**
 * The participant list as PDF/A: delegations in the order of precedence of their heads, each with its
 * members (the head first, then the others in the order of the list: by name or by precedence), with
 * name, position and role in one language.
 */
public final class ParticipantListPdf {
    private static final DeviceRgb BAND = new DeviceRgb(0xE8, 0xEE, 0xF4);

    private ParticipantListPdf() {
    }

    /**
     * Writes the list. {@code participants} come from
     * {@link org.forumprotocol.core.delegation.Delegations#participants} in {@code language} and the order
     * asked for; {@code delegations} and {@code delegates} are the event's (for their names and countries).
     */
    public static void write(Event event, List<Delegation> delegations, List<Participant> participants, List<Delegate> delegates,
                             Language language, OutputStream out) {
        Labels labels = Labels.of(language);
        String title = Styles.in(event.getTitle(), language, event);
        String author = Styles.in(event.getHostOrganisation(), language, event);
        PdfDocument pdf = PdfADocuments.open(out, new DocumentInfo(title + " – " + labels.get("participants.title"),
                author, labels.get("participants.title"), language));
        try (Document document = PdfADocuments.layout(pdf, PageSize.A4)) {
            document.setMargins(48, 36, 40, 36);
            PageFrame.install(document, title, labels.get("page.of"));
            FontRuns text = FontRuns.of(document);
            document.add(text.bold(title).setFontSize(16).setMarginBottom(2));
            String place = Styles.in(event.getCity(), language, event);
            document.add(text.paragraph((place.isEmpty() ? "" : place + ", ") + labels.dates(event.getStartsOn(), event.getEndsOn()))
                    .setFontSize(10).setMarginTop(0));
            document.add(text.bold(labels.get("participants.title")).setFontSize(13).setMarginTop(8));

            Map<Long, Delegate> people = new HashMap<>();
            delegates.forEach(d -> people.put(d.getId(), d));
            Map<Long, Delegation> byId = new LinkedHashMap<>();
            delegations.forEach(d -> byId.put(d.getId(), d));
            List<List<Participant>> groups = groups(participants);
            if (groups.isEmpty()) {
                document.add(text.paragraph(labels.get("participants.empty")));
            }
            int number = 0;
            boolean suggested = false;
            for (List<Participant> group : groups) {
                Delegation delegation = byId.get(group.get(0).delegationId());
                document.add(text.bold(heading(delegation, group.get(0).country(), language, event))
                        .setFontSize(11).setMarginTop(10).setMarginBottom(3).setKeepWithNext(true));
                Table table = new Table(UnitValue.createPercentArray(new float[] {6, 34, 42, 18})).useAllAvailableWidth();
                table.setFontSize(9);
                for (String column : new String[] {"participants.no", "participants.name", "participants.position", "participants.role"}) {
                    table.addHeaderCell(new Cell().add(text.bold(labels.get(column))).setBackgroundColor(BAND));
                }
                for (Participant p : group) {
                    number++;
                    suggested |= p.nameSuggested();
                    table.addCell(new Cell().add(text.paragraph(String.valueOf(number))));
                    String name = listName(people.get(p.id()), p, language) + (p.nameSuggested() ? " *" : "");
                    table.addCell(new Cell().add(p.role() == DelegateRole.HEAD ? text.bold(name) : text.paragraph(name)));
                    table.addCell(new Cell().add(text.paragraph(p.position() == null ? "" : p.position())));
                    table.addCell(new Cell().add(text.paragraph(p.role() == null ? "" : labels.get("role." + p.role().name()))));
                }
                document.add(table);
            }
            if (suggested) {
                document.add(text.paragraph(labels.get("participants.suggested")).setFontSize(8).setMarginTop(10));
            }
        }
    }

    /** "‹event title› – участники.pdf", like the spreadsheet export. */
    public static String fileName(Event event, Language language) {
        String xlsx = ParticipantFiles.exportFileName(event, language, ParticipantFiles.Format.XLSX);
        return xlsx.substring(0, xlsx.length() - ".xlsx".length()) + ".pdf";
    }

    /**
     * Members by delegation: the head first, the others in list order; delegations by their head's place in
     * the order of precedence (a delegation without a head by its first member's).
     */
    static List<List<Participant>> groups(List<Participant> participants) {
        Map<Long, List<Participant>> byDelegation = new LinkedHashMap<>();
        for (Participant p : participants) {
            byDelegation.computeIfAbsent(p.delegationId(), k -> new ArrayList<>()).add(p);
        }
        List<List<Participant>> groups = new ArrayList<>();
        for (List<Participant> members : byDelegation.values()) {
            List<Participant> ordered = new ArrayList<>(members);
            ordered.sort(Comparator.comparing((Participant p) -> p.role() != DelegateRole.HEAD));
            groups.add(ordered);
        }
        groups.sort(Comparator.comparingInt(ParticipantListPdf::rankOfDelegation));
        return groups;
    }

    private static int rankOfDelegation(List<Participant> group) {
        return group.stream().filter(p -> p.role() == DelegateRole.HEAD).mapToInt(Participant::precedence).findFirst()
                .orElse(Integer.MAX_VALUE / 2 + group.stream().mapToInt(Participant::precedence).min().orElse(0));
    }

    /**
     * The name as a formal list in the language writes it: Kazakh and Russian lists put the family name first
     * whatever script the name came from (Уилсон Маргарет); Korean lists write Hangul names family first and
     * foreign ones as their owners do; English lists keep the person's own order.
     */
    static String listName(Delegate delegate, Participant participant, Language language) {
        if (delegate == null || !language.cyrillic()) {
            return participant.displayName();
        }
        return delegate.nameIn(language).map(n -> new PersonName(n.family(), n.given(), true, n.suggested()).written(language))
                .orElse(participant.displayName());
    }

    private static String heading(Delegation delegation, String country, Language language, Event event) {
        String name = delegation == null ? "" : Styles.in(delegation.getName(), language, event);
        String countryName = country == null ? "" : Countries.name(country, language);
        if (name.isEmpty()) {
            return countryName;
        }
        return countryName.isEmpty() || name.contains(countryName) ? name : name + " (" + countryName + ")";
    }
}
