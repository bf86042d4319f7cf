package org.forumprotocol.web.memorandum;

import java.io.Serializable;
import java.time.Instant;

import org.forumprotocol.core.memorandum.ArchiveAlarm;

/** A stored copy of a memorandum found damaged, as the administrators' page lists it. */
public record AlarmRow(long id, long memorandumId, String storedCopy, Instant detectedAt, String detectedBy,
                       String expectedSha256, String actualSha256) implements Serializable {

    public static AlarmRow of(ArchiveAlarm a) {
        return new AlarmRow(a.getId(), a.getMemorandumId(), a.getStoredCopy(), a.getDetectedAt(), a.getDetectedBy(),
                a.getExpectedSha256(), a.getActualSha256());
    }
}
