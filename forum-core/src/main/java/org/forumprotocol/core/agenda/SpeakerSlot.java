package org.forumprotocol.core.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One place in an item's list of speakers: the delegate, and whether an officer put them there by hand
 * ({@code manual}) or the order of precedence did.
 */
@Embeddable
public class SpeakerSlot {
    @Column(name = "delegate_id", nullable = false)
    private Long delegateId;

    @Column(name = "manual_position", nullable = false)
    private boolean manual;

    protected SpeakerSlot() {
    }

    SpeakerSlot(Long delegateId, boolean manual) {
        this.delegateId = delegateId;
        this.manual = manual;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public boolean isManual() {
        return manual;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeakerSlot s && s.delegateId.equals(delegateId) && s.manual == manual;
    }

    @Override
    public int hashCode() {
        return delegateId.hashCode() * 31 + (manual ? 1 : 0);
    }

    @Override
    public String toString() {
        return delegateId + (manual ? "*" : "");
    }
}
