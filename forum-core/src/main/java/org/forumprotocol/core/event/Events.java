package org.forumprotocol.core.event;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.LocalizedText;
import org.forumprotocol.core.i18n.TextRules;

/** Creating and changing events; every change is audited. */
@ApplicationScoped
@Transactional
public class Events {
    static final String ENTITY = "Event";

    private EntityManager em;
    private AuditTrail audit;

    protected Events() {
    }

    @Inject
    public Events(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> list() {
        return em.createNamedQuery("Event.all", Event.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event get(long id) {
        Event event = em.find(Event.class, id);
        if (event == null) {
            throw ForumException.notFound("Event " + id);
        }
        return event;
    }

    public Event create(EventDetails details) {
        Valid v = validate(details);
        Event event = new Event(v.kind, v.title, v.city, v.host, details.startsOn(), details.endsOn(), v.zone, v.languages);
        em.persist(event);
        em.flush();
        audit.record(ENTITY, event.getId(), "CREATE", summary(event));
        return event;
    }

    public Event update(long id, EventDetails details) {
        Event event = get(id);
        if (details.expectedVersion() != null && details.expectedVersion() != event.getVersion()) {
            throw ForumException.stale("Event " + id);
        }
        Valid v = validate(details);
        String before = summary(event);
        event.change(v.kind, v.title, v.city, v.host, details.startsOn(), details.endsOn(), v.zone, v.languages);
        em.flush();
        audit.record(ENTITY, event.getId(), "UPDATE", before + " → " + summary(event));
        return event;
    }

    private record Valid(EventKind kind, LocalizedText title, LocalizedText city, LocalizedText host, ZoneId zone,
                         List<Language> languages) {
    }

    private static Valid validate(EventDetails d) {
        FieldChecks checks = new FieldChecks();
        checks.required("kind", d.kind());
        LocalizedText title = checks.localized("title", d.title(), TextRules.TEXT_MAX, true);
        LocalizedText city = checks.localized("city", d.city(), TextRules.NAME_MAX, false);
        LocalizedText host = checks.localized("hostOrganisation", d.hostOrganisation(), TextRules.TEXT_MAX, false);
        checks.required("startsOn", d.startsOn());
        checks.required("endsOn", d.endsOn());
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            checks.add("endsOn", "must not be before startsOn");
        }
        ZoneId zone = ZoneId.of(Event.DEFAULT_TIME_ZONE);
        if (d.timeZone() != null && !d.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(d.timeZone().strip());
            } catch (DateTimeException e) {
                checks.add("timeZone", "unknown time zone '" + d.timeZone() + "'; an IANA name such as Asia/Almaty");
            }
        }
        Set<Language> languages = new LinkedHashSet<>();
        List<String> codes = d.languages() == null ? List.of() : d.languages();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || codes.get(i).isBlank()) {
                checks.add("languages[" + i + "]", "is empty; a language code such as kk, ru, en or ko");
                continue;
            }
            Language l = checks.language("languages[" + i + "]", codes.get(i));
            if (l != null && !languages.add(l)) {
                checks.add("languages[" + i + "]", "'" + codes.get(i) + "' is listed twice");
            }
        }
        if (codes.isEmpty()) {
            checks.add("languages", "at least one working language is required; the first is the host language");
        }
        for (Language l : title.asMap().keySet()) {
            if (!languages.isEmpty() && !languages.contains(l)) {
                checks.add("title." + l.code(), "is not one of the event's working languages");
            }
        }
        checks.throwIfAny("The event cannot be saved");
        return new Valid(d.kind(), title, city, host, zone, new ArrayList<>(languages));
    }

    private static String summary(Event e) {
        return e.getKind() + " " + e.getTitle().in(e.hostLanguage()) + " " + e.getStartsOn() + "–" + e.getEndsOn()
                + " " + e.getTimeZone() + " " + e.getLanguages().stream().map(Language::code).toList();
    }
}
