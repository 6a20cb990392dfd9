package app.loadwise.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.domain.common.ImmediateDatabaseErrors;
import app.loadwise.domain.testing.PersistenceClasses;
import app.loadwise.domain.testing.TestDatabases;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's persistence unit assembles every module's tables: it lists exactly the persistence classes the modules
 * hold, and has the settings the modules' own persistence tests run with.
 */
class PersistenceUnitTest {

    private static Document unit;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = PersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            unit = factory.newDocumentBuilder().parse(in);
        }
    }

    @Test
    void listsThePersistenceClassesOfEveryModule() {
        List<String> listed = texts("class");
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(PersistenceClasses.onClassPath());
    }

    @Test
    void hasTheSettingsTheModulesTestsRunWith() {
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList nodes = unit.getElementsByTagNameNS("*", "property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertThat(properties).isEqualTo(TestDatabases.UNIT_PROPERTIES);
        assertThat(properties).containsEntry("eclipselink.session.customizer", ImmediateDatabaseErrors.class.getName());
        assertThat(texts("exclude-unlisted-classes")).containsExactly("true");
        assertThat(texts("shared-cache-mode")).containsExactly("NONE");
        assertThat(texts("jta-data-source")).containsExactly("java:global/jdbc/appDS");
    }

    private static List<String> texts(String element) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = unit.getElementsByTagNameNS("*", element);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
