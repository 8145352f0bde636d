package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every element a diagram draws with a name (and every process, named in the diagram's breadcrumb) has a Chinese
 * label, and every label names a drawn element, so the
 * agreement history page shows a Chinese reader no English step, gateway or flow.
 */
class DiagramLabelsTest {

    @Test
    void everyDrawnNamedElementOfEveryProcessHasAChineseLabelAndNoLabelIsLeftOver() throws Exception {
        Set<String> drawnAndNamed = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                drawnAndNamed.addAll(drawnAndNamed(model));
            }
        }
        Map<String, String> labels = DiagramLabels.read(DiagramLabels.CHINESE_LABELS);

        assertThat(new TreeSet<>(drawnAndNamed)).as("drawn elements without a Chinese label")
                .isSubsetOf(labels.keySet());
        assertThat(new TreeSet<>(labels.keySet())).as("labels of no drawn element").isSubsetOf(drawnAndNamed);
        assertThat(labels.values()).allMatch(label -> label.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "every label is Chinese");
    }

    /**
     * Cockpit shows a process by its model's name, as data it does not translate: each process is named in both
     * languages, Chinese first with its diagram label, as the Tasklist names tasks (docs/decisions/process-names.md).
     */
    @Test
    void everyProcessIsNamedInChineseAndEnglishAndAPageGivesItsReaderTheirHalf() throws Exception {
        Map<String, String> labels = DiagramLabels.read(DiagramLabels.CHINESE_LABELS);
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Element process = (Element) factory.newDocumentBuilder().parse(model.toFile())
                        .getElementsByTagNameNS("*", "process").item(0);
                String chinese = labels.get(process.getAttribute("id"));
                assertThat(process.getAttribute("name")).as("the name of %s", model)
                        .startsWith(chinese + DiagramLabels.BILINGUAL)
                        .matches(name -> name.substring(chinese.length() + DiagramLabels.BILINGUAL.length())
                                .chars().allMatch(c -> c < 0x80), "its second half English");
            }
        }
        String lifecycle = Files.readString(Path.of("bpmn/agreement_lifecycle.bpmn"));
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(new DiagramLabels().inReadersLanguage(lifecycle))
                    .contains("name=\"Agreement lifecycle\"").doesNotContain("协议全过程");
            LocaleContextHolder.setLocale(Languages.CHINESE);
            assertThat(new DiagramLabels().inReadersLanguage(lifecycle))
                    .contains("name=\"协议全过程\"").doesNotContain("Agreement lifecycle");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static Set<String> drawnAndNamed(Path model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(model.toFile());
        Set<String> drawn = new HashSet<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            boolean diagramElement = List.of("BPMNShape", "BPMNEdge", "BPMNPlane").contains(element.getLocalName());
            if (diagramElement && !element.getAttribute("bpmnElement").isEmpty()) {
                drawn.add(element.getAttribute("bpmnElement"));
            }
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String id = element.getAttribute("id");
            if (drawn.contains(id) && !element.getAttribute("name").isBlank()) {
                named.add(id);
            }
        }
        return named;
    }
}
