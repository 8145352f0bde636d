package org.regionalcoop.documentation;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is a front door that sends the reader on to docs/, helm/ and kafka/: a link there that leads
 * nowhere loses a section as surely as deleting it, and nothing else notices when a file or heading is renamed.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path README = ROOT.resolve("README.md");
    private static final long FRONT_DOOR_BYTES = 12 * 1024;

    private static final Pattern FENCED = Pattern.compile("```.*?```", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\n]*`");
    private static final Pattern LINK = Pattern.compile(
            "\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)|^\\[[^\\]]+\\]:\\s*(\\S+)", Pattern.MULTILINE);
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$", Pattern.MULTILINE);
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");
    private static final Pattern ABSOLUTE = Pattern.compile("^[a-z][a-z0-9+.-]*:");

    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeadingThatExist() throws IOException {
        List<Path> documents = documents();
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher link = LINK.matcher(INLINE_CODE.matcher(FENCED.matcher(Files.readString(document)).replaceAll(""))
                    .replaceAll(""));
            while (link.find()) {
                String href = link.group(1) != null ? link.group(1) : link.group(2);
                if (ABSOLUTE.matcher(href).find()) {
                    continue;
                }
                int hash = href.indexOf('#');
                String path = hash < 0 ? href : href.substring(0, hash);
                Path target = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
                if (!Files.exists(target)) {
                    broken.add(ROOT.relativize(document) + ": no file " + href);
                } else if (hash >= 0 && target.toString().endsWith(".md")
                        && !anchors(target).contains(href.substring(hash + 1))) {
                    broken.add(ROOT.relativize(document) + ": no heading " + href);
                }
            }
        }
        assertThat(documents).as("the scan reads the README and the documents beside it").contains(README)
                .hasSizeGreaterThan(10);
        assertThat(broken).as("relative links in Markdown that lead nowhere").isEmpty();
    }

    @Test
    void theReadmeStaysAFrontDoor() throws IOException {
        assertThat(Files.size(README)).as("README.md in bytes: move detail to docs/ and link it").isLessThan(
                FRONT_DOOR_BYTES);
    }

    @Test
    void anchorsAreTheHeadingsAsGitHubNamesThem() {
        assertThat(slug("Why these dependencies")).isEqualTo("why-these-dependencies");
        assertThat(slug("`kernel.Money`: exact amounts, and [why](x.md)")).isEqualTo("kernelmoney-exact-amounts-and-why");
        assertThat(slug("Inbound: what participants' systems send")).isEqualTo("inbound-what-participants-systems-send");
        assertThat(slug("协商一致 Consensus")).isEqualTo("协商一致-consensus");
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(README));
        for (String folder : List.of("docs", "helm", "kafka")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
            }
        }
        return documents;
    }

    private Set<String> anchors(Path document) throws IOException {
        if (!anchors.containsKey(document)) {
            String text = FENCED.matcher(Files.readString(document)).replaceAll("");
            Set<String> found = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            Matcher heading = HEADING.matcher(text);
            while (heading.find()) {
                String slug = slug(heading.group(1));
                int before = seen.merge(slug, 1, Integer::sum) - 1;
                found.add(before == 0 ? slug : slug + "-" + before);
            }
            Matcher html = HTML_ANCHOR.matcher(text);
            while (html.find()) {
                found.add(html.group(1));
            }
            anchors.put(document, found);
        }
        return anchors.get(document);
    }

    /** GitHub's anchor of a heading: its text in lower case, links as their text, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.strip().replace("`", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }
}
