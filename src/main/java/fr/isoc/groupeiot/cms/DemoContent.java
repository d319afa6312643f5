package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * Demo content for the dev run ({@code portal.demo-data=true}; never in production), from
 * {@code cms/demo/manifest.json}: the legal pages, the "about" page, three guides and two news items, in French and
 * English, published at their own dates. Loaded once, into an empty CMS, through the same rules as an editor's save
 * (sanitized body, revision 1, a recorded publication).
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String AUTHOR = "demo";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
        if (!enabled || em.createQuery("SELECT COUNT(i) FROM ContentItem i", Long.class).getSingleResult() > 0) {
            return;
        }
        try (JsonReader reader = Json.createReader(resource("manifest.json"))) {
            for (JsonValue value : reader.readArray()) {
                JsonObject entry = value.asJsonObject();
                String tags = entry.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).collect(Collectors.joining(","));
                ContentFields fields = ContentFields.of(entry.getString("title"), entry.getString("slug"),
                        entry.getString("summary"), text(entry.getString("body")), entry.getString("seoDescription"), tags);
                Instant published = Instant.parse(entry.getString("publishedAt"));
                ContentItem item = ContentItem.draft(ContentType.valueOf(entry.getString("type")),
                        Language.fromCodeOr(entry.getString("language"), Language.FRENCH), entry.getString("group"),
                        fields, AUTHOR, published);
                item.publishedOn(published);
                em.persist(item);
                em.flush();
                em.persist(new ContentRevision(item, 1, AUTHOR, published));
                em.persist(new ContentTransition(item.getId(), null, ContentStatus.PUBLISHED, AUTHOR, null, published));
            }
        }
        LOG.info("Demo content loaded");
    }

    private static InputStream resource(String name) {
        InputStream in = DemoContent.class.getClassLoader().getResourceAsStream("cms/demo/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing demo content file " + name);
        }
        return in;
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
