package org.forumprotocol.core.agenda;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

/**
 * How a {@link ReleasedItem} is stored in its release: what identifies and orders it in columns, the rest as
 * JSON ({@link ReleasedItemJson}). Written once with its release and never changed.
 */
@Embeddable
public class ReleasedItemRow {
    @Column(name = "item_uid", nullable = false, updatable = false, length = 36)
    private String uid;

    @Column(name = "item_sequence", nullable = false, updatable = false)
    private int sequence;

    @Column(nullable = false, updatable = false)
    private boolean cancelled;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, updatable = false, length = 100_000)
    private String content;

    /** Read once per loaded row: a release's items are read far more often than stored. */
    @Transient
    private ReleasedItem item;

    protected ReleasedItemRow() {
    }

    ReleasedItemRow(ReleasedItem item) {
        this.uid = item.uid();
        this.sequence = item.sequence();
        this.cancelled = item.cancelled();
        this.startsAt = item.startsAt();
        this.endsAt = item.endsAt();
        this.content = ReleasedItemJson.write(item);
        this.item = item;
    }

    ReleasedItem item() {
        if (item == null) {
            item = ReleasedItemJson.read(uid, sequence, cancelled, startsAt, endsAt, content);
        }
        return item;
    }

    String uid() {
        return uid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleasedItemRow r && r.uid.equals(uid) && r.sequence == sequence && r.cancelled == cancelled
                && r.startsAt.equals(startsAt) && r.endsAt.equals(endsAt) && r.content.equals(content);
    }

    @Override
    public int hashCode() {
        return uid.hashCode() * 31 + sequence;
    }
}
