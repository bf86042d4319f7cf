package org.forumprotocol.core.memorandum;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A memorandum of understanding (or agreement) between two or more parties, in one version. The text lives as
 * JSON ({@link MemorandumJson}); once agreed, the rendered PDF/A and its SHA-256 are stored and neither the text
 * nor the PDF changes again. An amendment is a new row with the next {@code amendment} number that points to
 * the version it amends.
 */
@Entity
@Table(name = "memorandum")
@NamedQuery(name = "Memorandum.all", query = "select m from Memorandum m order by m.id desc")
public class Memorandum {
    @Id
    @SequenceGenerator(name = "forum_seq", sequenceName = "forum_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_seq")
    private Long id;

    @Version
    private long version;

    /** 1 for the original text, 2 for its first amendment, … */
    @Column(nullable = false, updatable = false)
    private int amendment;

    @Column(name = "amends_id", updatable = false)
    private Long amendsId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemorandumState state;

    /** The title in the first language, for lists; the full text is in {@code content}. */
    @Column(name = "title", nullable = false, length = 1000)
    private String title;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "event_id")
    private Long eventId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "agreed_pdf")
    private byte[] agreedPdf;

    @Column(name = "agreed_sha256", length = 64)
    private String agreedSha256;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Memorandum() {
    }

    Memorandum(MemorandumContent content, int amendment, Long amendsId, Instant now) {
        this.amendment = amendment;
        this.amendsId = amendsId;
        this.state = MemorandumState.DRAFT;
        this.createdAt = now;
        setContent(content, now);
    }

    void setContent(MemorandumContent content, Instant now) {
        if (state != MemorandumState.DRAFT) {
            throw new IllegalStateException("only a draft's text changes");
        }
        this.content = MemorandumJson.write(content);
        this.title = content.title().in(content.languages().get(0));
        this.eventId = content.eventId();
        this.updatedAt = now;
    }

    void agree(byte[] pdf, String sha256, Instant now) {
        this.agreedPdf = pdf.clone();
        this.agreedSha256 = sha256;
        this.agreedAt = now;
        moveTo(MemorandumState.AGREED, now);
    }

    void moveTo(MemorandumState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getAmendment() {
        return amendment;
    }

    public Long getAmendsId() {
        return amendsId;
    }

    public MemorandumState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public MemorandumContent content() {
        return MemorandumJson.read(content);
    }

    String contentJson() {
        return content;
    }

    public Long getEventId() {
        return eventId;
    }

    /** The PDF/A as agreed, or null before agreement. */
    public byte[] agreedPdf() {
        return agreedPdf == null ? null : agreedPdf.clone();
    }

    public String getAgreedSha256() {
        return agreedSha256;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
