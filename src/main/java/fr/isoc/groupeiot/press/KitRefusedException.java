package fr.isoc.groupeiot.press;

/** A press kit change that breaks a rule: the reason names it, for a translated message next to the right field. */
public class KitRefusedException extends RuntimeException {

    public enum Reason {
        /** No media file chosen, or it is no longer in the library. */
        MEDIA_REQUIRED,
        SECTION_REQUIRED,
        /** A logo or a photo must be a picture. */
        NOT_AN_IMAGE,
        CREDIT_REQUIRED,
        LICENCE_REQUIRED,
        TOO_LONG,
        ALREADY_IN_KIT,
        /** Someone else changed or removed the entry since it was read. */
        CONFLICT
    }

    private final Reason reason;

    public KitRefusedException(Reason reason) {
        super("Press kit change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
