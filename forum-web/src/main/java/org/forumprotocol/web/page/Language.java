package org.forumprotocol.web.page;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.account.Accounts;

/**
 * The language of the page being rendered. A choice made with the switcher lives in a cookie, so it
 * holds on the login page too; without one, the browser's preferred languages decide (Russian when
 * none of them is offered).
 */
@Named("language")
@RequestScoped
public class Language {
    public static final String COOKIE = "forum-lang";
    public static final String DEFAULT = "ru";
    static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    /** A language as the switcher offers it: always named in itself, whatever the page language is. */
    public record Option(String code, String name) {
    }

    public static final List<Option> OPTIONS = List.of(
            new Option("kk", "Қазақша"),
            new Option("ru", "Русский"),
            new Option("en", "English"),
            new Option("ko", "한국어"));

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(resolve());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public List<Option> getOptions() {
        return OPTIONS;
    }

    /** The page language as the domain names it, for choosing among the texts of an event or delegate. */
    public org.forumprotocol.core.i18n.Language getDomain() {
        return org.forumprotocol.core.i18n.Language.of(getCode()).orElse(org.forumprotocol.core.i18n.Language.RU);
    }

    /** A language's name in itself ("Қазақша", "한국어"), as the switcher shows it; the code when unknown. */
    public static String nameOf(String code) {
        return OPTIONS.stream().filter(o -> o.code().equals(code)).map(Option::name).findFirst().orElse(code);
    }

    /** For pages: {@code #{language.name('ko')}}. */
    public String name(String code) {
        return nameOf(code);
    }

    /**
     * Where the switcher returns to: the page as it was requested, so that a parameter such as the
     * login page's {@code next} survives the change of language.
     */
    public String getReturnPath() {
        String contextPath = request.getContextPath();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri instanceof String uri) {
            return LocalPaths.orStart(stripContext(uri, contextPath));
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.isPostback() && faces.getViewRoot() != null) {
            // A postback is addressed to the bare view; its view parameters still hold the original query.
            String url = faces.getApplication().getViewHandler()
                    .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
            return LocalPaths.orStart(stripContext(url, contextPath));
        }
        String path = stripContext(request.getRequestURI(), contextPath);
        String query = request.getQueryString();
        return LocalPaths.orStart(query == null ? path : path + "?" + query);
    }

    private String resolve() {
        String chosen = chosen(request);
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        // Without Accept-Language the container would offer its own default locale, not the office's.
        if (faces != null && request.getHeader("Accept-Language") != null) {
            String negotiated = faces.getApplication().getViewHandler().calculateLocale(faces).getLanguage();
            if (Accounts.LANGUAGES.contains(negotiated)) {
                return negotiated;
            }
        }
        return DEFAULT;
    }

    /** The language chosen with the switcher, if the cookie holds one this application offers. */
    public static String chosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && Accounts.LANGUAGES.contains(c.getValue())) {
                return c.getValue();
            }
        }
        return null;
    }

    /** Remembers the language in this browser for a year; the page scripts never need to read it. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String code, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, code);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(COOKIE_MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String stripContext(String uri, String contextPath) {
        return !contextPath.isEmpty() && uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
    }
}
