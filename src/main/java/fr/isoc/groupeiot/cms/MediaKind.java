package fr.isoc.groupeiot.cms;

import java.util.Arrays;
import java.util.Optional;

/** The types the media library accepts, as detected from the bytes, with the extension their copies get. */
public enum MediaKind {
    PNG("image/png", "png", true),
    JPEG("image/jpeg", "jpg", true),
    // Animated GIFs would lose their animation, and the JDK reads no WebP: served as uploaded only.
    GIF("image/gif", "gif", false),
    WEBP("image/webp", "webp", false),
    // A vector image (logos): no copies, no ImageIO; served with a sandboxing CSP so that a script in it never runs.
    SVG("image/svg+xml", "svg", false),
    PDF("application/pdf", "pdf", false);

    private final String mediaType;
    private final String extension;
    private final boolean responsiveCopies;

    MediaKind(String mediaType, String extension, boolean responsiveCopies) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.responsiveCopies = responsiveCopies;
    }

    public static Optional<MediaKind> ofMediaType(String detected) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(detected)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public boolean hasResponsiveCopies() {
        return responsiveCopies;
    }
}
