package org.forumprotocol.web.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.forumprotocol.core.config.ForumSettings;

/**
 * The address of a delegate's private page, below the public address people use. A bean of its own so
 * that view-scoped pages can use it: the settings themselves are no passivation-capable dependency.
 */
@ApplicationScoped
public class LinkAddresses {

    @Inject
    ForumSettings settings;

    public String privatePage(String token) {
        return settings.publicUrl().toString().replaceAll("/+$", "") + DelegateLinksResource.PAGE_PATH + token;
    }
}
