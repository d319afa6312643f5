package fr.isoc.groupeiot.press.web;

import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.web.PageContext;
import fr.isoc.groupeiot.press.KitSection;
import fr.isoc.groupeiot.press.PressKit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/**
 * The public press kit ({@code /fr/presse/kit}): its sections with each file, and the whole kit as one ZIP. Anonymous
 * visitors get an ETag (the kit's entries and files, the language) and a 304 while the kit is unchanged.
 */
@Named
@RequestScoped
public class PressKitPage {

    @Inject
    PressKit kit;

    @Inject
    PageContext page;

    @Inject
    HttpServletRequest request;

    private List<PressKit.Item> items;

    /** A section of the kit and its files (a class: EL reads records by their components only). */
    public static final class Section {

        private final KitSection section;
        private final List<PressKit.Item> items;

        Section(KitSection section, List<PressKit.Item> items) {
            this.section = section;
            this.items = items;
        }

        public String getName() {
            return section.name();
        }

        public List<PressKit.Item> getItems() {
            return items;
        }
    }

    /** The view action: validators for anonymous visitors (a signed-in person's page is never cached), 304 if current. */
    public void revalidate() {
        List<PressKit.Item> all = getItems();
        Revalidation.notModified(FacesContext.getCurrentInstance(), "kit-page|" + page.getLang() + "|"
                + KitArchiveServlet.fingerprint(all, List.of()), KitArchiveServlet.lastModified(all, List.of()));
    }

    public List<PressKit.Item> getItems() {
        if (items == null) {
            items = kit.items();
        }
        return items;
    }

    public List<Section> getSections() {
        return Arrays.stream(KitSection.values())
                .map(s -> new Section(s, getItems().stream().filter(i -> i.entry().getSection() == s).toList()))
                .filter(s -> !s.getItems().isEmpty()).toList();
    }

    public String title(MediaFile file) {
        String title = file.titleOrOther(page.getLanguage());
        return title != null ? title : file.getOriginalName();
    }

    /** Whether the title shown is in the other language (then marked with its lang). */
    public String titleLang(MediaFile file) {
        return file.title(page.getLanguage()) == null && file.title(page.getLanguage().other()) != null
                ? page.getLanguage().other().code() : null;
    }

    public String alt(MediaFile file) {
        String alt = file.alt(page.getLanguage());
        return alt == null ? "" : alt;
    }

    public String fileUrl(MediaFile file) {
        return request.getContextPath() + file.getUrl();
    }

    public String thumbnailUrl(MediaFile file) {
        return request.getContextPath() + file.getThumbnailUrl();
    }

    public String getZipUrl() {
        return request.getContextPath() + PressPaths.kitArchive(page.getLanguage());
    }

    /** The kit's files together, in MB (the ZIP is about that size: pictures and PDFs hardly compress). */
    public String getTotalSize() {
        return page.fileSize(getItems().stream().mapToLong(i -> i.file().getSizeBytes()).sum());
    }

    /** A size in kB or MB in the page's language. */
}
