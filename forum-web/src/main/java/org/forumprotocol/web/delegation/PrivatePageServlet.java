package org.forumprotocol.web.delegation;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.forumprotocol.core.ForumException;
import org.forumprotocol.core.delegation.DelegateLinks;

/**
 * A delegate's private link, /d/{token}: shows the delegate's own page (delegate.xhtml) under the link's
 * address. The token travels to the page as a request attribute, and from there in the body of the
 * page's form, never in a query string, where logs and Referer headers would keep it. Unknown, revoked and
 * expired links get the ordinary 404 page, which tells nothing about why.
 */
@WebServlet("/d/*")
public class PrivatePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Request attribute holding the token of the link being opened. */
    public static final String TOKEN = PrivatePageServlet.class.getName() + ".token";
    public static final String VIEW = "/delegate.xhtml";

    @Inject
    transient DelegateLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String token = token(request.getPathInfo());
        protect(response);
        try {
            links.open(token);
        } catch (ForumException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(TOKEN, token);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    /** The one path segment after /d/, or null. */
    static String token(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            return null;
        }
        return pathInfo.substring(1);
    }

    /** The page is one person's: no cache keeps it, and no link on it tells another site its address. */
    static void protect(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
