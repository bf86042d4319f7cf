package org.forumprotocol.web.page;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The unexpected-error page shows a reference instead of the failure itself; the same reference is in
 * the log next to the stack trace, so that support can find it from a person's report.
 */
@Named
@RequestScoped
public class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    HttpServletRequest request;

    private String reference;

    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString();
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Error page shown for " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + ", reference " + reference, failure instanceof Throwable t ? t : null);
        }
        return reference;
    }
}
