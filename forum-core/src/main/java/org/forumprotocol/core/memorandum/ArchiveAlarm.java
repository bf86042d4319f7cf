package org.forumprotocol.core.memorandum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A stored copy of a memorandum whose bytes no longer have the SHA-256 recorded for them: the copy was damaged or
 * altered in the database. Recorded when someone asked for the copy (and was refused it); never changed.
 */
@Entity
@Table(name = "archive_alarm")
@NamedQuery(name = "ArchiveAlarm.all", query = "select a from ArchiveAlarm a order by a.detectedAt desc, a.id desc")
public class ArchiveAlarm {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "memorandum_id", nullable = false, updatable = false)
    private Long memorandumId;

    /** Which copy: "archived PDF", "agreed PDF" or "PDF after signature 2". */
    @Column(name = "stored_copy", nullable = false, updatable = false, length = 40)
    private String storedCopy;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    @Column(name = "detected_by", nullable = false, updatable = false, length = 200)
    private String detectedBy;

    @Column(name = "expected_sha256", nullable = false, updatable = false, length = 64)
    private String expectedSha256;

    @Column(name = "actual_sha256", nullable = false, updatable = false, length = 64)
    private String actualSha256;

    protected ArchiveAlarm() {
    }

    ArchiveAlarm(long memorandumId, String storedCopy, Instant detectedAt, String detectedBy, String expectedSha256,
                 String actualSha256) {
        this.memorandumId = memorandumId;
        this.storedCopy = storedCopy;
        this.detectedAt = detectedAt;
        this.detectedBy = detectedBy;
        this.expectedSha256 = expectedSha256;
        this.actualSha256 = actualSha256;
    }

    public Long getId() {
        return id;
    }

    public Long getMemorandumId() {
        return memorandumId;
    }

    public String getStoredCopy() {
        return storedCopy;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public String getDetectedBy() {
        return detectedBy;
    }

    public String getExpectedSha256() {
        return expectedSha256;
    }

    public String getActualSha256() {
        return actualSha256;
    }
}
