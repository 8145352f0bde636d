package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda webapps' Chinese (the platform's {@code locales/zh.json}, served beside each webjar's own locales) says
 * every text the webapp shows: it has exactly the keys of the English file the Camunda webapp ships, with only the
 * placeholders the webapp fills, so a new Camunda version's new text fails here instead of showing in English on a
 * Chinese page. Cockpit's, Admin's and the welcome page's texts start from the community's translations
 * (camunda-community-hub/camunda-7-webapp-translations, Apache 2.0), see docs/workbench.md.
 */
class WebappTranslationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Texts that read the same in Chinese: the maker's name, abbreviations, empty values and a date pattern. */
    private static final Set<String> SAME_IN_CHINESE =
            Set.of("Camunda", "ID", "ID*", "CSV", "JSON", "<null>", "<undefined>", "YYYY-MM-DDTHH:mm:ss");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theChineseWebappSaysEveryTextTheEnglishOneDoes(String webapp) throws IOException {
        String locales = "META-INF/resources/webjars/camunda/app/" + webapp + "/locales/";
        JsonNode english = locale(locales, "en.json");
        JsonNode chinese = locale(locales, "zh.json");

        assertThat(keys(chinese.path("labels"))).as(webapp + "'s texts").hasSizeGreaterThan(150)
                .isEqualTo(keys(english.path("labels")));
        if (english.has("dateLocales")) {
            assertThat(keys(chinese.path("dateLocales"))).as(webapp + "'s dates and times")
                    .isEqualTo(keys(english.path("dateLocales")));
        }

        List<String> untranslated = new ArrayList<>();
        List<String> unknownPlaceholders = new ArrayList<>();
        english.path("labels").properties().forEach(entry -> {
            String said = entry.getValue().asText();
            String translated = chinese.path("labels").path(entry.getKey()).asText();
            if (LATIN.matcher(said).find() && !HAN.matcher(translated).find()
                    && !(SAME_IN_CHINESE.contains(said) && translated.equals(said))) {
                untranslated.add(entry.getKey() + " = " + translated);
            }
            if (!placeholders(said).containsAll(placeholders(translated))) {
                unknownPlaceholders.add(entry.getKey() + " = " + translated);
            }
        });
        assertThat(untranslated).as(webapp + "'s texts left in English").isEmpty();
        assertThat(unknownPlaceholders).as("placeholders " + webapp + " does not fill").isEmpty();
    }

    private static JsonNode locale(String locales, String file) throws IOException {
        try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(locales + file)) {
            assertThat(in).as(locales + file).isNotNull();
            // Camunda's own files begin with a byte order mark.
            return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
