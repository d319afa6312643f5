package fr.isoc.groupeiot.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignInCallbackServletTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "http://127.0.0.1:8080/fr/admin, '', /fr/admin",
            "http://127.0.0.1:8080/login?return=%2Fen%2F, '', /login?return=%2Fen%2F",
            "https://portal.test/portail/fr/espace-membre, /portail, /fr/espace-membre",
            "https://portal.test/elsewhere/fr/, /portail, NULL",
            "not a url at all, '', NULL",
            "NULL, '', NULL"})
    void followsOnlyThePathAndQueryOfTheRecordedPage(String recorded, String contextPath, String expected) {
        assertThat(SignInCallbackServlet.pathAndQuery(recorded, contextPath)).isEqualTo(expected);
    }
}
