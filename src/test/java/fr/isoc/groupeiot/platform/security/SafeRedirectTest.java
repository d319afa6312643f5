package fr.isoc.groupeiot.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/fr/", "/en/my-account", "/fr/recherche?q=s%C3%A9curit%C3%A9", "/fr/guides/choisir-un-objet"})
    void keepsPathsOnThisSite(String path) {
        assertThat(SafeRedirect.localPathOr(path, "/")).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.test/", "//evil.test/", "/\\evil.test", "\\\\evil.test", "javascript:alert(1)",
            "fr/", "/fr/\r\nSet-Cookie: x=1", "/fr/<script>", " /fr/"})
    void replacesAnythingElseWithTheFallback(String candidate) {
        assertThat(SafeRedirect.localPathOr(candidate, "/fr/")).isEqualTo("/fr/");
    }
}
