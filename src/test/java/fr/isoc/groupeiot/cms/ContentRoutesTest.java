package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentRoutesTest {

    @Test
    void findsGuidesNewsAndPagesInBothLanguages() {
        assertThat(ContentRoutes.match("/fr/guides/bien-choisir")).contains(new ContentRoutes.Target(Language.FRENCH, ContentType.GUIDE, "bien-choisir"));
        assertThat(ContentRoutes.match("/en/news/working-group-launched")).contains(new ContentRoutes.Target(Language.ENGLISH, ContentType.NEWS, "working-group-launched"));
        assertThat(ContentRoutes.match("/en/press/group-launched")).contains(new ContentRoutes.Target(Language.ENGLISH, ContentType.PRESS_RELEASE, "group-launched"));
        assertThat(ContentRoutes.match("/fr/mentions-legales")).contains(new ContentRoutes.Target(Language.FRENCH, ContentType.PAGE, "mentions-legales"));
        assertThat(ContentRoutes.match("/en/guides/Choosing")).as("case-insensitive slugs")
                .contains(new ContentRoutes.Target(Language.ENGLISH, ContentType.GUIDE, "choosing"));
    }

    @Test
    void leavesThePortalsOwnPathsAndOddShapesAlone() {
        assertThat(ContentRoutes.match("/fr/adherer")).isEmpty();
        assertThat(ContentRoutes.match("/en/members")).isEmpty();
        assertThat(ContentRoutes.match("/fr/news/x")).as("English section in French").isEmpty();
        assertThat(ContentRoutes.match("/fr/guides/a/b")).isEmpty();
        assertThat(ContentRoutes.match("/fr/guides/../admin")).isEmpty();
        assertThat(ContentRoutes.match("/fr/a_b")).isEmpty();
        assertThat(ContentRoutes.isReservedPageSlug(Language.FRENCH, "espace-membre")).isTrue();
        assertThat(ContentRoutes.isReservedPageSlug(Language.ENGLISH, "press")).isTrue();
        assertThat(ContentRoutes.isReservedPageSlug(Language.FRENCH, "accessibilite")).isFalse();
        assertThat(ContentRoutes.match("/fr/presse/kit")).as("the press kit page, not a release").isEmpty();
        assertThat(ContentRoutes.isReserved(Language.ENGLISH, ContentType.PRESS_RELEASE, "contacts")).isTrue();
        assertThat(ContentRoutes.isReserved(Language.ENGLISH, ContentType.GUIDE, "kit")).isFalse();
    }

    @Test
    void writesThePathOfEachType() {
        assertThat(ContentRoutes.path(Language.FRENCH, ContentType.NEWS, "appel")).isEqualTo("/fr/actualites/appel");
        assertThat(ContentRoutes.path(Language.ENGLISH, ContentType.GUIDE, "x")).isEqualTo("/en/guides/x");
        assertThat(ContentRoutes.path(Language.ENGLISH, ContentType.PAGE, "privacy-policy")).isEqualTo("/en/privacy-policy");
    }
}
