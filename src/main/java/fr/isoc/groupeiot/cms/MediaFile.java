package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An image or PDF of the media library. Its bytes live in the media directory under its SHA-256 (the same content
 * is one file), so its public URL never changes meaning and may be cached for ever.
 */
@Entity
@Table(name = "media_file")
public class MediaFile {

    /** Widths of the smaller copies made of an image wider than them, for responsive {@code srcset}. */
    public static final List<Integer> RESPONSIVE_WIDTHS = List.of(480, 960);

    @Id
    @SequenceGenerator(name = "media_file_seq", sequenceName = "media_file_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_file_seq")
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String sha256;
    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "original_name", nullable = false, length = 200)
    private String originalName;
    @Column(name = "title_fr", length = 200)
    private String titleFr;
    @Column(name = "title_en", length = 200)
    private String titleEn;
    @Column(name = "alt_fr", length = 300)
    private String altFr;
    @Column(name = "alt_en", length = 300)
    private String altEn;
    private Integer width;
    private Integer height;
    @Column(name = "uploaded_by", nullable = false, length = 320)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;
    @Version
    private int version;

    protected MediaFile() {
    }

    MediaFile(MediaStore.Received received, String originalName, MediaTexts texts, String uploadedBy, Instant now) {
        this.sha256 = received.sha256();
        this.mediaType = received.kind().mediaType();
        this.sizeBytes = received.size();
        this.originalName = originalName;
        this.width = received.width();
        this.height = received.height();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now.atOffset(ZoneOffset.UTC);
        describe(texts);
    }

    /** Titles (optional) and alternative texts (required for an image, in both languages). */
    void describe(MediaTexts texts) {
        MediaTexts clean = texts.stripped();
        if (isImage() && (clean.altFr() == null || clean.altEn() == null)) {
            throw new MediaRefusedException(MediaRefusedException.Reason.ALT_REQUIRED);
        }
        this.titleFr = clean.titleFr();
        this.titleEn = clean.titleEn();
        this.altFr = clean.altFr();
        this.altEn = clean.altEn();
    }

    public MediaKind getKind() {
        return MediaKind.ofMediaType(mediaType).orElseThrow();
    }

    public boolean isImage() {
        return MediaKind.ofMediaType(mediaType).map(MediaKind::isImage).orElse(false);
    }

    /** The public address: content hash first (what is served), then the file name (what people and downloads see). */
    public String getUrl() {
        return "/media/" + sha256 + "/" + URLEncoder.encode(originalName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The responsive widths made for this image (those smaller than the original). */
    public List<Integer> getResponsiveWidths() {
        return getKind().hasResponsiveCopies() && width != null
                ? RESPONSIVE_WIDTHS.stream().filter(w -> w < width).toList()
                : List.of();
    }

    /** The smallest copy for a thumbnail, or the original. */
    public String getThumbnailUrl() {
        List<Integer> widths = getResponsiveWidths();
        return widths.isEmpty() ? getUrl() : getUrl() + "?w=" + widths.getFirst();
    }

    public String title(Language language) {
        return language == Language.FRENCH ? titleFr : titleEn;
    }

    /** The title in this language, else the one in the other language (a file described in one language only), else null. */
    public String titleOrOther(Language language) {
        String title = title(language);
        return title != null ? title : title(language.other());
    }

    public String alt(Language language) {
        return language == Language.FRENCH ? altFr : altEn;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getAltFr() {
        return altFr;
    }

    public String getAltEn() {
        return altEn;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant();
    }

    public int getVersion() {
        return version;
    }
}
