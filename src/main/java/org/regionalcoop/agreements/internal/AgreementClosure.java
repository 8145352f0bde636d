package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.RunningProject;
import org.regionalcoop.agreements.RunningProjects;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Serves the closure process's expressions as {@code agreementClosure} (hence public): the projects still running
 * under the agreement, one decision task each. As {@code nameRunningProject} it names each such task's project
 * (the task-local {@code projectName}, which the task's form shows) when the task is created.
 */
@Component("agreementClosure")
public class AgreementClosure {

    private final RunningProjects running;

    AgreementClosure(RunningProjects running) {
        this.running = running;
    }

    /** The ids of the agreement's running projects: the collection of the per-project decisions. */
    public List<String> runningProjects(String agreementId) {
        return running.of(AgreementId.of(agreementId)).stream().map(project -> project.projectId().toString()).toList();
    }

    /** The project's name, for its decision task. */
    String projectName(String agreementId, String projectId) {
        UUID id = UUID.fromString(projectId);
        return running.of(AgreementId.of(agreementId)).stream().filter(project -> project.projectId().equals(id))
                .map(RunningProject::name).findFirst().orElse(projectId);
    }
}
