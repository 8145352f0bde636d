package org.regionalcoop.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
 * The Tasklist's Chinese (the platform's {@code locales/zh.json}, served beside the webjar's own locales) says every
 * text the Tasklist shows: it has exactly the keys of the English file the Camunda webapp ships, so a new Camunda
 * version's new text fails here instead of showing in English on a Chinese page.
 */
class TasklistTranslationTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The maker's name, which stays as it is. */
    private static final Set<String> NAMES = Set.of("APP_VENDOR");

    @Test
    void theChineseTasklistSaysEveryTextTheEnglishOneDoes() throws IOException {
        JsonNode english = locale("en.json");
        JsonNode chinese = locale("zh.json");

        assertThat(keys(chinese.path("labels"))).as("the Tasklist's texts").hasSizeGreaterThan(400)
                .isEqualTo(keys(english.path("labels")));
        assertThat(keys(chinese.path("dateLocales"))).as("dates and times").isEqualTo(keys(english.path("dateLocales")));

        List<String> untranslated = new ArrayList<>();
        List<String> unknownPlaceholders = new ArrayList<>();
        english.path("labels").properties().forEach(entry -> {
            String said = entry.getValue().asText();
            String translated = chinese.path("labels").path(entry.getKey()).asText();
            if (LATIN.matcher(said).find() && !NAMES.contains(entry.getKey()) && !HAN.matcher(translated).find()) {
                untranslated.add(entry.getKey() + " = " + translated);
            }
            if (!placeholders(said).containsAll(placeholders(translated))) {
                unknownPlaceholders.add(entry.getKey() + " = " + translated);
            }
        });
        assertThat(untranslated).as("texts left in English").isEmpty();
        assertThat(unknownPlaceholders).as("placeholders the Tasklist does not fill").isEmpty();
    }

    /**
     * Cockpit's and Admin's Chinese is partial (they have some 2,500 and 600 texts): what each has are texts the
     * webapp shows, with the placeholders it fills, and it covers the navigation and the first views the
     * administrator opens (Cockpit's dashboard and lists of processes and instances, Admin's users and groups).
     */
    @Test
    void cockpitsAndAdminsChineseSayTheirNavigationAndFirstViewsInTheirOwnKeys() throws IOException {
        partial("cockpit", "COCKPIT_PROCESSES", "COCKPIT_DECISIONS", "COCKPIT_HUMAN_TASKS", "COCKPIT_MORE",
                "DASHBOARD_RIGHT_NOW", "DASHBOARD_RUNNING_PROCESS_INSTANCE", "DASHBOARD_OPEN_INCIDENTS",
                "DASHBOARD_OPEN_HUMAN_TASKS", "DASHBOARD_DEPLOYED", "PLUGIN_PROCESS_DEF_RUNNING_INSTANCES",
                "PLUGIN_PROCESS_INSTANCE_BUSINESS_KEY", "PLUGIN_PROCESS_INSTANCE_START_TIME", "PLUGIN_INCIDENTS_LABEL");
        partial("admin", "USERS_USERS", "GROUPS_GROUPS", "TENANTS_TENANTS", "AUTHORIZATION_AUTHORIZATIONS",
                "SYSTEM_SYSTEM", "USERS_LIST_OF_USERS", "GROUPS_LIST_GROUPS", "PLUGIN_SEARCH_USER_FIRSTNAME");
    }

    private static void partial(String webapp, String... firstSeen) throws IOException {
        String locales = "META-INF/resources/webjars/camunda/app/" + webapp + "/locales/";
        JsonNode english = locale(locales, "en.json").path("labels");
        JsonNode chinese = locale(locales, "zh.json").path("labels");

        assertThat(keys(english)).as(webapp + "'s texts").containsAll(keys(chinese));
        assertThat(keys(chinese)).as(webapp + "'s navigation and first views").contains(firstSeen);
        chinese.properties().forEach(entry -> {
            String translated = entry.getValue().asText();
            assertThat(HAN.matcher(translated).find() || NAMES.contains(entry.getKey()) || translated.equals("ID"))
                    .as(webapp + " " + entry.getKey() + " in Chinese").isTrue();
            assertThat(placeholders(english.path(entry.getKey()).asText()))
                    .as("placeholders of " + webapp + " " + entry.getKey()).containsAll(placeholders(translated));
        });
    }

    private static JsonNode locale(String file) throws IOException {
        return locale(LOCALES, file);
    }

    private static JsonNode locale(String locales, String file) throws IOException {
        try (InputStream in = TasklistTranslationTest.class.getClassLoader().getResourceAsStream(locales + file)) {
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
