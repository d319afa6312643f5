package fr.isoc.groupeiot.cms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlugsTest {

    @Test
    void turnsAFrenchTitleIntoLowerCaseAsciiWords() {
        assertThat(Slugs.of("Sécuriser ses objets à la maison")).isEqualTo("securiser-ses-objets-a-la-maison");
        assertThat(Slugs.of("L’œil du consommateur : 76 % !")).isEqualTo("l-oeil-du-consommateur-76");
        assertThat(Slugs.of("Ça coûte cher, l'Internet des objets ? Æsthétique & Straße"))
                .isEqualTo("ca-coute-cher-l-internet-des-objets-aesthetique-strasse");
        assertThat(Slugs.of("  --Wi-Fi 6E   (2024)--  ")).isEqualTo("wi-fi-6e-2024");
    }

    @Test
    void shortensALongTitleAtAWordBoundary() {
        String title = "Guide pratique pour sécuriser les caméras, les assistants vocaux, les serrures et les thermostats connectés";

        String slug = Slugs.of(title);

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .isEqualTo("guide-pratique-pour-securiser-les-cameras-les-assistants-vocaux-les-serrures-et");
        assertThat(Slugs.isValid(slug)).isTrue();
        assertThat(Slugs.of("a".repeat(100))).isEqualTo("a".repeat(80));
    }

    @Test
    void isEmptyWhenNothingIsLeft() {
        assertThat(Slugs.of("« ! » — ?")).isEmpty();
        assertThat(Slugs.of("")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void acceptsOnlyLowerCaseWordsJoinedBySingleHyphens() {
        assertThat(Slugs.isValid("objets-connectes-2024")).isTrue();
        assertThat(Slugs.isValid("a")).isTrue();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid("-objets")).isFalse();
        assertThat(Slugs.isValid("objets-")).isFalse();
        assertThat(Slugs.isValid("objets--connectes")).isFalse();
        assertThat(Slugs.isValid("Objets")).isFalse();
        assertThat(Slugs.isValid("objets_connectes")).isFalse();
        assertThat(Slugs.isValid("sécurité")).isFalse();
        assertThat(Slugs.isValid("a".repeat(81))).isFalse();
    }

    @Test
    void appendsANumberWithinTheMaximumLength() {
        assertThat(Slugs.withSuffix("objets-connectes", 2)).isEqualTo("objets-connectes-2");

        String longSlug = Slugs.of("Guide pratique pour sécuriser les caméras, les assistants vocaux, les serrures et les thermostats");
        String suffixed = Slugs.withSuffix(longSlug, 12);

        assertThat(suffixed).endsWith("-les-serrures-12").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(Slugs.isValid(suffixed)).isTrue();
        assertThat(Slugs.withSuffix("a".repeat(80), 3)).isEqualTo("a".repeat(78) + "-3");
    }

    @Test
    void refusesToSuffixSomethingThatIsNotASlug() {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("Objets", 2));
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.withSuffix("objets", 0));
    }
}
