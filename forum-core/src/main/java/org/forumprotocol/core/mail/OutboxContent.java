package org.forumprotocol.core.mail;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one message, kept apart so that listing messages never reads them. Never changed. */
@Entity
@Table(name = "outbox_content")
public class OutboxContent {
    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected OutboxContent() {
    }

    OutboxContent(long messageId, byte[] content) {
        this.messageId = messageId;
        this.content = content.clone();
    }

    /**
     * The stored bytes of message {@code id}, or null: read as a value rather than as an entity, which the persistence
     * context would copy (a few hundred kilobytes) to compare at commit although they never change.
     */
    static byte[] of(EntityManager em, long id) {
        List<byte[]> found = em.createQuery("select c.content from OutboxContent c where c.messageId = :id", byte[].class)
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
