package fr.isoc.groupeiot.platform.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTest {

    @ParameterizedTest
    @CsvSource({"/fr/, HOME, FRENCH", "/en/, HOME, ENGLISH", "/fr/espace-membre, MEMBER_AREA, FRENCH",
            "/fr/espace-membre/, MEMBER_AREA, FRENCH", "/en/my-account, MEMBER_AREA, ENGLISH",
            "/en/moderation, MODERATION, ENGLISH", "/fr/admin, ADMIN, FRENCH"})
    void matchesEachPublicPathToItsRouteAndLanguage(String path, Route route, Language language) {
        assertThat(Route.match(path)).contains(new Route.Match(route, language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fr/my-account", "/en/espace-membre", "/fr/espace-membre-x", "/de/", "/", "/fr/x/admin"})
    void matchesNothingElse(String path) {
        assertThat(Route.match(path)).isEmpty();
    }

    @Test
    void everyRouteHasAPathPerLanguageUnderItsPrefixAndAViewUnderWebInf() {
        Set<String> paths = new HashSet<>();
        for (Route route : Route.values()) {
            for (Language language : Language.values()) {
                assertThat(route.path(language)).startsWith("/" + language.code() + "/");
                assertThat(paths.add(route.path(language))).as("unique " + route.path(language)).isTrue();
            }
            assertThat(route.viewId()).startsWith("/WEB-INF/views/").endsWith(".xhtml");
            assertThat(java.nio.file.Path.of("src/main/webapp" + route.viewId())).exists();
        }
    }

    @ParameterizedTest
    @CsvSource({"/fr, FRENCH", "/fr/, FRENCH", "/en/news, ENGLISH"})
    void readsTheLanguagePrefixAsAWholeSegment(String path, Language language) {
        assertThat(LocaleFilter.prefixOf(path)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/french", "/english/", "/health/ready", "/", "/jakarta.faces.resource/x"})
    void seesNoLanguageOutsideTheTwoPrefixes(String path) {
        assertThat(LocaleFilter.prefixOf(path)).isEmpty();
    }
}
