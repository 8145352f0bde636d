package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.AgreementRevised;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.PlatformActions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Cockpit lists an agreement's processes by their business key, the agreement's id: every process instance
 * started for an agreement gets its title as the variable {@value #NAME}, which Cockpit shows beside it and
 * its search finds. Built in for every deployed process, like the task listeners, so no model can forget it.
 * A revision that renames the agreement renames it on the processes still running.
 */
@Component
class AgreementTitleVariable extends AbstractProcessEnginePlugin {

    static final String NAME = "agreementTitle";

    private static final int MAX_RUNNING = 1000;

    private final ObjectProvider<Agreements> agreements;
    private final ObjectProvider<RuntimeService> runtime;
    private final ObjectProvider<PlatformActions> platform;
    private final ExecutionListener title;

    /** Providers: the engine is built with this plugin, so what needs the engine is fetched once it runs. */
    AgreementTitleVariable(ObjectProvider<Agreements> agreements, ObjectProvider<RuntimeService> runtime,
                           ObjectProvider<PlatformActions> platform) {
        this.agreements = agreements;
        this.runtime = runtime;
        this.platform = platform;
        this.title = execution -> BusinessKeys.agreementOf(execution.getProcessBusinessKey())
                .flatMap(id -> agreements.getObject().find(id))
                .ifPresent(agreement -> execution.setVariable(NAME, agreement.current().content().title()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                definition.addBuiltInListener(ExecutionListener.EVENTNAME_START, title);
            }
        });
    }

    @EventListener
    void on(AgreementRevised revision) {
        AgreementId id = new AgreementId(revision.agreementId());
        String renamed = agreements.getObject().current(id).current().content().title();
        RuntimeService engine = runtime.getObject();
        platform.getObject().asPlatform(() -> {
            engine.createProcessInstanceQuery().processInstanceBusinessKeyLike(id + "%").listPage(0, MAX_RUNNING)
                    .forEach(instance -> engine.setVariable(instance.getId(), NAME, renamed));
            return null;
        });
    }
}
