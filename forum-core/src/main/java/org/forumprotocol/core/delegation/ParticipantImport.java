package org.forumprotocol.core.delegation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.forumprotocol.core.FieldChecks;
import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.ForumException.FieldError;
import org.forumprotocol.core.ForumException.Kind;
import org.forumprotocol.core.audit.AuditTrail;
import org.forumprotocol.core.delegation.DelegateDetails.NameDetails;
import org.forumprotocol.core.delegation.DelegationRules.ValidDelegate;
import org.forumprotocol.core.delegation.DelegationRules.ValidDelegation;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.event.Events;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.core.i18n.TextRules;

/**
 * Registers a whole list of participants from a file (one row per delegate, see {@link ParticipantColumns}).
 * Rows are grouped into delegations by country: the event's delegation of that country is reused, otherwise
 * one is created. Every row is checked with the same rules as a delegate entered by hand; the import is all
 * or nothing, and a refusal names every rejected cell as {@code rows[N].column}, N being the row number a
 * person sees in the sheet (the header is row 1). A dry run checks and counts without storing anything.
 */
@ApplicationScoped
@Transactional
public class ParticipantImport {
    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 5_000;
    static final String ENTITY = "Event";
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** What an import did, or would do in a dry run. */
    public record Result(boolean dryRun, int delegationsCreated, int delegationsReused, int delegatesAdded) {
    }

    private EntityManager em;
    private Events events;
    private AuditTrail audit;

    protected ParticipantImport() {
    }

    @Inject
    public ParticipantImport(EntityManager em, Events events, AuditTrail audit) {
        this.em = em;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Checks every row and, unless {@code dryRun}, stores them all with one audit entry. {@code source} names
     * the file in the audit trail.
     */
    public Result run(long eventId, ParticipantSheet sheet, boolean dryRun, String source) {
        Event event = events.get(eventId);
        checkHeaders(sheet.headers());
        List<ParticipantSheet.Row> rows = sheet.rows().stream()
                .filter(r -> !r.cells().isEmpty() || r.cellsWithoutHeader() > 0).toList();
        if (rows.size() > MAX_ROWS) {
            throw new ForumException(Kind.INVALID, "The file has " + rows.size() + " rows; at most " + MAX_ROWS + " can be imported at once",
                    List.of(new FieldError("file", "at most " + MAX_ROWS + " rows; split the file")));
        }
        if (rows.isEmpty()) {
            throw new ForumException(Kind.UNPROCESSABLE, "The file has no participants below the header row",
                    List.of(new FieldError("rows", "no rows below the header row")));
        }

        Plan plan = plan(event, rows);
        if (!plan.errors.isEmpty()) {
            plan.errors.sort(Comparator.comparingInt(RowError::row));
            List<FieldError> errors = plan.errors.stream().map(RowError::error).toList();
            Set<Integer> rejected = new TreeSet<>();
            plan.errors.forEach(e -> rejected.add(e.row()));
            throw new ForumException(Kind.UNPROCESSABLE, rejected.size() + " of " + rows.size()
                    + " rows cannot be imported; nothing was stored. Correct them and import the file again.", errors);
        }

        int created = (int) plan.groups.values().stream().filter(g -> g.isNew).count();
        int reused = plan.groups.size() - created;
        Result result = new Result(dryRun, created, reused, plan.delegates.size());
        if (dryRun) {
            return result;
        }
        for (Group group : plan.groups.values()) {
            if (group.isNew) {
                group.delegation = new Delegation(event);
                group.valid.applyTo(group.delegation);
                em.persist(group.delegation);
            }
        }
        for (PlannedDelegate planned : plan.delegates) {
            Delegate delegate = new Delegate(planned.group.delegation);
            planned.valid.applyTo(delegate);
            em.persist(delegate);
        }
        em.flush();
        audit.record(ENTITY, eventId, "IMPORT_PARTICIPANTS", summary(result, plan, source));
        return result;
    }

    // --- the header row ---

    private static void checkHeaders(List<String> headers) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            if (header.isEmpty()) {
                continue;
            }
            if (!ParticipantColumns.IMPORTED.contains(header) && !ParticipantColumns.EXPORT_ONLY.contains(header)) {
                errors.add(new FieldError("rows[1]." + header, "unknown column '" + header + "'; the columns are "
                        + String.join(", ", ParticipantColumns.IMPORTED)));
            } else if (!seen.add(header)) {
                errors.add(new FieldError("rows[1]." + header, "the column appears twice"));
            }
        }
        if (!seen.contains(ParticipantColumns.COUNTRY)) {
            errors.add(new FieldError("rows[1]." + ParticipantColumns.COUNTRY,
                    "the column is required: it groups the rows into delegations"));
        }
        if (!errors.isEmpty()) {
            throw new ForumException(Kind.UNPROCESSABLE, "The header row (row 1) does not name the columns of a participant file; "
                    + "download the template to see them", errors);
        }
    }

    // --- checking every row ---

    private record RowError(int row, FieldError error) {
    }

    /** The delegation a country's rows go into: the event's own of that country, or a new one. */
    private static final class Group {
        final String country;
        final boolean isNew;
        /** The existing delegation, or the new one once it is stored. */
        Delegation delegation;
        /** A new delegation as the rules accepted it. */
        ValidDelegation valid;
        boolean hasHead;
        Integer headRow;
        /** The delegation's name per language and the row it was taken from. */
        final Map<Language, String> names = new LinkedHashMap<>();
        final Map<Language, Integer> nameRows = new HashMap<>();

        Group(String country, Delegation existing, boolean hasHead) {
            this.country = country;
            this.isNew = existing == null;
            this.delegation = existing;
            this.hasHead = hasHead;
        }
    }

    private record PlannedDelegate(Group group, ValidDelegate valid) {
    }

    private static final class Plan {
        final Map<String, Group> groups = new LinkedHashMap<>();
        final List<PlannedDelegate> delegates = new ArrayList<>();
        final List<RowError> errors = new ArrayList<>();
    }

    private Plan plan(Event event, List<ParticipantSheet.Row> rows) {
        Map<String, Delegation> existing = new HashMap<>();
        for (Delegation d : em.createNamedQuery("Delegation.ofEvent", Delegation.class).setParameter("event", event.getId()).getResultList()) {
            existing.putIfAbsent(d.getCountry(), d);
        }
        Set<Long> headed = new HashSet<>(em.createNamedQuery("Delegate.headedDelegationsOfEvent", Long.class)
                .setParameter("event", event.getId()).getResultList());
        Set<String> emailsInEvent = new HashSet<>(em.createNamedQuery("Delegate.emailsOfEvent", String.class)
                .setParameter("event", event.getId()).getResultList());
        Map<String, Integer> emailRows = new HashMap<>();

        Plan plan = new Plan();
        for (ParticipantSheet.Row row : rows) {
            int n = row.number();
            FieldChecks checks = new FieldChecks();
            String country = DelegationRules.country(checks, "country", row.cell(ParticipantColumns.COUNTRY));
            ValidDelegate valid = DelegationRules.delegate(details(row, checks), checks);
            List<FieldError> rowErrors = new ArrayList<>(checks.errors());
            if (row.cellsWithoutHeader() > 0) {
                rowErrors.add(new FieldError("", row.cellsWithoutHeader() + " filled cell(s) in columns without a header; "
                        + "give the column a name from the template or empty the cells"));
            }

            Group group = null;
            if (country != null) {
                Delegation found = existing.get(country);
                group = plan.groups.computeIfAbsent(country,
                        c -> new Group(c, found, found != null && headed.contains(found.getId())));
                if (group.isNew) {
                    rowErrors.addAll(takeDelegationNames(group, row));
                }
                if (valid.role() == DelegateRole.HEAD) {
                    if (group.hasHead && group.headRow == null) {
                        rowErrors.add(new FieldError("role", "the delegation of " + country
                                + " in this event already has a head; make this person a MEMBER or change the current head first"));
                    } else if (group.headRow != null) {
                        rowErrors.add(new FieldError("role", "row " + group.headRow + " is already the head of the delegation of "
                                + country + "; a delegation has one head"));
                    } else {
                        group.hasHead = true;
                        group.headRow = n;
                    }
                }
            }
            if (valid.email() != null && !checks.has("email")) {
                if (emailsInEvent.contains(valid.email())) {
                    rowErrors.add(new FieldError("email", "already used by another participant of this event"));
                } else if (emailRows.containsKey(valid.email())) {
                    rowErrors.add(new FieldError("email", "the same address as in row " + emailRows.get(valid.email())
                            + "; every participant needs an address of their own"));
                } else {
                    emailRows.put(valid.email(), n);
                }
            }

            rowErrors.sort(Comparator.comparingInt(e -> columnOrder(column(e.field()))));
            for (FieldError e : rowErrors) {
                String column = column(e.field());
                plan.errors.add(new RowError(n, new FieldError("rows[" + n + "]" + (column.isEmpty() ? "" : "." + column),
                        "names".equals(e.field()) ? e.message() + ": fill family_… or given_… in kk, ru, en or ko" : e.message())));
            }
            if (rowErrors.isEmpty() && group != null) {
                plan.delegates.add(new PlannedDelegate(group, valid));
            }
        }

        for (Group group : plan.groups.values()) {
            if (group.isNew) {
                validateNewDelegation(event, group, plan);
            }
        }
        return plan;
    }

    private static DelegateDetails details(ParticipantSheet.Row row, FieldChecks checks) {
        Map<String, NameDetails> names = new LinkedHashMap<>();
        Map<String, String> position = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            String family = row.cell(ParticipantColumns.family(l));
            String given = row.cell(ParticipantColumns.given(l));
            if (family != null || given != null) {
                names.put(l.code(), new NameDetails(family, given, null));
            }
            String p = row.cell(ParticipantColumns.position(l));
            if (p != null) {
                position.put(l.code(), p);
            }
        }
        LocalDate since = date(checks, "rankSince", row.cell(ParticipantColumns.RANK_SINCE));
        return new DelegateDetails(names, position, null, row.cell(ParticipantColumns.GENDER), row.cell(ParticipantColumns.RANK),
                since, null, row.cell(ParticipantColumns.ROLE), row.cell(ParticipantColumns.EMAIL), row.cell(ParticipantColumns.PHONE),
                row.cell(ParticipantColumns.LANGUAGE), row.cell(ParticipantColumns.DIETARY_NEEDS),
                row.cell(ParticipantColumns.ACCESSIBILITY_NEEDS), null);
    }

    /** 2023-05-10 as the template has it; 10.05.2023 too, as spreadsheets in Kazakh or Russian write dates. */
    private static LocalDate date(FieldChecks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains(".") ? LocalDate.parse(v, DOTTED_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            checks.add(field, "must be a date such as 2023-05-10 (year-month-day), not '" + value + "'");
            return null;
        }
    }

    /** The first name given for each language wins; a different one in a later row of the same country is an error. */
    private static List<FieldError> takeDelegationNames(Group group, ParticipantSheet.Row row) {
        List<FieldError> errors = new ArrayList<>();
        for (Language l : Language.values()) {
            String value = row.cell(ParticipantColumns.delegation(l));
            String clean = TextRules.clean(value);
            if (clean == null) {
                continue;
            }
            String known = group.names.get(l);
            if (known == null) {
                group.names.put(l, value);
                group.nameRows.put(l, row.number());
            } else if (!clean.equals(TextRules.clean(known))) {
                errors.add(new FieldError("name." + l.code(), "differs from row " + group.nameRows.get(l) + " ('" + known
                        + "'); the rows of one country form one delegation with one name"));
            }
        }
        return errors;
    }

    /** The rules of a delegation entered by hand; without any name, the country's name in each working language. */
    private static void validateNewDelegation(Event event, Group group, Plan plan) {
        Map<String, String> names = new LinkedHashMap<>();
        group.names.forEach((l, v) -> names.put(l.code(), v));
        if (names.isEmpty()) {
            for (Language l : event.getLanguages()) {
                names.put(l.code(), Countries.name(group.country, l));
            }
        }
        FieldChecks checks = new FieldChecks();
        group.valid = DelegationRules.delegation(new DelegationDetails(group.country, names, null, null, null, null, null,
                null, null, null, null, null, null), checks);
        for (FieldError e : checks.errors()) {
            Integer row = e.field().startsWith("name.") ? Language.of(e.field().substring(5)).map(group.nameRows::get).orElse(null) : null;
            int n = row == null ? 1 : row;
            plan.errors.add(new RowError(n, new FieldError("rows[" + n + "]." + column(e.field()), e.message())));
        }
    }

    /** The column of the file that a field of {@link DelegateDetails} or {@link DelegationDetails} came from. */
    static String column(String field) {
        String[] parts = field.split("\\.");
        return switch (parts[0]) {
            case "names" -> parts.length == 3 ? parts[2] + "_" + parts[1] : "names";
            case "position" -> parts.length == 2 ? "position_" + parts[1] : "position";
            case "name" -> parts.length == 2 ? "delegation_" + parts[1] : "delegation";
            case "rankSince" -> ParticipantColumns.RANK_SINCE;
            case "dietaryNeeds" -> ParticipantColumns.DIETARY_NEEDS;
            case "accessibilityNeeds" -> ParticipantColumns.ACCESSIBILITY_NEEDS;
            case "head" -> ParticipantColumns.ROLE;
            default -> field;
        };
    }

    /** Errors of a row in the order of the file's columns; one about the whole row first. */
    private static int columnOrder(String column) {
        if (column.isEmpty()) {
            return -1;
        }
        int index = ParticipantColumns.IMPORTED.indexOf("names".equals(column) ? ParticipantColumns.family(Language.KK) : column);
        return index < 0 ? ParticipantColumns.IMPORTED.size() : index;
    }

    private static String summary(Result result, Plan plan, String source) {
        List<String> created = new ArrayList<>();
        List<String> reused = new ArrayList<>();
        plan.groups.values().forEach(g -> (g.isNew ? created : reused).add(g.country));
        String file = TextRules.problem(source, 200).isEmpty() && TextRules.clean(source) != null ? " from " + TextRules.clean(source) : "";
        return result.delegatesAdded() + " participants imported" + file + "; delegations created: "
                + (created.isEmpty() ? "none" : String.join(", ", created)) + "; reused: " + (reused.isEmpty() ? "none" : String.join(", ", reused));
    }
}
