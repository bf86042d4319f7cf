package org.forumprotocol.core.mail;

import jakarta.persistence.Column;
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

    byte[] content() {
        return content.clone();
    }
}
