package org.forumprotocol.docs.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.forumprotocol.core.agenda.ReleasedItem;
import org.forumprotocol.core.agenda.Visibility;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;

/**
 * The released agenda of one event as iCalendar (RFC 5545), built with ical4j: the whole programme, one
 * delegate's personal programme, or one item as an invitation for mail (iTIP, RFC 5546).
 * <ul>
 * <li>{@code UID} is exactly the item's uid (a UUID given when the item is created, stored, never changed), so
 * calendars recognise an item across releases and restarts, and the API and the calendar name it alike.</li>
 * <li>{@code SEQUENCE} is the release's sequence of the item; a removed item is still written, with
 * {@code STATUS:CANCELLED} and a higher sequence, so that calendars which once had it drop it.</li>
 * <li>Times are local times of the event's zone with {@code TZID}, and the calendar carries a
 * {@code VTIMEZONE} for that zone made from the JDK's tz data ({@link ZoneDefinitions}); {@code DTSTAMP} is
 * the application clock's instant, in UTC.</li>
 * <li>Texts are in the language asked for, else in the event's host language, else in any language the item
 * has; each text says its language ({@code LANGUAGE=}).</li>
 * <li>Output is UTF-8 with CRLF line ends, folded at 75 octets ({@link ContentLines}).</li>
 * </ul>
 * Staff notes are not part of a {@link ReleasedItem}, so no calendar can show them; staff-only items are
 * written only for the staff audience.
 */
public final class ProgrammeCalendar {
    /** The media type of everything written here. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final String PRODUCT = "-//Forum Protocol//Agenda//EN";
    /** How often subscribed calendars should look for a new release (Outlook and Apple read this). */
    private static final String REFRESH = "PT1H";

    /** The delegate an invitation is for. */
    public record Person(String email, String name) {
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    private enum Label { SPEAKERS, MODERATORS, INTERPRETATION, DRESS_CODE }

    private static final Map<Language, Map<Label, String>> LABELS = new EnumMap<>(Map.of(
            Language.KK, Map.of(Label.SPEAKERS, "Баяндамашылар", Label.MODERATORS, "Модераторлар",
                    Label.INTERPRETATION, "Ілеспе аударма", Label.DRESS_CODE, "Киім үлгісі"),
            Language.RU, Map.of(Label.SPEAKERS, "Выступающие", Label.MODERATORS, "Модераторы",
                    Label.INTERPRETATION, "Перевод", Label.DRESS_CODE, "Форма одежды"),
            Language.EN, Map.of(Label.SPEAKERS, "Speakers", Label.MODERATORS, "Moderators",
                    Label.INTERPRETATION, "Interpretation", Label.DRESS_CODE, "Dress code"),
            Language.KO, Map.of(Label.SPEAKERS, "연사", Label.MODERATORS, "사회자",
                    Label.INTERPRETATION, "통역", Label.DRESS_CODE, "복장")));

    private final LocalizedText eventTitle;
    private final ZoneId zone;
    private final ParameterList zoneParameter;
    private final Language hostLanguage;
    private final String organizerEmail;
    private final LocalizedText organizerName;
    private final Clock clock;

    /**
     * @param eventTitle     the calendar's name ({@code X-WR-CALNAME})
     * @param zone           the event's time zone, in which every item's times are local
     * @param hostLanguage   the language texts fall back to
     * @param organizerEmail the protocol office's address: iTIP wants an {@code ORGANIZER} on every item, even
     *                       in a published programme
     * @param organizerName  the office's name, by language (the event's host organisation); may be empty
     * @param clock          the application's clock, for {@code DTSTAMP}
     */
    public ProgrammeCalendar(LocalizedText eventTitle, ZoneId zone, Language hostLanguage, String organizerEmail,
                             LocalizedText organizerName, Clock clock) {
        this.eventTitle = Objects.requireNonNull(eventTitle, "eventTitle");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.zoneParameter = new ParameterList(List.of(new TzId(zone.getId())));
        this.hostLanguage = Objects.requireNonNull(hostLanguage, "hostLanguage");
        this.organizerEmail = Objects.requireNonNull(organizerEmail, "organizerEmail");
        this.organizerName = organizerName == null ? LocalizedText.empty() : organizerName;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The calendar of {@code event}, organised by its host organisation at {@code organizerEmail} (the
     * sender of the application's mail, {@code FORUM_SMTP_FROM}).
     */
    public static ProgrammeCalendar of(Event event, String organizerEmail, Clock clock) {
        return new ProgrammeCalendar(event.getTitle(), event.getTimeZone(), event.hostLanguage(), organizerEmail,
                event.getHostOrganisation(), clock);
    }

    /**
     * The whole released programme ({@code METHOD:PUBLISH}): every item of {@code release} the audience may
     * see, cancelled ones included. {@code audience} is {@link Visibility#PUBLIC} for anyone,
     * {@link Visibility#DELEGATES} for the event's delegates and officers, {@link Visibility#STAFF} for
     * protocol staff.
     *
     * @param names the name of a delegate (speaker, moderator) by id in {@code language}; null when unknown,
     *              and then left out
     */
    public void writeProgramme(List<ReleasedItem> release, Visibility audience, Language language,
                               LongFunction<String> names, OutputStream out) throws IOException {
        Objects.requireNonNull(audience, "audience");
        write(publication(release, i -> visibleTo(i.visibility(), audience), name(language), language, names), out);
    }

    /**
     * One delegate's personal programme ({@code METHOD:PUBLISH}): the items that
     * {@link ReleasedItem#inProgrammeOf} gives them, cancelled ones included, never staff-only ones.
     *
     * @param delegateName added to the calendar's name, so that it stands apart from the whole programme; may
     *                     be null
     */
    public void writePersonalProgramme(List<ReleasedItem> release, long delegateId, long delegationId,
                                       String delegateName, Language language, LongFunction<String> names,
                                       OutputStream out) throws IOException {
        String name = name(language) + (delegateName == null || delegateName.isBlank() ? "" : " – " + delegateName);
        write(publication(release, i -> i.inProgrammeOf(delegateId, delegationId), name, language, names), out);
    }

    /**
     * One item as an iTIP message for mail: {@code METHOD:REQUEST} for an item on the programme,
     * {@code METHOD:CANCEL} for a cancelled one, from the protocol office to {@code attendee}. iTIP allows one
     * UID per message, hence one item.
     *
     * @throws IllegalArgumentException for a staff-only item, which is never sent to a delegate
     */
    public void writeInvitation(ReleasedItem item, Person attendee, Language language,
                                LongFunction<String> names, OutputStream out) throws IOException {
        if (item.visibility() == Visibility.STAFF) {
            throw new IllegalArgumentException("staff-only item " + item.uid() + " is never sent to a delegate");
        }
        Method method = item.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        VEvent event = event(item, language, names, Instant.now(clock), List.of(
                new Attendee(parameters(attendee.name(), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE),
                        mailto(attendee.email()))));
        write(calendar(method, name(language), List.of(item), List.of(event)), out);
    }

    /** The UID of the event as a whole: stable across invitations, so a second one updates the first entry. */
    public static String eventUid(long eventId) {
        return "event-" + eventId + "@forum-protocol";
    }

    /**
     * The event as a whole, its days as one all-day entry, as an iTIP {@code METHOD:REQUEST} from the
     * protocol office to {@code attendee}: the calendar part of an invitation, before any programme exists.
     */
    public void writeEventInvitation(Event event, Person attendee, Language language, OutputStream out) throws IOException {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(eventUid(event.getId())));
        p.add(new DtStamp(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        p.add(new Sequence(0));
        p.add(ImmutableStatus.VEVENT_CONFIRMED);
        p.add(new DtStart<>(event.getStartsOn()));
        // DTEND of an all-day entry is exclusive: the day after the last one.
        p.add(new DtEnd<>(event.getEndsOn().plusDays(1)));
        Text title = pick(eventTitle, language);
        p.add(new Summary(languageOf(title, language), title.value()));
        Text city = pick(event.getCity(), language);
        if (!city.value().isEmpty()) {
            p.add(new Location(languageOf(city, language), city.value()));
        }
        p.add(new Organizer(parameters(pick(organizerName, language).value()), mailto(organizerEmail)));
        p.add(new Attendee(parameters(attendee.name(), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION, Rsvp.FALSE),
                mailto(attendee.email())));
        write(calendar(ImmutableMethod.REQUEST, name(language), List.of(), List.of(new VEvent(new PropertyList(p)))), out);
    }

    /**
     * The iTIP method {@link #writeInvitation} uses for this item ({@code REQUEST} or {@code CANCEL}): the
     * mail part must repeat it, as {@code text/calendar; method=…}.
     */
    public static String methodOf(ReleasedItem item) {
        return item.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
    }

    // --- building ---

    private Calendar publication(List<ReleasedItem> release, Predicate<ReleasedItem> shown, String name,
                                 Language language, LongFunction<String> names) {
        Instant now = Instant.now(clock);
        List<ReleasedItem> items = release.stream().filter(shown).toList();
        List<CalendarComponent> events = new ArrayList<>(items.size());
        for (ReleasedItem item : items) {
            events.add(event(item, language, names, now, List.of()));
        }
        return calendar(ImmutableMethod.PUBLISH, name, items, events);
    }

    private Calendar calendar(Method method, String name, List<ReleasedItem> items, List<CalendarComponent> events) {
        List<Property> properties = new ArrayList<>(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, method, new XProperty("X-WR-CALNAME", name),
                new XProperty("X-WR-TIMEZONE", zone.getId())));
        if (ImmutableMethod.PUBLISH.equals(method)) {
            properties.add(new XProperty("X-PUBLISHED-TTL", REFRESH));
        }
        List<CalendarComponent> components = new ArrayList<>(events.size() + 1);
        // Always a VTIMEZONE, even for an empty programme: a calendar needs at least one component.
        components.add(ZoneDefinitions.of(zone, earliest(items), latest(items)));
        components.addAll(events);
        return new Calendar(new PropertyList(properties), new ComponentList<>(components));
    }

    private VEvent event(ReleasedItem item, Language language, LongFunction<String> names, Instant now,
                         List<Property> extra) {
        List<Property> p = new ArrayList<>(12 + extra.size());
        p.add(new Uid(item.uid()));
        p.add(new DtStamp(now.truncatedTo(ChronoUnit.SECONDS)));
        p.add(new Sequence(item.sequence()));
        p.add(item.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        // Local times with a TZID parameter, not ZonedDateTimes: for those ical4j 4.4 rewrites the time into
        // its own bundled definition of the zone, which puts Asia/Almaty at +07:00 in 2025 (10:00 came out 12:00).
        p.add(new DtStart<>(zoneParameter, item.startsAt()));
        if (item.endsAt() != null && item.endsAt().isAfter(item.startsAt())) {
            p.add(new DtEnd<>(zoneParameter, item.endsAt()));
        }
        Text title = pick(item.title(), language);
        p.add(new Summary(languageOf(title, language), title.value()));
        Text description = description(item, language, names);
        if (!description.value().isEmpty()) {
            p.add(new Description(languageOf(description, language), description.value()));
        }
        Text location = location(item, language);
        if (!location.value().isEmpty()) {
            p.add(new Location(languageOf(location, language), location.value()));
        }
        p.add(new Categories(item.kind().name()));
        p.add(new Organizer(parameters(pick(organizerName, language).value()), mailto(organizerEmail)));
        p.addAll(extra);
        return new VEvent(new PropertyList(p));
    }

    /** The item's description, then who speaks and moderates, interpretation and dress code. */
    private Text description(ReleasedItem item, Language language, LongFunction<String> names) {
        Map<Label, String> labels = LABELS.get(language);
        List<String> facts = new ArrayList<>(4);
        String speakers = names(item.speakers(), names);
        if (!speakers.isEmpty()) {
            facts.add(labels.get(Label.SPEAKERS) + ": " + speakers);
        }
        String moderators = names(item.moderators(), names);
        if (!moderators.isEmpty()) {
            facts.add(labels.get(Label.MODERATORS) + ": " + moderators);
        }
        if (item.interpretationFrom() != null && !item.interpretationTo().isEmpty()) {
            facts.add(labels.get(Label.INTERPRETATION) + ": " + item.interpretationFrom().code() + " → "
                    + item.interpretationTo().stream().map(Language::code).collect(Collectors.joining(", ")));
        }
        if (item.dressCode() != null && !item.dressCode().isBlank()) {
            facts.add(labels.get(Label.DRESS_CODE) + ": " + item.dressCode().strip());
        }
        Text text = pick(item.description(), language);
        if (facts.isEmpty()) {
            return text;
        }
        String joined = String.join("\n", facts);
        // The labels are in the language asked for; so is the whole text unless the description fell back.
        return text.value().isEmpty() ? new Text(language, joined) : new Text(text.language(), text.value() + "\n\n" + joined);
    }

    private Text location(ReleasedItem item, Language language) {
        Text venue = pick(item.venueName(), language);
        String place = Stream.of(venue, pick(item.room(), language), pick(item.venueAddress(), language))
                .map(Text::value).filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        return new Text(venue.value().isEmpty() ? null : venue.language(), place);
    }

    private static String names(List<Long> ids, LongFunction<String> names) {
        return ids.stream().map(names::apply).filter(n -> n != null && !n.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
    }

    private String name(Language language) {
        return pick(eventTitle, language).value();
    }

    /** A text and the language it is really in, after falling back. */
    private record Text(Language language, String value) {
    }

    private Text pick(LocalizedText text, Language language) {
        if (text == null || text.isEmpty()) {
            return new Text(null, "");
        }
        for (Language l : new Language[] {language, hostLanguage}) {
            String t = text.get(l).orElse(null);
            if (t != null) {
                return new Text(l, t);
            }
        }
        Map.Entry<Language, String> any = text.asMap().entrySet().iterator().next();
        return new Text(any.getKey(), any.getValue());
    }

    private static ParameterList languageOf(Text text, Language fallback) {
        Language l = text.language() == null ? fallback : text.language();
        return new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.Language(l.code())));
    }

    private static boolean visibleTo(Visibility item, Visibility audience) {
        return switch (audience) {
            case PUBLIC -> item == Visibility.PUBLIC;
            case DELEGATES -> item != Visibility.STAFF;
            case STAFF -> true;
        };
    }

    private Instant earliest(List<ReleasedItem> items) {
        return items.stream().map(ReleasedItem::startsAt).min(LocalDateTime::compareTo)
                .map(t -> t.atZone(zone).toInstant()).orElseGet(() -> Instant.now(clock));
    }

    private Instant latest(List<ReleasedItem> items) {
        return items.stream().map(i -> i.endsAt() == null ? i.startsAt() : i.endsAt()).max(LocalDateTime::compareTo)
                .map(t -> t.atZone(zone).toInstant()).orElseGet(() -> Instant.now(clock));
    }

    private static ParameterList parameters(String name, Parameter... more) {
        List<Parameter> list = new ArrayList<>(more.length + 1);
        if (name != null && !name.isBlank()) {
            // A parameter value may not hold a double quote, nor any control character.
            list.add(new Cn(name.replace('"', '\'').replaceAll("\\p{Cntrl}", " ").strip()));
        }
        list.addAll(List.of(more));
        return new ParameterList(list);
    }

    private static URI mailto(String email) {
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an e-mail address: " + email, e);
        }
    }

    private static void write(Calendar calendar, OutputStream out) throws IOException {
        ContentLines.write(calendar.toString(), out);
    }
}
