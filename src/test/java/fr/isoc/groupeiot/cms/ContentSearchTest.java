package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSearchTest {

    @Test
    void marksEveryWordOfTheExcerptThatMatchesAStemAndEscapesTheRest() {
        String excerpt = ContentSearch.excerpt("Pour <b>sécuriser</b> vos objets, la sécurité commence par le mot de passe.",
                List.of(SearchText.stem("securite")));

        assertThat(ContentSearch.highlight(excerpt))
                .isEqualTo("Pour <mark>&lt;b&gt;sécuriser&lt;/b&gt;</mark> vos objets, la <mark>sécurité</mark> commence par le mot de passe.");
    }
}
