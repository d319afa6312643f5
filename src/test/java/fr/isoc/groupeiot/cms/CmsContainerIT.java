package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import fr.isoc.groupeiot.testing.PortalWar;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CMS's rules inside Payara on the run's database: revisions, conflicts, slugs, redirects, scheduling, translations. */
@ExtendWith(ArquillianExtension.class)
class CmsContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalWar.build();
    }

    @Inject
    Contents contents;

    @Test
    void everySaveIsARevisionAndASecondEditorsStaleSaveIsRefused() {
        ContentItem item = contents.create(ContentType.GUIDE, Language.FRENCH, null, fields(unique("Guide")), "alice");
        int opened = contents.find(item.getId()).getVersion();

        contents.save(item.getId(), opened, fields(item.getTitle(), "<p>Première version</p>"), "alice");
        Throwable stale = assertThrows(RuntimeException.class,
                () -> contents.save(item.getId(), opened, fields(item.getTitle(), "<p>Version de Bob</p>"), "bob"));
        assertInstanceOf(Contents.ConflictException.class, rootOf(stale));
        assertTrue(contents.find(item.getId()).getBodyHtml().contains("Première version"), "Alice's text is kept");
        assertEquals(2, contents.revisions(item.getId()).size());

        int now = contents.find(item.getId()).getVersion();
        contents.restore(item.getId(), 1, now, "bob");
        assertEquals(3, contents.revisions(item.getId()).size(), "restoring makes a new revision");
        assertFalse(contents.find(item.getId()).getBodyHtml().contains("Première version"));
    }

    @Test
    void aChosenSlugThatIsTakenIsRefusedAGeneratedOneIsNumbered() {
        String title = unique("Même titre");
        ContentItem first = contents.create(ContentType.NEWS, Language.FRENCH, null, fields(title), "alice");
        ContentItem second = contents.create(ContentType.NEWS, Language.FRENCH, null, fields(title), "alice");
        assertEquals(first.getSlug() + "-2", second.getSlug());

        ContentFields clash = fields(unique("Autre"));
        clash.setSlug(first.getSlug());
        assertInstanceOf(Contents.SlugTakenException.class, rootOf(assertThrows(RuntimeException.class,
                () -> contents.create(ContentType.NEWS, Language.FRENCH, null, clash, "alice"))));
        ContentFields reserved = fields(unique("Page"));
        reserved.setSlug("adherer");
        assertInstanceOf(Contents.SlugTakenException.class, rootOf(assertThrows(RuntimeException.class,
                () -> contents.create(ContentType.PAGE, Language.FRENCH, null, reserved, "alice"))), "a portal path");
    }

    @Test
    void aRenamedPublishedItemKeepsItsOldAddressAsARedirect() {
        ContentItem item = contents.create(ContentType.PAGE, Language.ENGLISH, null, fields(unique("Old name")), "alice");
        String oldSlug = item.getSlug();
        contents.publish(item.getId(), "bob", false, null);
        ContentFields renamed = fields(unique("New name"));
        contents.save(item.getId(), contents.find(item.getId()).getVersion(), renamed, "alice");

        String newSlug = contents.find(item.getId()).getSlug();
        assertFalse(newSlug.equals(oldSlug));
        assertTrue(contents.published(Language.ENGLISH, ContentType.PAGE, oldSlug).isEmpty());
        assertEquals(item.getId(), contents.renamed(Language.ENGLISH, ContentType.PAGE, oldSlug).orElseThrow().getId());
        assertEquals(item.getId(), contents.published(Language.ENGLISH, ContentType.PAGE, newSlug).orElseThrow().getId());
    }

    @Test
    void aScheduledItemIsPublishedByTheSchedulerOnTimeWithItsStepsRecorded() {
        ContentItem item = contents.create(ContentType.NEWS, Language.FRENCH, null, fields(unique("Programmée")), "alice");
        assertThrows(RuntimeException.class, () -> contents.publish(item.getId(), "alice", false, null),
                "nobody publishes their own first draft");
        contents.submitForReview(item.getId(), "alice", "À relire");
        Instant at = Instant.now().plus(Duration.ofMinutes(10));
        contents.schedule(item.getId(), at, "bob", false, null);

        contents.publishDue(at.minusSeconds(1));
        assertTrue(contents.published(Language.FRENCH, ContentType.NEWS, item.getSlug()).isEmpty(), "not a second before");
        assertTrue(contents.publishDue(at) >= 1);
        assertTrue(contents.published(Language.FRENCH, ContentType.NEWS, item.getSlug()).isPresent());
        assertEquals(ContentTransition.SCHEDULER, contents.transitions(item.getId()).getFirst().getActor());
        assertEquals(4, contents.transitions(item.getId()).size(), "created, submitted, scheduled, published");
    }

    @Test
    void theTwoLanguagesOfAnItemAreOneTranslationGroup() {
        ContentItem french = contents.create(ContentType.GUIDE, Language.FRENCH, null, fields(unique("Objet")), "alice");
        ContentItem english = contents.create(ContentType.GUIDE, Language.ENGLISH, french.getTranslationGroup(),
                fields(unique("Device")), "alice");

        assertEquals(english.getId(), contents.translation(french.getTranslationGroup(), Language.ENGLISH).orElseThrow().getId());
        assertThrows(RuntimeException.class, () -> contents.create(ContentType.GUIDE, Language.ENGLISH,
                french.getTranslationGroup(), fields(unique("Twice")), "alice"), "one version per language");
    }

    private static ContentFields fields(String title) {
        return fields(title, "<p>Un texte <strong>gras</strong>.</p><script>alert(1)</script>");
    }

    private static ContentFields fields(String title, String body) {
        return ContentFields.of(title, null, "Résumé", body, null, "sécurité");
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof TransactionalException || cause.getClass().getName().contains("Transaction"))
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
