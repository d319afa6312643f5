package fr.isoc.groupeiot.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** An item's former slug, which keeps answering with a permanent redirect to the item's current URL. */
@Entity
@Table(name = "content_slug_redirect")
@IdClass(SlugRedirect.Key.class)
public class SlugRedirect {

    @Id
    @Column(nullable = false, length = 2)
    private String language;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false, length = 20)
    private ContentType type;
    @Id
    @Column(nullable = false, length = 80)
    private String slug;
    @Column(name = "item_id", nullable = false)
    private Long itemId;

    protected SlugRedirect() {
    }

    SlugRedirect(ContentItem item, String formerSlug) {
        this.language = item.getLanguage().code();
        this.type = item.getType();
        this.slug = formerSlug;
        this.itemId = item.getId();
    }

    void pointTo(Long itemId) {
        this.itemId = itemId;
    }

    public Long getItemId() {
        return itemId;
    }

    /** The composite key (a plain class: JPA id classes need a no-argument constructor and fields). */
    public static class Key implements Serializable {
        private String language;
        private ContentType type;
        private String slug;

        public Key() {
        }

        public Key(String language, ContentType type, String slug) {
            this.language = language;
            this.type = type;
            this.slug = slug;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(language, key.language) && type == key.type
                    && Objects.equals(slug, key.slug);
        }

        @Override
        public int hashCode() {
            return Objects.hash(language, type, slug);
        }
    }
}
