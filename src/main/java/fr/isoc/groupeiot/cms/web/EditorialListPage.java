package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentStatus;
import fr.isoc.groupeiot.cms.ContentType;
import fr.isoc.groupeiot.cms.Contents;
import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The editors' list of all content ({@code /fr/redaction}), any status, filtered from the query string (type,
 * language, status, author, missing translation) and paged; each row says where its other language's version is.
 */
@Named
@RequestScoped
public class EditorialListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    Contents contents;

    private ContentType type;
    private Language language;
    private ContentStatus status;
    private String author;
    private boolean missing;
    private int page = 1;
    private List<ContentItem> items;
    private Long total;
    private Map<String, ContentItem> otherVersions;

    public String getType() {
        return type == null ? null : type.name();
    }

    public void setType(String type) {
        this.type = parse(ContentType.class, type);
    }

    public String getLang() {
        return language == null ? null : language.code();
    }

    public void setLang(String lang) {
        this.language = null;
        for (Language candidate : Language.values()) {
            if (candidate.code().equals(lang)) {
                this.language = candidate;
            }
        }
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public void setStatus(String status) {
        this.status = parse(ContentStatus.class, status);
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author == null || author.isBlank() ? null : author.strip().substring(0, Math.min(100, author.strip().length()));
    }

    public String getMissing() {
        return missing ? "true" : null;
    }

    /** Only items whose other language's version does not exist yet. */
    public boolean isMissingOnly() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = "true".equals(missing) || "on".equals(missing);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public ContentType[] getTypes() {
        return ContentType.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ContentStatus[] getStatuses() {
        return ContentStatus.values();
    }

    public List<ContentItem> getItems() {
        if (items == null) {
            items = contents.editorialList(filter(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return items;
    }

    public long getTotal() {
        if (total == null) {
            total = contents.countEditorial(filter());
        }
        return total;
    }

    public long getPageCount() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The item's version in the other language, or null when it has none yet. */
    public ContentItem otherVersion(ContentItem item) {
        if (otherVersions == null) {
            otherVersions = new HashMap<>();
            for (ContentItem candidate : contents.inTranslationGroups(getItems().stream().map(ContentItem::getTranslationGroup).distinct().toList())) {
                otherVersions.put(candidate.getTranslationGroup() + "/" + candidate.getLanguage().code(), candidate);
            }
        }
        return otherVersions.get(item.getTranslationGroup() + "/" + item.getLanguage().other().code());
    }

    /** The filters as query parameters ("&type=GUIDE…"), for the pager's links. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (type != null) {
            query.append("&type=").append(type.name());
        }
        if (language != null) {
            query.append("&lang=").append(language.code());
        }
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        if (author != null) {
            query.append("&author=").append(URLEncoder.encode(author, UTF_8));
        }
        if (missing) {
            query.append("&missing=true");
        }
        return query.toString();
    }

    private Contents.EditorialFilter filter() {
        return new Contents.EditorialFilter(type, language, status, author, missing);
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
