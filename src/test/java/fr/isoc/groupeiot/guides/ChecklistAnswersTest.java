package fr.isoc.groupeiot.guides;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a shopper's answers from the checklist's URL, and writing them back, never failing on what a URL holds. */
class ChecklistAnswersTest {

    private static final List<String> KEYS = List.of("default-password", "security-updates", "encrypted-communications");

    private static Map<String, String[]> parameters(String... nameValues) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], new String[]{nameValues[i + 1]});
        }
        return map;
    }

    @Test
    void readsTheAnswersToKnownQuestions() {
        ChecklistAnswers answers = ChecklistAnswers.fromParameters(
                parameters("default-password", "yes", "security-updates", "no", "encrypted-communications", "unknown"), KEYS);

        assertThat(answers.size()).isEqualTo(3);
        assertThat(answers.of("default-password")).contains(Answer.YES);
        assertThat(answers.of("security-updates")).contains(Answer.NO);
        assertThat(answers.of("encrypted-communications")).contains(Answer.UNKNOWN);
    }

    @Test
    void ignoresUnknownQuestionsAndValuesInsteadOfFailing() {
        ChecklistAnswers answers = ChecklistAnswers.fromParameters(parameters(
                "default-password", "maybe", "no-such-question", "yes", "security-updates", "", "utm_source", "newsletter",
                "encrypted-communications", "<script>alert(1)</script>"), KEYS);

        assertThat(answers.isEmpty()).isTrue();
        assertThat(answers.toQuery(KEYS)).isEmpty();
    }

    @Test
    void toleratesCaseAndSpacesAndTakesTheFirstValidValueOfARepeatedParameter() {
        Map<String, String[]> map = new LinkedHashMap<>();
        map.put("Default-Password", new String[]{" YES "});
        map.put("security-updates", new String[]{"perhaps", "no", "yes"});
        map.put("encrypted-communications", null);

        ChecklistAnswers answers = ChecklistAnswers.fromParameters(map, KEYS);

        assertThat(answers.of("default-password")).contains(Answer.YES);
        assertThat(answers.of("security-updates")).contains(Answer.NO);
        assertThat(answers.of("encrypted-communications")).isEmpty();
    }

    @Test
    void writesTheSameQueryForTheSameAnswersWhateverTheirOrderInTheUrl() {
        ChecklistAnswers one = ChecklistAnswers.fromParameters(
                parameters("encrypted-communications", "no", "default-password", "yes"), KEYS);
        ChecklistAnswers other = ChecklistAnswers.fromParameters(
                parameters("default-password", "yes", "encrypted-communications", "no"), KEYS);

        assertThat(one.toQuery(KEYS)).isEqualTo("default-password=yes&encrypted-communications=no");
        assertThat(other.toQuery(KEYS)).isEqualTo(one.toQuery(KEYS));
    }

    @Test
    void aWrittenQueryReadsBackAsTheSameAnswers() {
        ChecklistAnswers original = ChecklistAnswers.of(Map.of("security-updates", Answer.UNKNOWN, "default-password", Answer.NO));
        Map<String, String[]> parsed = new LinkedHashMap<>();
        for (String pair : original.toQuery(KEYS).split("&")) {
            String[] parts = pair.split("=");
            parsed.put(parts[0], new String[]{parts[1]});
        }

        ChecklistAnswers again = ChecklistAnswers.fromParameters(parsed, KEYS);

        assertThat(again.toQuery(KEYS)).isEqualTo(original.toQuery(KEYS));
        assertThat(again.of("default-password")).contains(Answer.NO);
        assertThat(again.of("security-updates")).contains(Answer.UNKNOWN);
    }
}
