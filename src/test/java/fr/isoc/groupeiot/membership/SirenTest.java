package fr.isoc.groupeiot.membership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "404833048", "542065479"})
    void acceptsNineDigitsWithAValidLuhnKey(String siren) {
        assertThat(Siren.isValid(siren)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"123456789", "732829321", "73282932", "7328293200", "73282932a", " 732829320", "732 829 320"})
    void refusesAnythingElse(String siren) {
        assertThat(Siren.isValid(siren)).isFalse();
    }
}
