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
        return VAR_PROJECT_ID.from(execution).get();
    }

    private static GovernmentCode participant(DelegateExecution execution) {
        return VAR_PARTICIPANT.from(execution).get();
    }

    @Component("checkRepeatedConstruction")
    static class CheckRepeatedConstruction implements JavaDelegate {

        private final Projects projects;

        CheckRepeatedConstruction(Projects projects) {
            this.projects = projects;
        }

        @Override
        public void execute(DelegateExecution execution) {
            VAR_REPEATED_CONSTRUCTION.on(execution).set(projects.checkRepeatedConstruction(projectId(execution)));
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
            projects.resolveRepeatedConstruction(projectId(execution), VAR_RESOLUTION.from(execution).getOrNull(),
                    VAR_MERGE_INTO.from(execution).getOrNull(), VAR_RESOLUTION_REASON.from(execution).getOrNull(),
                    platform.currentUser());
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
            VAR_FUND_ALLOCATED.on(execution).set(projects.decideAllocation(projectId(execution),
                    VAR_ALLOCATION.from(execution).getOrNull(), VAR_ALLOCATION_REASON.from(execution).getOrNull(),
                    platform.currentUser()));
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
            VAR_OUTSTANDING.on(execution).setLocal(
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
            projects.answerPenalty(projectId(execution), participant(execution),
                    VAR_PENALTY_ANSWER.from(execution).getOrNull(), VAR_PENALTY_REASON.from(execution).getOrNull(),
                    platform.currentUser());
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
            projects.arbitrate(projectId(execution), participant(execution), VAR_ARBITRATION.from(execution).getOrNull(),
                    VAR_ARBITRATION_REASON.from(execution).getOrNull(), platform.currentUser());
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
            projects.reportMilestone(projectId(execution), VAR_MILESTONE.from(execution).getOrNull(),
                    VAR_SUMMARY.from(execution).getOrNull(), VAR_ACTUAL_COST.from(execution).getOrNull(),
                    platform.currentUser());
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
            projects.verifyMilestone(projectId(execution), VAR_MILESTONE.from(execution).getOrNull(),
                    VAR_VERIFICATION.from(execution).getOrNull(), VAR_VERIFICATION_REASON.from(execution).getOrNull(),
                    platform.currentUser());
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
