package org.regionalcoop.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import javax.xml.datatype.DatatypeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Names the JDK's XML datatype factory, which the engine asks for anew for every timer it schedules (Camunda's
 * {@code DurationHelper} calls {@link DatatypeFactory#newInstance()}). Unnamed, the JDK looks for another
 * implementation in the service files of every jar on the class path at each call, finds none and takes its own:
 * that search was 1.6 % of a W1 lifecycle's JVM time (docs/benchmarks.md). The name is set only when no jar offers
 * another implementation, so the engine gets the factory it got before, and never over a name already set.
 */
@Component
class XmlDatatypeFactory extends AbstractProcessEnginePlugin {

    static final String SERVICE_FILE = "META-INF/services/" + DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null && !offeredByAJar()) {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }

    private static boolean offeredByAJar() {
        try {
            return Thread.currentThread().getContextClassLoader().getResources(SERVICE_FILE).hasMoreElements();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
