package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
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

/** English and Chinese have the same keys, and every key a page names literally is in them. */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9._-]*)[}(]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");

        assertThat(new TreeSet<>(chinese)).as("keys missing or extra in Chinese").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void noChineseTextIsLeftInEnglish() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (text.chars().anyMatch(Character::isLetter) && !key.startsWith("login.username.hint")) {
                assertThat(chinese.getProperty(key)).as("Chinese for %s", key).isNotEqualTo(text);
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException, URISyntaxException {
        Set<String> english = keys("messages.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of(MessageBundlesTest.class.getClassLoader().getResource("templates").toURI()))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(english).containsAll(named);
    }

    private static Set<String> keys(String name) throws IOException {
        return bundle(name).stringPropertyNames();
    }

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
