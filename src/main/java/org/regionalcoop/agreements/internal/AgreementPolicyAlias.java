package org.regionalcoop.agreements.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link AgreementPolicy}'s former bean name: lifecycle and closure instances started on a process definition
 * deployed before the rename still call {@code agreementDeadlines} for their due dates, and each instance keeps the
 * definition it started on.
 */
@Component
class AgreementPolicyAlias implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        beanFactory.registerAlias("agreementPolicy", "agreementDeadlines");
    }
}
