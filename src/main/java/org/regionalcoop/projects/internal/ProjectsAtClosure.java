package org.regionalcoop.projects.internal;

import org.regionalcoop.agreements.RunningProject;
import org.regionalcoop.agreements.RunningProjectDecided;
import org.regionalcoop.agreements.RunningProjects;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.projects.Projects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The projects' side of an agreement's closure: which projects still run, and carrying out what the secretariat
 * decided for each, in the transaction of the decision (a failure refuses the decision rather than leaving the project
 * half ended); and moving the handed-over projects to the renewal when it comes into force.
 */
@Component
class ProjectsAtClosure implements RunningProjects {

    private final Projects projects;

    ProjectsAtClosure(Projects projects) {
        this.projects = projects;
    }

    @Override
    public List<RunningProject> of(AgreementId agreementId) {
        return projects.running(agreementId);
    }

    @Override
    public List<RunningProject> handedOver(AgreementId closed) {
        return projects.handedOver(closed);
    }

    @Override
    public void handOver(AgreementId closed, AgreementId renewal) {
        projects.handOver(closed, renewal);
    }

    @EventListener
    void on(RunningProjectDecided decision) {
        projects.closeWithAgreement(decision);
    }
}
