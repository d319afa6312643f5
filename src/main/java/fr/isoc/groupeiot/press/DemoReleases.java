package fr.isoc.groupeiot.press;

import fr.isoc.groupeiot.cms.ContentItem;
import fr.isoc.groupeiot.cms.ContentType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo press releases' settings for the dev run ({@code portal.demo-data=true}): the releases themselves are CMS demo
 * content ({@code cms/demo/manifest.json}); here they get their place, "about", the first two demo media contacts and
 * the press kit's fact sheet in its language as attachment. After the CMS and press kit demo data (priorities), once.
 */
@ApplicationScoped
public class DemoReleases {

    private static final Logger LOG = Logger.getLogger(DemoReleases.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) Startup startup) {
        if (!enabled || em.createQuery("SELECT COUNT(r) FROM PressRelease r", Long.class).getSingleResult() > 0) {
            return;
        }
        List<ContentItem> demo = em.createQuery("SELECT i FROM ContentItem i WHERE i.type = :type AND i.createdBy = :demo",
                        ContentItem.class)
                .setParameter("type", ContentType.PRESS_RELEASE)
                .setParameter("demo", "demo")
                .getResultList();
        List<Long> contacts = em.createQuery("SELECT c.id FROM MediaContact c ORDER BY c.position", Long.class)
                .setMaxResults(2).getResultList();
        // The press kit's fact sheets, one per language (see DemoPress).
        java.util.Map<String, List<Long>> factSheets = java.util.Map.of(
                "fr", em.createQuery("SELECT m.id FROM MediaFile m WHERE m.originalName = :name", Long.class)
                        .setParameter("name", "fiche-groupe-iot.pdf").getResultList(),
                "en", em.createQuery("SELECT m.id FROM MediaFile m WHERE m.originalName = :name", Long.class)
                        .setParameter("name", "fact-sheet-iot-working-group.pdf").getResultList());
        for (ContentItem item : demo) {
            PressRelease release = new PressRelease(item.getId());
            release.describe("Paris", text("release-about." + item.getLanguage().code() + ".html"));
            em.persist(release);
            int position = 0;
            for (Long contact : contacts) {
                em.persist(new ReleaseContact(item.getId(), contact, position++));
            }
            if (item.getTranslationGroup().equals("release-launch")) {
                for (Long file : factSheets.get(item.getLanguage().code())) {
                    em.persist(new ReleaseAttachment(item.getId(), file, 0));
                }
            }
        }
        LOG.info(() -> "Demo press release settings loaded for " + demo.size() + " releases");
    }

    private static String text(String name) {
        try (InputStream in = DemoReleases.class.getClassLoader().getResourceAsStream("cms/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
