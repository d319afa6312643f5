package fr.isoc.groupeiot.platform.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages always say everything: same keys, no empty text, and every key a view uses exists. */
class BundleParityTest {

    private static final Path FRENCH = Path.of("i18n/messages_fr.properties");
    private static final Path ENGLISH = Path.of("i18n/messages_en.properties");
    /** #{msg['some.key']} with a literal key. */
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9.\\-]+)'\\]");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load(ENGLISH).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load(FRENCH).stringPropertyNames());
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Path bundle : new Path[]{FRENCH, ENGLISH}) {
            Properties properties = load(bundle);
            assertThat(properties.stringPropertyNames())
                    .as("keys with an empty value in " + bundle)
                    .filteredOn(key -> properties.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load(FRENCH).stringPropertyNames()).containsAll(used);
    }

    /** Patterns for h:outputFormat: a plain ' would silently swallow the text after it, so only ’ is allowed. */
    @Test
    void everyMessagePatternParsesAndUsesTypographicApostrophes() throws IOException {
        for (Path bundle : new Path[]{FRENCH, ENGLISH}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (value.contains("{0")) {
                    assertThat(value).as(key + " in " + bundle).doesNotContain("'");
                    java.text.MessageFormat format = new java.text.MessageFormat(value, java.util.Locale.ROOT);
                    assertThat(format.getFormats()).as(key).isNotEmpty();
                }
            }
        }
    }

    @Test
    void everyCollegeRoleAndErrorHasItsTexts() throws IOException {
        Properties french = load(FRENCH);
        for (String college : new String[]{"public-sector", "civil-society", "industry", "technical-community", "academia"}) {
            assertThat(french).containsKeys("college." + college + ".name", "college." + college + ".description");
        }
        for (String role : fr.isoc.groupeiot.platform.security.Role.ALL) {
            assertThat(french).containsKey("role." + role);
        }
        for (String kind : new String[]{"400", "401", "403", "404", "405", "429", "500", "503", "expired"}) {
            assertThat(french).containsKeys("error." + kind + ".title", "error." + kind + ".text");
        }
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
