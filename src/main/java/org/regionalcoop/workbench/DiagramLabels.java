package org.regionalcoop.workbench;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A process diagram labelled in the reader's language: the models' own names are English, and
 * {@code bpmn/labels_zh_CN.properties} gives every drawn element's Chinese label by its id. A process's own name
 * is both, Chinese first, for Cockpit (docs/decisions/process-names.md): a page gives its reader their half.
 */
@Component
class DiagramLabels {

    static final String CHINESE_LABELS = "bpmn/labels_zh_CN.properties";
    /** Between the Chinese and the English half of a name given in both languages. */
    static final String BILINGUAL = " / ";

    private final Map<String, String> chinese;

    DiagramLabels() {
        this.chinese = read(CHINESE_LABELS);
    }

    /** The BPMN with its elements' names in the page's language. */
    String inReadersLanguage(String bpmn) {
        if (!Languages.CHINESE.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())) {
            return englishHalves(bpmn);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document model = factory.newDocumentBuilder().parse(new InputSource(new StringReader(bpmn)));
            NodeList elements = model.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String label = chinese.get(element.getAttribute("id"));
                if (label != null && element.hasAttribute("name")) {
                    element.setAttribute("name", label);
                }
            }
            StringWriter labelled = new StringWriter();
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            transformers.newTransformer().transform(new DOMSource(model), new StreamResult(labelled));
            return labelled.toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException("A deployed process model could not be relabelled", unreadable);
        }
    }

    /** The model as written, each name given in both languages reduced to its English half. */
    private String englishHalves(String bpmn) {
        String english = bpmn;
        for (String label : chinese.values()) {
            english = english.replace("name=\"" + label + BILINGUAL, "name=\"");
        }
        return english;
    }

    static Map<String, String> read(String resource) {
        Properties labels = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("The labels " + resource + " are not readable", e);
        }
        return labels.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(name -> name, labels::getProperty));
    }
}
