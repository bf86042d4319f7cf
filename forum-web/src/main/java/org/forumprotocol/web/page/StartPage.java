package org.forumprotocol.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.forumprotocol.core.config.ForumSettings;
import org.forumprotocol.core.startup.ForumStartup;

/** The facts about this installation that the start page shows. */
@Named
@RequestScoped
public class StartPage {

    @Inject
    ForumStartup startup;

    @Inject
    ForumSettings settings;

    /**
     * The greeting around the user name: the name sits in its own element (id "signed-in-user"), and
     * languages put it in different places ("Welcome, admin!" but "admin님, 환영합니다!").
     */
    public String getGreetingBefore() {
        return greeting()[0];
    }

    public String getGreetingAfter() {
        return greeting()[1];
    }

    private static String[] greeting() {
        String pattern = Texts.get("start.greeting");
        int at = pattern.indexOf("{0}");
        return at < 0 ? new String[] {pattern + " ", ""} : new String[] {pattern.substring(0, at), pattern.substring(at + 3)};
    }

    public String getSchemaVersion() {
        return startup.schemaVersion();
    }

    public boolean isMailConfigured() {
        return settings.mail().configured();
    }
}
