package fr.isoc.groupeiot.cms;

/** An upload or a deletion the media library refuses; the reason names the translated message ({@code media.error.*}). */
public class MediaRefusedException extends RuntimeException {

    public enum Reason {
        /** Larger than {@code portal.media.max-bytes}. */
        TOO_LARGE,
        /** Its content is not one of the accepted types (whatever its name says). */
        WRONG_TYPE,
        /** No bytes at all. */
        EMPTY,
        /** An image without its alternative text in both languages. */
        ALT_REQUIRED,
        /** Content items show it: deleting it would break them. */
        IN_USE
    }

    private final Reason reason;

    public MediaRefusedException(Reason reason) {
        super("Media refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
