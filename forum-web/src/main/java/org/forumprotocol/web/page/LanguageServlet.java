package org.forumprotocol.web.page;

import java.io.IOException;
import java.security.Principal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.account.Accounts;
import org.forumprotocol.core.config.ForumSettings;

/**
 * Receives the language switcher. It is a plain POST target rather than a Faces action because the
 * switcher must also work where no Faces form can post back: on the login page before a session
 * exists and on error pages, whose views live under WEB-INF.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient ForumSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter("lang");
        if (code != null && Accounts.LANGUAGES.contains(code)) {
            Language.remember(request, response, code, settings.secureCookies());
            Principal caller = request.getUserPrincipal();
            if (caller != null) {
                accounts.rememberLanguage(caller.getName(), code);
            }
        }
        Redirects.seeOther(request, response, LocalPaths.orStart(request.getParameter("return")));
    }
}
