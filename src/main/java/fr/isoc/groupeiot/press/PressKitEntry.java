package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.platform.persistence.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A file of the media library in the press kit, in one section, with its credit and licence (required for a photo).
 * The media file stays the library's: the entry only names it.
 */
@Entity
@Table(name = "press_kit_entry")
public class PressKitEntry {

    public static final int CREDIT_MAX = 300;

    @Id
    @SequenceGenerator(name = "press_kit_entry_seq", sequenceName = "press_kit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "press_kit_entry_seq")
    private Long id;

    @Column(name = "media_id", nullable = false, unique = true)
    private long mediaId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private KitSection section;
    @Column(length = CREDIT_MAX)
    private String credit;
    @Column(length = CREDIT_MAX)
    private String licence;
    @Column(nullable = false)
    private int position;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    protected PressKitEntry() {
    }

    PressKitEntry(long mediaId, KitSection section, String credit, String licence, int position, Instant now) {
        this.mediaId = mediaId;
        this.position = position;
        describe(section, credit, licence, now);
    }

    /** Section, credit and licence; a photo without credit or licence is refused, naming what is missing. */
    void describe(KitSection section, String credit, String licence, Instant now) {
        String cleanCredit = clean(credit);
        String cleanLicence = clean(licence);
        if (section == null) {
            throw new KitRefusedException(KitRefusedException.Reason.SECTION_REQUIRED);
        }
        if (section.isCreditRequired() && cleanCredit == null) {
            throw new KitRefusedException(KitRefusedException.Reason.CREDIT_REQUIRED);
        }
        if (section.isCreditRequired() && cleanLicence == null) {
            throw new KitRefusedException(KitRefusedException.Reason.LICENCE_REQUIRED);
        }
        this.section = section;
        this.credit = cleanCredit;
        this.licence = cleanLicence;
        this.updatedAt = Columns.utc(now);
    }

    void moveTo(int position, Instant now) {
        if (this.position != position) {
            this.position = position;
            this.updatedAt = Columns.utc(now);
        }
    }

    private static String clean(String text) {
        String stripped = Columns.blankToNull(text);
        if (stripped != null && stripped.length() > CREDIT_MAX) {
            throw new KitRefusedException(KitRefusedException.Reason.TOO_LONG);
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public long getMediaId() {
        return mediaId;
    }

    public KitSection getSection() {
        return section;
    }

    public String getCredit() {
        return credit;
    }

    public String getLicence() {
        return licence;
    }

    public int getPosition() {
        return position;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public int getVersion() {
        return version;
    }
}
