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

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "archived_pdf")
    private byte[] archivedPdf;

    @Column(name = "archived_sha256", length = 64)
    private String archivedSha256;

    @Column(name = "retention_years")
    private Integer retentionYears;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Classification classification;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "archived_by", length = 200)
    private String archivedBy;

    /** The date of signing the text states; set when archived, for the archive's date range. */
    @Column(name = "signing_date")
    private java.time.LocalDate signingDate;

    @Column(name = "search_countries", length = 100)
    private String searchCountries;

    @Column(name = "search_languages", length = 20)
    private String searchLanguages;

    @Column(name = "search_parties", length = 60_000)
    private String searchParties;

    @Column(name = "search_signatories", length = 20_000)
    private String searchSignatories;

    @Column(name = "search_text", length = 1_000_000)
    private String searchText;

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

    /** Stores the archive copy and what the archive search reads; the state moves to ARCHIVED. */
    void archive(byte[] pdf, String sha256, int retentionYears, Classification classification, String archivedBy, Instant now) {
        MemorandumContent c = content();
        this.archivedPdf = pdf.clone();
        this.archivedSha256 = sha256;
        this.retentionYears = retentionYears;
        this.classification = classification;
        this.archivedAt = now;
        this.archivedBy = archivedBy;
        this.signingDate = c.signingDate();
        this.searchCountries = ArchiveIndex.countries(c);
        this.searchLanguages = ArchiveIndex.languages(c);
        this.searchParties = ArchiveIndex.parties(c);
        this.searchSignatories = ArchiveIndex.signatories(c);
        this.searchText = ArchiveIndex.fullText(c);
        moveTo(MemorandumState.ARCHIVED, now);
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

    /** The archive copy as stored, unchecked: {@link Memoranda#archivedPdf} checks it against its SHA-256. */
    byte[] storedArchivedPdf() {
        return archivedPdf;
    }

    /** The agreed PDF as stored, unchecked, not copied. */
    byte[] storedAgreedPdf() {
        return agreedPdf;
    }

    public String getArchivedSha256() {
        return archivedSha256;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public Classification getClassification() {
        return classification;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    /** The end of the retention period: the archiving date plus the retention years, or null before archiving. */
    public java.time.LocalDate retainUntil() {
        return archivedAt == null || retentionYears == null ? null
                : archivedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusYears(retentionYears);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
