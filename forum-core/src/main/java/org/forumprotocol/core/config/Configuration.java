package org.forumprotocol.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Makes the settings and the one clock of the application injectable. */
@ApplicationScoped
public class Configuration {

    @Produces
    @Singleton
    ForumSettings settings() {
        return ForumSettings.load();
    }

    /** The one clock: UTC instants; local times are derived per event time zone where needed. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
