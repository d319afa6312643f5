package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.cms.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static fr.isoc.groupeiot.cms.WordDiff.Kind.ADDED;
import static fr.isoc.groupeiot.cms.WordDiff.Kind.REMOVED;
import static fr.isoc.groupeiot.cms.WordDiff.Kind.SAME;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void showsInsertedWords() {
        assertThat(WordDiff.between("Changez le mot de passe", "Changez tout de suite le mot de passe"))
                .containsExactly(
                        new Segment(SAME, "Changez"),
                        new Segment(ADDED, "tout de suite"),
                        new Segment(SAME, "le mot de passe"));
    }

    @Test
    void showsDeletedWords() {
        assertThat(WordDiff.between("Mettez à jour vos objets connectés régulièrement", "Mettez à jour vos objets"))
                .containsExactly(
                        new Segment(SAME, "Mettez à jour vos objets"),
                        new Segment(REMOVED, "connectés régulièrement"));
    }

    @Test
    void showsAReplacementAsRemovedThenAdded() {
        assertThat(WordDiff.between("La caméra coûte 50 euros.", "La caméra coûte 80 euros."))
                .containsExactly(
                        new Segment(SAME, "La caméra coûte"),
                        new Segment(REMOVED, "50"),
                        new Segment(ADDED, "80"),
                        new Segment(SAME, "euros."));
    }

    @Test
    void ignoresDifferencesInWhitespaceOnly() {
        assertThat(WordDiff.between("Un  texte\nidentique ", " Un texte identique"))
                .containsExactly(new Segment(SAME, "Un texte identique"));
    }

    @Test
    void handlesEmptyRevisions() {
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between(null, "Premier jet")).containsExactly(new Segment(ADDED, "Premier jet"));
        assertThat(WordDiff.between("Tout effacé", "  ")).containsExactly(new Segment(REMOVED, "Tout effacé"));
    }
}
