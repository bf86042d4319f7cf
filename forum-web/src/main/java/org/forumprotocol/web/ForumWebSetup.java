package org.forumprotocol.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.mail.MailDelivery;
import org.forumprotocol.core.startup.ForumStartup;
import org.forumprotocol.web.mail.Invitations;
import org.forumprotocol.web.memorandum.DemoMemorandum;

/**
 * Starts the application (configuration, migrations, first account, demonstration data, then mail delivery and the
 * composing of interrupted invitations) and hardens the
 * session cookie where web.xml cannot express it.
 */
@WebListener
public class ForumWebSetup implements ServletContextListener {

    @Inject
    ForumStartup startup;

    @Inject
    MailDelivery mailDelivery;

    @Inject
    DemoMemorandum demoMemorandum;

    @Inject
    Invitations invitations;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
        if (startup.demoLoaded()) {
            // The core's demonstration data cannot sign (no forum-docs there); its memorandum is made here, once.
            demoMemorandum.load();
        }
        if (startup.isReady()) {
            // Only on a migrated schema: the dispatcher's first poll reads the outbox.
            mailDelivery.start();
            // Invitations whose composing the last stop interrupted are carried on, with or without a mail server.
            invitations.start();
        }
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("FORUMSESSION");
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        // Behind an HTTPS proxy the container sees plain HTTP, so the public address decides.
        if (ForumSettings.load().secureCookies()) {
            cookie.setSecure(true);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        invitations.stop();
        mailDelivery.stop();
    }
}
