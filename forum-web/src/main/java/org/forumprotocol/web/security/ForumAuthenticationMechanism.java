package org.forumprotocol.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.forumprotocol.core.account.Account;
import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.account.LoginResult;
import org.forumprotocol.core.account.Role;
import org.forumprotocol.web.rest.Problem;
import org.forumprotocol.web.rest.ProblemMapper;

/**
 * One mechanism for two kinds of client: pages sign in through the login form and keep a session;
 * API clients send HTTP Basic with each request. An unauthenticated page request is sent to the login
 * page; an unauthenticated API request gets 401 with a challenge and a problem body, never a redirect.
 */
@ApplicationScoped
public class ForumAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String BASIC_CHALLENGE = "Basic realm=\"Forum Protocol\", charset=\"UTF-8\"";
    /** Request attribute with the {@link LoginResult} of a form login, for the login page's message. */
    public static final String LOGIN_RESULT = "forum.loginResult";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Principal signedIn = request.getUserPrincipal();
        if (signedIn != null && !context.isAuthenticationRequest()) {
            // The container restored the caller from the session registered at form login.
            return restore(signedIn, request, response, context);
        }
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            LoginResult result = accounts.authenticate(form.getCaller(), form.getPasswordAsString());
            request.setAttribute(LOGIN_RESULT, result);
            if (!result.accepted()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation: the id before login is worthless after it
            }
            // Only pages keep a session; API clients authenticate every request and get none.
            context.setRegisterSession(result.username(), groups(result.roles()));
            return context.notifyContainerAboutLogin(result.username(), groups(result.roles()));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip(), response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return refuse(response, 401, "Sign in first: send your user name and password (HTTP Basic)", null);
        }
        String next = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            next += "?" + request.getQueryString();
        }
        return toLoginPage(request, response, context, request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /**
     * A Faces Ajax request cannot follow a plain 302; it gets a partial response that tells the page
     * itself to go to the login page.
     */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context, String location) {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(location);
        }
        response.setStatus(200);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            response.flushBuffer();
        } catch (IOException e) {
            // The client has gone; nothing more to tell it.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * Re-reads the account on every page request of a session, so that disabling an account or changing
     * its roles takes effect at once, on every instance, rather than when the session ends.
     */
    private AuthenticationStatus restore(Principal principal, HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        Optional<Account> account = accounts.find(principal.getName()).filter(Account::isEnabled);
        if (account.isEmpty()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (isApi(request)) {
                return refuse(response, 401, "Your account has been disabled or removed", null);
            }
            return toLoginPage(request, response, context, request.getContextPath() + LOGIN_PAGE);
        }
        return context.notifyContainerAboutLogin(principal.getName(), groups(account.get().getRoles()));
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(response, 401, "The Authorization header is not valid HTTP Basic", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(response, 401, "The Authorization header is not valid HTTP Basic", null);
        }
        LoginResult result = accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (result.outcome() == LoginResult.Outcome.LOCKED) {
            long seconds = Math.max(1, Duration.between(clock.instant(), result.retryAfter()).toSeconds());
            return refuse(response, 429, "Too many failed logins for this account; try again in " + seconds + " seconds", seconds);
        }
        if (!result.accepted()) {
            return refuse(response, 401, "Unknown user name or wrong password, or the account is disabled", null);
        }
        return context.notifyContainerAboutLogin(result.username(), groups(result.roles()));
    }

    private AuthenticationStatus refuse(HttpServletResponse response, int status, String detail, Long retryAfter) {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        }
        if (retryAfter != null) {
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.setContentType(ProblemMapper.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        String title = status == 429 ? "Too Many Requests" : "Unauthorized";
        try {
            response.getWriter().write(jsonb.toJson(new Problem("about:blank", title, status, detail, null, java.util.List.of())));
            response.flushBuffer();
        } catch (IOException e) {
            // The client has gone; nothing more to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
