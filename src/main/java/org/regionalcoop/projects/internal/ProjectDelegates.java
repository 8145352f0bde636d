package org.regionalcoop.projects.internal;

import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.Projects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import static org.regionalcoop.projects.internal.JointProjectProcess.*;

/** The joint project process's service tasks: thin calls of {@link Projects}. */
final class ProjectDelegates {

    private ProjectDelegates() {
    }

    private static ProjectId projectId(DelegateExecution execution) {
        return ProjectId.of((String) execution.getVariable(VAR_PROJECT_ID));
    }

    private static GovernmentCode participant(DelegateExecution execution) {
        return new GovernmentCode((String) execution.getVariable(VAR_PARTICIPANT));
    }

    private static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }

    @Component("checkRepeatedConstruction")
    static class CheckRepeatedConstruction implements JavaDelegate {

        private final Projects projects;

        CheckRepeatedConstruction(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(VAR_REPEATED_CONSTRUCTION, projects.checkRepeatedConstruction(projectId(execution)));
        }
    }

    @Component("recordResolution")
    static class RecordResolution implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordResolution(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.resolveRepeatedConstruction(projectId(execution), text(execution, VAR_RESOLUTION),
                    text(execution, VAR_MERGE_INTO), text(execution, VAR_RESOLUTION_REASON), platform.currentUser());
        }
    }

    @Component("recordAllocation")
    static class RecordAllocation implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordAllocation(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(VAR_FUND_ALLOCATED, projects.decideAllocation(projectId(execution),
                    text(execution, VAR_ALLOCATION), text(execution, VAR_ALLOCATION_REASON), platform.currentUser()));
        }
    }

    @Component("startProject")
    static class StartProject implements JavaDelegate {

        private final Projects projects;

        StartProject(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.start(projectId(execution));
        }
    }

    /** Calls the contribution; the answer stays local to the participant's instance. */
    @Component("requestContribution")
    static class RequestContribution implements JavaDelegate {

        private final Projects projects;

        RequestContribution(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariableLocal(VAR_OUTSTANDING,
                    projects.requestContribution(projectId(execution), participant(execution)));
        }
    }

    @Component("recordDefault")
    static class RecordDefault implements JavaDelegate {

        private final Projects projects;

        RecordDefault(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.recordDefault(projectId(execution), participant(execution));
        }
    }

    @Component("proposePenalty")
    static class ProposePenalty implements JavaDelegate {

        private final Projects projects;

        ProposePenalty(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.proposePenalty(projectId(execution), participant(execution));
        }
    }

    @Component("recordPenaltyAnswer")
    static class RecordPenaltyAnswer implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordPenaltyAnswer(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.answerPenalty(projectId(execution), participant(execution), text(execution, VAR_PENALTY_ANSWER),
                    text(execution, VAR_PENALTY_REASON), platform.currentUser());
        }
    }

    @Component("recordArbitration")
    static class RecordArbitration implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordArbitration(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.arbitrate(projectId(execution), participant(execution), text(execution, VAR_ARBITRATION),
                    text(execution, VAR_ARBITRATION_REASON), platform.currentUser());
        }
    }

    @Component("recordMilestoneReport")
    static class RecordMilestoneReport implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordMilestoneReport(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.reportMilestone(projectId(execution), text(execution, VAR_MILESTONE), text(execution, VAR_SUMMARY),
                    text(execution, VAR_ACTUAL_COST), platform.currentUser());
        }
    }

    @Component("recordVerification")
    static class RecordVerification implements JavaDelegate {

        private final Projects projects;
        private final PlatformActions platform;

        RecordVerification(Projects projects, PlatformActions platform) {
            this.projects = projects;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.verifyMilestone(projectId(execution), text(execution, VAR_MILESTONE),
                    text(execution, VAR_VERIFICATION), text(execution, VAR_VERIFICATION_REASON), platform.currentUser());
        }
    }

    @Component("completeProject")
    static class CompleteProject implements JavaDelegate {

        private final Projects projects;

        CompleteProject(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            projects.complete(projectId(execution));
        }
    }
}
