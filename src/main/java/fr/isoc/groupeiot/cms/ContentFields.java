package fr.isoc.groupeiot.cms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What an editor writes on an item; the body is sanitized before it is stored ({@link RichText}). The cover is an
 * image of the media library, described by its own alternative text on this item (required with a cover).
 */
public class ContentFields implements Serializable {

    @NotBlank
    @Size(max = 200)
    private String title;
    @Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$")
    @Size(max = 80)
    private String slug;
    @Size(max = 600)
    private String summary;
    @Size(max = 200_000)
    private String bodyHtml;
    @Size(max = 160)
    private String seoDescription;
    @Size(max = 500)
    private String tags;
    private Long coverMediaId;
    @Size(max = 300)
    private String coverAlt;

    public static ContentFields of(String title, String slug, String summary, String bodyHtml, String seoDescription, String tags) {
        ContentFields fields = new ContentFields();
        fields.title = title;
        fields.slug = slug;
        fields.summary = summary;
        fields.bodyHtml = bodyHtml;
        fields.seoDescription = seoDescription;
        fields.tags = tags;
        return fields;
    }

    /** The same fields with a cover (null for none). */
    public ContentFields withCover(Long mediaId, String alt) {
        coverMediaId = mediaId;
        coverAlt = alt;
        return this;
    }

    /** A cover needs its text alternative; the editor's page says so in its own words before saving. */
    @AssertTrue
    public boolean isCoverDescribed() {
        return coverMediaId == null || coverAlt != null && !coverAlt.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public void setCoverMediaId(Long coverMediaId) {
        this.coverMediaId = coverMediaId;
    }

    public String getCoverAlt() {
        return coverAlt;
    }

    public void setCoverAlt(String coverAlt) {
        this.coverAlt = coverAlt;
    }
}
