package org.regionalcoop.security;

import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hardening's query limit ({@code queryMaxResultsLimit: 1000}) is for staff. Cockpit, which only the engine's
 * administrators open, asks for process definitions, job definitions, human tasks and instances without a bound
 * and would answer 400 ("An unbound number of results is forbidden!") on those views. The engine applies the
 * limit to whoever is authenticated, reading it from its configuration on every query; that reading is where
 * platform administrators are let through. Everyone else, on the API, the engine's REST API and the Tasklist,
 * keeps the limit.
 */
@Configuration(proxyBeanMethods = false)
class AdministratorsQueryLimit {

    /** The starter's engine configuration (its bean yields to this one), with the limit read per caller. */
    @Bean
    ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
        LimitForStaff configuration = new LimitForStaff();
        // As the starter leaves them: empty, for its plugins to add to.
        configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(new ArrayList<>());
        configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
        return configuration;
    }

    static final class LimitForStaff extends SpringProcessEngineConfiguration {

        @Override
        public int getQueryMaxResultsLimit() {
            Authentication caller = identityService == null ? null : identityService.getCurrentAuthentication();
            boolean administrator = caller != null && caller.getGroupIds() != null && adminGroups != null
                    && !Collections.disjoint(caller.getGroupIds(), adminGroups);
            return administrator ? Integer.MAX_VALUE : super.getQueryMaxResultsLimit();
        }
    }
}
