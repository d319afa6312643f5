package fr.isoc.groupeiot.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A media contact named at the end of a release, in the editor's order. */
@Entity
@Table(name = "press_release_contact")
@IdClass(ReleaseContact.Key.class)
public class ReleaseContact {

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Id
    @Column(name = "contact_id")
    private Long contactId;
    @Column(nullable = false)
    private int position;

    protected ReleaseContact() {
    }

    ReleaseContact(long itemId, long contactId, int position) {
        this.itemId = itemId;
        this.contactId = contactId;
        this.position = position;
    }

    public Long getContactId() {
        return contactId;
    }

    public static class Key implements Serializable {
        private Long itemId;
        private Long contactId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(itemId, key.itemId) && Objects.equals(contactId, key.contactId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, contactId);
        }
    }
}
