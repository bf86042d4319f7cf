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

/** One saved state of a memorandum's draft: who saved it, when, and the whole text as it was. Never changed. */
@Entity
@Table(name = "memorandum_revision")
@NamedQuery(name = "MemorandumRevision.of",
        query = "select r from MemorandumRevision r where r.memorandumId = :memorandum order by r.number")
public class MemorandumRevision {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Column(name = "memorandum_id", nullable = false, updatable = false)
    private Long memorandumId;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = 200)
    private String author;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String snapshot;

    protected MemorandumRevision() {
    }

    MemorandumRevision(long memorandumId, int number, String author, Instant savedAt, String snapshot) {
        this.memorandumId = memorandumId;
        this.number = number;
        this.author = author;
        this.savedAt = savedAt;
        this.snapshot = snapshot;
    }

    public Long getId() {
        return id;
    }

    public Long getMemorandumId() {
        return memorandumId;
    }

    public int getNumber() {
        return number;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSnapshot() {
        return snapshot;
    }

    public MemorandumContent content() {
        return MemorandumJson.read(snapshot);
    }
}
