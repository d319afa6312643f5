package fr.isoc.groupeiot.platform.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageNegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr-FR,fr;q=0.9,en;q=0.8        | FRENCH
            en-US,en;q=0.9                 | ENGLISH
            de-DE,de;q=0.9,en;q=0.7,fr;q=0.6 | ENGLISH
            en;q=0.2,fr;q=0.8              | FRENCH
            en;q=0                          | FRENCH
            es,it                           | FRENCH
            *                               | FRENCH
            ;;;garbage                      | FRENCH
            EN-gb                           | ENGLISH
            """)
    void picksTheBestOfFrenchAndEnglishByWeightAndFallsBackToFrench(String header, Language expected) {
        assertThat(LanguageNegotiation.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void defaultsToFrenchWithoutAHeader(String header) {
        assertThat(LanguageNegotiation.fromAcceptLanguage(header)).isEqualTo(Language.FRENCH);
    }
}
