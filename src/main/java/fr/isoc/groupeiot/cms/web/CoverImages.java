package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.ResponsiveImage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cover images of content items, as {@code img} needs them ({@link ResponsiveImage}): for an item's page, and for
 * a list's cards with all their media files read in one query ({@code covers.card(item, items)}). A cover whose file
 * has left the library is simply not shown.
 */
@Named("covers")
@RequestScoped
public class CoverImages {

    @Inject
    MediaLibrary library;

    private final Map<Long, MediaFile> files = new HashMap<>();
    private List<ContentItem> loadedList;

    /** The cover of an item's page (its text column); null when it has none. */
    public ResponsiveImage of(ContentItem item) {
        if (item == null || item.getCoverMediaId() == null) {
            return null;
        }
        return ResponsiveImage.of(files.computeIfAbsent(item.getCoverMediaId(), id -> library.find(id).orElse(null)),
                ResponsiveImage.IN_TEXT);
    }

    /** The cover of one card of {@code list}: the first call reads the media files of the whole list at once. */
    public ResponsiveImage card(ContentItem item, List<ContentItem> list) {
        if (item.getCoverMediaId() == null) {
            return null;
        }
        if (list != loadedList) {
            loadedList = list;
            List<Long> wanted = list.stream().map(ContentItem::getCoverMediaId).filter(Objects::nonNull)
                    .filter(id -> !files.containsKey(id)).distinct().toList();
            Map<Long, MediaFile> found = library.byIds(wanted);
            wanted.forEach(id -> files.put(id, found.get(id)));
        }
        return ResponsiveImage.of(files.get(item.getCoverMediaId()), ResponsiveImage.IN_CARD);
    }
}
