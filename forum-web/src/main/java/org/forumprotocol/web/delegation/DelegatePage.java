package org.forumprotocol.web.delegation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.agenda.AgendaRelease;
import org.forumprotocol.core.agenda.AgendaReleases;
import org.forumprotocol.core.delegation.Attendance;
import org.forumprotocol.core.delegation.Countries;
import org.forumprotocol.core.delegation.Delegate;
import org.forumprotocol.core.delegation.DelegateLinks;
import org.forumprotocol.core.event.Event;
import org.forumprotocol.core.i18n.Language;
import org.forumprotocol.web.agenda.AgendaViews;
import org.forumprotocol.web.agenda.ProgrammeDay;
import org.forumprotocol.web.page.ErrorResponses;
import org.forumprotocol.web.page.ShownText;
import org.forumprotocol.web.page.Texts;

/**
 * A delegate's own page, opened through a private link without an account (delegate.xhtml, reached by
 * {@link PrivatePageServlet}). It is in the delegate's correspondence language whatever the browser
 * chose, shows only the delegate's own details, and takes their answer. The view is stateless: the page
 * works without a session and never expires while the delegate fills it in; the token comes with the
 * form as a hidden field.
 */
@Named
@RequestScoped
public class DelegatePage {
    /** The name of the hidden field that carries the token back with the form. */
    public static final String TOKEN_FIELD = "token";

    @Inject
    HttpServletRequest request;

    @Inject
    DelegateLinks links;

    @Inject
    AgendaReleases releases;

    @Inject
    AgendaViews agendaViews;

    private AgendaRelease release;
    private List<ProgrammeDay> programme;
    private List<String> programmeChanges;

    private boolean resolved;
    private String token;
    private Delegate delegate;

    private Attendance attendance;
    private String arrivalDetails;
    private String dietaryNeeds;

    /**
     * The delegate of this request's token: on the first request the servlet's attribute, on the form's
     * post the hidden field. Never a query parameter, so that no link with the token in its query works.
     */
    private Delegate delegate() {
        if (!resolved) {
            resolved = true;
            Object forwarded = request.getAttribute(PrivatePageServlet.TOKEN);
            token = forwarded instanceof String s ? s
                    : "POST".equals(request.getMethod()) ? request.getParameter(TOKEN_FIELD) : null;
            try {
                delegate = links.open(token);
                attendance = delegate.getAttendance() == Attendance.UNANSWERED ? null : delegate.getAttendance();
                arrivalDetails = delegate.getArrivalDetails();
                dietaryNeeds = delegate.getDietaryNeeds();
            } catch (ForumException e) {
                delegate = null;
            }
        }
        return delegate;
    }

    /** The view action, also on the form's post: a page without a valid link is a missing page. */
    public void check() {
        if (delegate() == null) {
            ErrorResponses.notFound();
            return;
        }
        PrivatePageServlet.protect((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse());
    }

    public void answer() {
        if (delegate() == null) {
            ErrorResponses.notFound();
            return;
        }
        try {
            // Every field of the form is sent: an emptied one clears what was there (null would keep it).
            delegate = links.answer(token, attendance == null ? null : attendance.name(), orEmpty(arrivalDetails),
                    orEmpty(dietaryNeeds));
            Texts.info(null, delegate.getAttendance() == Attendance.DECLINED ? "delegate.saved.declined" : "delegate.saved");
        } catch (ForumException e) {
            if (e.kind() == ForumException.Kind.NOT_FOUND) {
                ErrorResponses.notFound();
                return;
            }
            Texts.refusal(e, Map.of("attendance", "answer:attendance", "arrivalDetails", "answer:arrival",
                    "dietaryNeeds", "answer:dietary"));
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private Language language() {
        return delegate().correspondenceLanguage();
    }

    private Event event() {
        return delegate().getDelegation().getEvent();
    }

    /** The page's language: the delegate's correspondence language, not the browser's or the cookie's. */
    public Locale getLocale() {
        return delegate() == null ? Locale.forLanguageTag(org.forumprotocol.web.page.Language.DEFAULT) : language().javaLocale();
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isValid() {
        return delegate() != null;
    }

    public String getToken() {
        delegate();
        return token;
    }

    public String getName() {
        return delegate().displayName(language());
    }

    public String getFormOfAddress() {
        return delegate().getFormOfAddress().get(language()).orElse(null);
    }

    public ShownText getPosition() {
        return ShownText.of(delegate().getPosition(), language(), event().hostLanguage());
    }

    public ShownText getDelegation() {
        return ShownText.of(delegate().getDelegation().getName(), language(), event().hostLanguage());
    }

    public String getCountry() {
        return Countries.name(delegate().getDelegation().getCountry(), language());
    }

    public ShownText getEventTitle() {
        return ShownText.of(event().getTitle(), language(), event().hostLanguage());
    }

    public ShownText getCity() {
        return ShownText.of(event().getCity(), language(), event().hostLanguage());
    }

    public ShownText getHostOrganisation() {
        return ShownText.of(event().getHostOrganisation(), language(), event().hostLanguage());
    }

    public LocalDate getStartsOn() {
        return event().getStartsOn();
    }

    public LocalDate getEndsOn() {
        return event().getEndsOn();
    }

    /** The latest release's items for this delegate, by day; empty before anything is published. */
    public List<ProgrammeDay> getProgramme() {
        if (programme == null) {
            Event event = event();
            Language l = language();
            release = releases.latest(event.getId()).orElse(null);
            if (release == null) {
                programme = List.of();
                programmeChanges = List.of();
            } else {
                Map<Long, Delegate> delegates = agendaViews.delegatesOf(event.getId());
                programme = ProgrammeDay.of(releases.personalProgramme(delegate().getId(), release), l,
                        event.hostLanguage(), id -> delegates.containsKey(id) ? delegates.get(id).displayName(l) : null);
                programmeChanges = release.isFirst() ? List.of()
                        : releases.personalChangeLog(delegate().getId(), release, l);
            }
        }
        return programme;
    }

    public Integer getProgrammeRelease() {
        getProgramme();
        return release == null ? null : release.getNumber();
    }

    public Instant getProgrammePublishedAt() {
        getProgramme();
        return release == null ? null : release.getPublishedAt();
    }

    /** What the latest release changed in this delegate's programme, in their language. */
    public List<String> getProgrammeChanges() {
        getProgramme();
        return programmeChanges;
    }

    /** What the delegate has answered so far, as stored. */
    public Attendance getStoredAttendance() {
        return delegate().getAttendance();
    }

    public List<Attendance> getAnswers() {
        return List.of(Attendance.CONFIRMED, Attendance.DECLINED);
    }

    public Attendance getAttendance() {
        delegate();
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        delegate(); // first: resolving the link fills the fields with what is stored
        this.attendance = attendance;
    }

    public String getArrivalDetails() {
        delegate();
        return arrivalDetails;
    }

    public void setArrivalDetails(String arrivalDetails) {
        delegate(); // first: resolving the link fills the fields with what is stored
        this.arrivalDetails = arrivalDetails;
    }

    public String getDietaryNeeds() {
        delegate();
        return dietaryNeeds;
    }

    public void setDietaryNeeds(String dietaryNeeds) {
        delegate(); // first: resolving the link fills the fields with what is stored
        this.dietaryNeeds = dietaryNeeds;
    }
}
