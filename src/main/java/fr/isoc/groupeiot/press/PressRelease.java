package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import static fr.isoc.groupeiot.platform.persistence.Columns.blankToNull;

/**
 * What a press release has beyond a content item of type PRESS_RELEASE (same id): the place of its date line
 * ("Paris, 8 January 2019") and the "about" boilerplate, stored sanitized like the body.
 */
@Entity
@Table(name = "press_release")
public class PressRelease {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Column(length = 120)
    private String place;
    @Column(name = "about_html", length = 100_000)
    private String aboutHtml;
    @Version
    private int version;

    protected PressRelease() {
    }

    public PressRelease(long itemId) {
        this.itemId = itemId;
    }

    void describe(String place, String aboutHtml) {
        this.place = blankToNull(place);
        String sanitized = RichText.sanitize(aboutHtml);
        this.aboutHtml = RichText.plainText(sanitized).isBlank() ? null : sanitized;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getPlace() {
        return place;
    }

    public String getAboutHtml() {
        return aboutHtml;
    }

    public int getVersion() {
        return version;
    }
}
