package fr.isoc.groupeiot.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A file of the media library (a PDF, an image) offered with a release, in the editor's order. */
@Entity
@Table(name = "press_release_attachment")
@IdClass(ReleaseAttachment.Key.class)
public class ReleaseAttachment {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Id
    @Column(name = "media_id")
    private Long mediaId;
    @Column(nullable = false)
    private int position;

    protected ReleaseAttachment() {
    }

    ReleaseAttachment(long itemId, long mediaId, int position) {
        this.itemId = itemId;
        this.mediaId = mediaId;
        this.position = position;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public static class Key implements Serializable {
        private Long itemId;
        private Long mediaId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemId, key.itemId) && Objects.equals(mediaId, key.mediaId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, mediaId);
        }
    }
}
