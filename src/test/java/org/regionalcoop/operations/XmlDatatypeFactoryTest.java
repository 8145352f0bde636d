package org.regionalcoop.operations;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's timers get the XML datatype factory they got before, named rather than searched for. */
class XmlDatatypeFactoryTest {

    private String named;

    @BeforeEach
    void forgetTheName() {
        named = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    }

    @AfterEach
    void restoreTheName() {
        if (named == null) {
            System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        } else {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, named);
        }
    }

    @Test
    void namesTheFactoryTheSearchFinds() throws DatatypeConfigurationException {
        Class<?> searched = DatatypeFactory.newInstance().getClass();

        new XmlDatatypeFactory().preInit(null);

        assertThat(getClass().getClassLoader().getResource(XmlDatatypeFactory.SERVICE_FILE)).as("no jar offers another").isNull();
        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo(searched.getName());
        assertThat(DatatypeFactory.newInstance().getClass()).isEqualTo(searched);
    }

    @Test
    void keepsANameAlreadySet() {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.OperatorsFactory");

        new XmlDatatypeFactory().preInit(null);

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("org.example.OperatorsFactory");
    }
}
