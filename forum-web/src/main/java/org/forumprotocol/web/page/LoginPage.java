package org.forumprotocol.web.page;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.account.Account;
import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.account.LoginResult;
import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.web.security.ForumAuthenticationMechanism;

/** Signs a person in through {@link ForumAuthenticationMechanism} and sends them where they were going. */
@Named
@RequestScoped
public class LoginPage {
    public static final String VIEW = ForumAuthenticationMechanism.LOGIN_PAGE;

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    ForumSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String username;
    private String password;
    private String next;

    /**
     * Someone already signed in has nothing to do here. This page is also what web.xml shows for an
     * expired view; a signed-in person then gets the page they were on afresh rather than a login form.
     */
    public void redirectIfSignedIn() throws IOException {
        if (!currentUser.isSignedIn()) {
            return;
        }
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Object failed = ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        String target = LocalPaths.START;
        if (failed instanceof String uri && uri.startsWith(ext.getRequestContextPath())) {
            String path = uri.substring(ext.getRequestContextPath().length());
            if (LocalPaths.isSafe(path) && !path.equals(VIEW)) {
                target = path;
            }
        }
        ext.redirect(ext.getRequestContextPath() + target);
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        HttpServletResponse response = (HttpServletResponse) ext.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(orEmpty(username), orEmpty(password))));
        password = null;
        LoginResult result = (LoginResult) request.getAttribute(ForumAuthenticationMechanism.LOGIN_RESULT);
        switch (status) {
            case SUCCESS -> {
                adoptStoredLanguage(request, response, result);
                ext.redirect(ext.getRequestContextPath() + LocalPaths.orStart(next));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (result != null && result.outcome() == LoginResult.Outcome.LOCKED && result.retryAfter() != null) {
                    Duration wait = Duration.between(clock.instant(), result.retryAfter());
                    // Rounded up: "try again in 0 seconds" would invite a retry that is still refused.
                    long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
                    Texts.error(null, "login.error.locked", seconds);
                } else {
                    Texts.error(null, "login.error.rejected");
                }
            }
        }
    }

    /** The language stored with the account wins over whatever this browser had chosen before. */
    private void adoptStoredLanguage(HttpServletRequest request, HttpServletResponse response, LoginResult result) {
        String name = result != null ? result.username() : currentUser.getName();
        String stored = accounts.find(name).map(Account::getLanguage).orElse(null);
        if (stored != null && Accounts.LANGUAGES.contains(stored)) {
            Language.remember(request, response, stored, settings.secureCookies());
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
