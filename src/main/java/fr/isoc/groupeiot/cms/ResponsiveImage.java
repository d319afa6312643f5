package fr.isoc.groupeiot.cms;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an {@code img} of a media library image needs to load the right size without moving the page: the copies
 * 480 and 960 wide that {@link MediaStore} made ({@code ?w=}), as {@code srcset}, with {@code sizes} for where it
 * shows, and its own width and height. Works from the address and the dimensions alone, so that the body's HTML
 * (which knows no database) gets it too.
 */
public record ResponsiveImage(String src, String srcset, String sizes, Integer width, Integer height) {

    /** In an item's text column ({@code .prose}, 48rem wide). */
    public static final String IN_TEXT = "48rem";
    /** In a card of a list (a grid column of at least 18rem). */
    public static final String IN_CARD = "24rem";

    /** MediaStore's rule: larger pictures get no copies. */
    private static final long MAX_PIXELS_FOR_COPIES = 40_000_000L;
    /** The formats MediaStore makes copies of, by the extension the library gives their names. */
    private static final Pattern SCALED_FORMAT = Pattern.compile("(?i).*\\.(png|jpe?g)$");

    /** A media file shown in a column {@code column} wide (a CSS length); null when it is not an image. */
    public static ResponsiveImage of(MediaFile file, String column) {
        if (file == null || !file.isImage()) {
            return null;
        }
        return of(file.getUrl(), file.getKind().hasResponsiveCopies(), file.getWidth(), file.getHeight(), column);
    }

    /** From a media URL as the body holds it ({@code /media/<sha>/<name>}) and the dimensions given with it. */
    static ResponsiveImage ofBodyImage(String src, Integer width, Integer height) {
        String path = src.contains("?") ? src.substring(0, src.indexOf('?')) : src;
        return of(src, SCALED_FORMAT.matcher(path).matches(), width, height, IN_TEXT);
    }

    private static ResponsiveImage of(String url, boolean scaledFormat, Integer width, Integer height, String column) {
        if (width == null || height == null || width <= 0 || height <= 0) {
            return new ResponsiveImage(url, null, null, null, null);
        }
        List<Integer> copies = scaledFormat && (long) width * height <= MAX_PIXELS_FOR_COPIES && !url.contains("?")
                ? MediaFile.RESPONSIVE_WIDTHS.stream().filter(w -> w < width).toList()
                : List.of();
        if (copies.isEmpty()) {
            return new ResponsiveImage(url, null, null, width, height);
        }
        String srcset = Stream.concat(copies.stream().map(w -> url + "?w=" + w + " " + w + "w"), Stream.of(url + " " + width + "w"))
                .collect(Collectors.joining(", "));
        // Never wider than the column, nor than the picture itself.
        String shown = width < 768 && column.equals(IN_TEXT) ? width + "px" : column;
        String sizes = String.format(Locale.ROOT, "(max-width: %s) 100vw, %s", shown, shown);
        return new ResponsiveImage(url, srcset, sizes, width, height);
    }
}
