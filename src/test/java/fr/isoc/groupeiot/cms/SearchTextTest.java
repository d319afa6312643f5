package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertThat(SearchText.normalise("Sécurité des objets connectés : l’œil !")).isEqualTo("securite des objets connectes l oeil");
        assertThat(SearchText.terms("  Sécurité, SECURITE;  x ")).containsExactly("securite");
        assertThat(SearchText.terms("%_'; DROP TABLE --")).containsExactly("drop", "table");
        assertThat(SearchText.terms("!!!")).isEmpty();
    }

    @Test
    void relatedFrenchAndEnglishWordsShareAStem() {
        assertThat(SearchText.stem("securite")).isEqualTo(SearchText.stem("securiser")).isEqualTo("secur");
        assertThat(SearchText.stem("devices")).isEqualTo(SearchText.stem("device"));
        assertThat(SearchText.stem("objets")).isEqualTo(SearchText.stem("objet"));
        assertThat(SearchText.stem("mot")).as("short words stay whole").isEqualTo("mot");
    }
}
