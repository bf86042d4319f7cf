package org.forumprotocol.core.mail;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work in a transaction of its own, committed when it returns. The dispatcher claims messages, and
 * records each outcome, in short transactions of their own, and talks to the SMTP server in none: a slow
 * server must not hold database locks. Tests replace it with a resource-local transaction.
 */
@ApplicationScoped
public class NewTransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
