package org.regionalcoop.projects;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.audit.AuditEntry;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.CooperationField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.projects.internal.JointProjectProcess.*;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;

/**
 * Every path of {@code joint_project}. Projects without repeated construction are all led by Changsha in
 * the energy field, so they never flag each other; the repeated-construction cases use water resources.
 */
@ProcessTest
class JointProjectProcessTest {

    private static final CooperationField UNCONTESTED = CooperationField.ENERGY;
    private static final CooperationField CONTESTED = CooperationField.WATER_RESOURCES;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Projects projects;

    @Autowired
    FormService forms;

    @Test
    void aProjectWithoutRepeatedConstructionRunsToCompletion() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, UNCONTESTED, "HN-CS", "HN-CS");

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(fixtures.events(project)).startsWith("project.started").containsOnlyOnce("project.started")
                .doesNotContain("project.repeated-construction-flagged");
        assertThat(projects.get(project.id(), ADMINISTRATOR).contributions())
                .extracting(c -> c.participant().value(), c -> c.amount().toString(), c -> c.status())
                .containsExactly(tuple("HN-CS", "300.00", ContributionStatus.REQUESTED),
                        tuple("HN-XT", "120.00", ContributionStatus.REQUESTED),
                        tuple("HN-ZZ", "180.00", ContributionStatus.REQUESTED));

        fixtures.pay(project, "HN-CS", "300.00");
        fixtures.pay(project, "HN-ZZ", "100.00");
        fixtures.pay(project, "HN-ZZ", "80.00");
        fixtures.pay(project, "HN-XT", "120.00");
        assertThat(fixtures.endEvents(project)).containsExactly(END_CONTRIBUTION_PAID, END_CONTRIBUTION_PAID,
                END_CONTRIBUTION_PAID);

        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Design approved", VAR_ACTUAL_COST.name(), "120.00"));
        fixtures.complete(project, USER_VERIFY_MILESTONE, "HN-PCA.grant_officer",
                Map.of(VAR_VERIFICATION.name(), "rejected", VAR_VERIFICATION_REASON.name(), "The design approval is not attached"));
        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Design approved, approval attached", VAR_ACTUAL_COST.name(), "125.50"));
        fixtures.complete(project, USER_VERIFY_MILESTONE, "HN-PCA.grant_officer", Map.of(VAR_VERIFICATION.name(), "verified"));
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.ACTIVE);
        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Built", VAR_ACTUAL_COST.name(), "800.00"));
        fixtures.complete(project, USER_VERIFY_MILESTONE, "HN-PCA.grant_officer", Map.of(VAR_VERIFICATION.name(), "verified"));

        assertThat(fixtures.endEvents(project)).endsWith("end_milestone_verified", "end_milestone_verified",
                END_PROJECT_COMPLETED);
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(fixtures.events(project)).containsSubsequence("project.milestone-reported", "project.milestone-rejected",
                "project.milestone-reported", "project.milestone-verified", "project.milestone-reported",
                "project.milestone-verified", "project.completed");
        assertThat(fixtures.events(project).stream().filter("project.contribution-paid"::equals)).hasSize(4);
        ProjectDetail detail = projects.get(project.id(), ADMINISTRATOR);
        assertThat(detail.milestones()).extracting(ProjectDetail.Milestone::status).containsExactly(MilestoneStatus.VERIFIED, MilestoneStatus.VERIFIED);
        assertThat(detail.milestones().get(0).actualCost().toString()).isEqualTo("125.50");
        assertThat(detail.contributions()).extracting(c -> c.paid().toString()).containsExactly("300.00", "120.00", "180.00");
        assertThat(driver.decisions(agreement.id(), "milestone")).containsExactly("rejected", "verified", "verified");
    }

    @Test
    void milestoneTasksNameTheProjectShowItsFiguresAndTakeTheCostAsPeopleWriteIt() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, UNCONTESTED, "HN-CS", "HN-CS");

        Task report = fixtures.openTasks(project, USER_REPORT_MILESTONE).get(0);
        assertThat(report.getName()).isEqualTo("报告里程碑 / Report milestone: " + project.name() + " – Design");
        assertThat(forms.getTaskFormVariables(report.getId()).get("milestoneFigures")).isEqualTo("""
                Due 2027-06-30; verifying it releases 150.00 yuan of the grant
                Project budget 1,000.00 yuan, of which grant 400.00 yuan
                Not reported yet""");

        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Design approved", VAR_ACTUAL_COST.name(), "1,120.50"));

        Task verification = fixtures.openTasks(project, USER_VERIFY_MILESTONE).get(0);
        assertThat(verification.getName()).isEqualTo("核验里程碑 / Verify milestone: " + project.name() + " – Design");
        assertThat(forms.getTaskFormVariables(verification.getId()).get("milestoneFigures")).asString()
                .endsWith("Reported cost so far 1,120.50 yuan: Design approved");
        // As the Tasklist of a Chinese reader asks for it (the request's language).
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(forms.getTaskFormVariables(verification.getId()).get("milestoneFigures")).isEqualTo("""
                    截止日期 2027-06-30；核验后拨付专项资金 150.00 元
                    项目预算 1,000.00 元，其中专项资金 400.00 元
                    迄今报告的成本 1,120.50 元：Design approved""");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(projects.get(project.id(), ADMINISTRATOR).milestones().get(0).actualCost().toString()).isEqualTo("1120.50");
    }

    @Test
    void aMilestoneRejectionNeedsAReason() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(agreement, UNCONTESTED, "HN-CS", "HN-CS");
        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Design approved", VAR_ACTUAL_COST.name(), "120.00"));

        assertThatThrownBy(() -> fixtures.complete(project, USER_VERIFY_MILESTONE, "HN-PCA.grant_officer",
                Map.of(VAR_VERIFICATION.name(), "rejected"))).hasMessageContaining("verificationReason (理由 / Reason) is required");

        assertThat(fixtures.openTasks(project, USER_VERIFY_MILESTONE)).as("nothing was applied").hasSize(1);
    }

    @Test
    void repeatedConstructionConfirmedStartsTheProjectAndAnEarlyPaymentCounts() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary existing = fixtures.register(agreement, CONTESTED, "HN-ZZ", "HN-ZZ");
        ProjectSummary project = fixtures.register(agreement, CONTESTED, "HN-CS", "HN-XT");

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.REGISTERED);
        assertThat(fixtures.events(project)).containsExactly("project.repeated-construction-flagged");
        assertThat(fixtures.published(project)).singleElement().extracting(event -> event.data().path("conflictingProjects").toString())
                .asString().contains(existing.id().toString());
        fixtures.pay(project, "HN-ZZ", "180.00");

        fixtures.complete(project, USER_RESOLVE_REPEATED_CONSTRUCTION, "HN-CS.coordinator", Map.of(VAR_RESOLUTION.name(), "confirm",
                VAR_RESOLUTION_REASON.name(), "Serves another river section"));

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(fixtures.endEvents(project)).containsExactly(END_PAID_BEFORE_REQUEST);
        assertThat(fixtures.events(project)).containsExactly("project.repeated-construction-flagged",
                "project.contribution-paid", "project.repeated-construction-confirmed", "project.started",
                "project.contribution-requested", "project.contribution-requested");
        assertThat(projects.get(project.id(), ADMINISTRATOR).contributions())
                .filteredOn(c -> c.participant().value().equals("HN-ZZ")).extracting(c -> c.status()).containsExactly(ContributionStatus.PAID);
    }

    @Test
    void repeatedConstructionMergedEndsTheProjectAsMerged() {
        Agreement agreement = fixtures.approvedAgreement();
        ProjectSummary existing = fixtures.register(agreement, CONTESTED, "HN-ZZ", "HN-ZZ");
        ProjectSummary project = fixtures.register(agreement, CONTESTED, "HN-CS", "HN-ZZ");

        String resolution = fixtures.openTasks(project, USER_RESOLVE_REPEATED_CONSTRUCTION).get(0).getId();
        SerializableValue running = forms.getTaskFormVariables(resolution).getValueTyped("repeatedProjects");
        assertThat(running.getValueSerialized()).as("the running projects the Tasklist's form offers to merge into")
                .startsWith("[{\"value\":").contains("{\"value\":\"" + existing.id() + "\",\"label\":\"" + existing.name()
                        + ", led by Zhuzhou, in Zhuzhou\"}");
        assertThatThrownBy(() -> fixtures.complete(project, USER_RESOLVE_REPEATED_CONSTRUCTION, "HN-CS.coordinator",
                Map.of(VAR_RESOLUTION.name(), "merge", VAR_MERGE_INTO.name(), existing.id().toString())))
                .hasMessageContaining("needs a reason");
        fixtures.complete(project, USER_RESOLVE_REPEATED_CONSTRUCTION, "HN-CS.coordinator", Map.of(VAR_RESOLUTION.name(), "merge",
                VAR_MERGE_INTO.name(), existing.id().toString(), VAR_RESOLUTION_REASON.name(), "One treatment plant for both"));

        assertThat(fixtures.endEvents(project)).containsExactly(END_PROJECT_MERGED);
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.MERGED);
        assertThat(projects.get(project.id(), ADMINISTRATOR).mergedInto()).isEqualTo(existing.id());
        assertThat(fixtures.events(project)).containsExactly("project.repeated-construction-flagged", "project.merged");
        assertThat(driver.audit(agreement.id())).filteredOn(entry -> entry.decision().equals("merge"))
                .extracting(AuditEntry::reason).containsExactly("One treatment plant for both");
    }

    @Test
    void repeatedConstructionCancelledEndsTheProject() {
        Agreement agreement = fixtures.approvedAgreement();
        fixtures.register(agreement, CONTESTED, "HN-XT", "HN-XT");
        ProjectSummary project = fixtures.register(agreement, CONTESTED, "HN-CS", "HN-CS");

        fixtures.complete(project, USER_RESOLVE_REPEATED_CONSTRUCTION, "HN-CS.coordinator",
                Map.of(VAR_RESOLUTION.name(), "cancel", VAR_RESOLUTION_REASON.name(), "Xiangtan's plant covers Changsha"));

        assertThat(fixtures.endEvents(project)).containsExactly(END_PROJECT_CANCELLED);
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(fixtures.events(project)).containsExactly("project.repeated-construction-flagged", "project.cancelled");
    }

    @Test
    void aDefaulterThatPaysInTheGracePeriodOwesNoPenalty() {
        ProjectSummary project = fixtures.register(fixtures.approvedAgreement(), UNCONTESTED, "HN-CS", "HN-CS");

        fixtures.fireTimer(project, TIMER_CONTRIBUTION_DEADLINE, "HN-XT");
        assertThat(fixtures.events(project)).endsWith("project.contribution-defaulted");
        fixtures.pay(project, "HN-XT", "120.00");

        assertThat(fixtures.endEvents(project)).containsExactly(END_PAID_AFTER_REMINDER);
        ProjectDetail detail = projects.get(project.id(), ADMINISTRATOR);
        assertThat(detail.defaults()).extracting(ProjectDetail.Default::status).containsExactly(DefaultStatus.PAID_IN_GRACE);
        assertThat(fixtures.payments(project.id())).singleElement().extracting(ProjectFixtures.Payment::afterDefault)
                .isEqualTo(true);
    }

    @Test
    void anAcceptedPenaltyIsImposedAndALatePaymentIsStillTakenIn() {
        ProjectSummary project = defaultedBeyondGrace("HN-XT");
        assertThat(fixtures.openTasks(project, USER_ANSWER_PENALTY)).hasSize(1);

        fixtures.pay(project, "HN-XT", "120.00");
        assertThat(fixtures.openTasks(project, USER_ANSWER_PENALTY)).as("the penalty answers the default").hasSize(1);
        fixtures.complete(project, USER_ANSWER_PENALTY, "HN-XT.finance_officer", Map.of(VAR_PENALTY_ANSWER.name(), "accept"));

        assertThat(fixtures.endEvents(project)).containsExactly(END_PENALTY_IMPOSED);
        assertThat(fixtures.events(project)).containsSubsequence("project.contribution-defaulted",
                "project.contribution-paid", "project.penalty-answered", "project.penalty-imposed");
        ProjectDetail detail = projects.get(project.id(), ADMINISTRATOR);
        assertThat(detail.defaults()).extracting(ProjectDetail.Default::status, d -> d.penalty().toString())
                .containsExactly(tuple(DefaultStatus.IMPOSED, "1000000.00"));
        assertThat(detail.contributions()).filteredOn(c -> c.participant().value().equals("HN-XT"))
                .extracting(c -> c.paid().toString()).containsExactly("120.00");
    }

    @Test
    void aDisputedPenaltyUpheldByArbitrationIsImposed() {
        ProjectSummary project = defaultedBeyondGrace("HN-ZZ");

        fixtures.complete(project, USER_ANSWER_PENALTY, "HN-ZZ.coordinator",
                Map.of(VAR_PENALTY_ANSWER.name(), "dispute", VAR_PENALTY_REASON.name(), "The call reached us late"));
        fixtures.complete(project, USER_ARBITRATE_DEFAULT, "HN-PCA.arbitrator",
                Map.of(VAR_ARBITRATION.name(), "uphold", VAR_ARBITRATION_REASON.name(), "The call was sent in time"));

        assertThat(fixtures.endEvents(project)).containsExactly("end_penalty_upheld");
        assertThat(fixtures.events(project)).containsSubsequence("project.penalty-answered", "project.default-arbitrated",
                "project.penalty-imposed").doesNotContain("project.penalty-waived");
        assertThat(driver.decisions(new AgreementId(project.agreementId()), "penalty", "arbitration"))
                .containsExactly("dispute", "uphold");
    }

    @Test
    void aDisputedPenaltyWaivedByArbitrationIsNotImposed() {
        ProjectSummary project = defaultedBeyondGrace("HN-ZZ");

        fixtures.complete(project, USER_ANSWER_PENALTY, "HN-ZZ.finance_officer",
                Map.of(VAR_PENALTY_ANSWER.name(), "dispute", VAR_PENALTY_REASON.name(), "The call went to a wrong address"));
        fixtures.complete(project, USER_ARBITRATE_DEFAULT, "HN-PCA.arbitrator",
                Map.of(VAR_ARBITRATION.name(), "waive", VAR_ARBITRATION_REASON.name(), "The call went to a wrong address"));

        assertThat(fixtures.endEvents(project)).containsExactly(END_PENALTY_WAIVED);
        assertThat(fixtures.events(project)).containsSubsequence("project.default-arbitrated", "project.penalty-waived")
                .doesNotContain("project.penalty-imposed");
        assertThat(projects.get(project.id(), ADMINISTRATOR).defaults()).extracting(ProjectDetail.Default::status)
                .containsExactly(DefaultStatus.WAIVED);
    }

    @Test
    void eachDefaultersAnswerStaysWithItsOwnContribution() {
        ProjectSummary project = fixtures.register(fixtures.approvedAgreement(), UNCONTESTED, "HN-CS", "HN-CS");
        for (String defaulter : List.of("HN-ZZ", "HN-XT")) {
            fixtures.fireTimer(project, TIMER_CONTRIBUTION_DEADLINE, defaulter);
            fixtures.fireTimer(project, TIMER_GRACE_PERIOD, defaulter);
        }

        fixtures.complete(project, USER_ANSWER_PENALTY, "HN-ZZ.coordinator",
                Map.of(VAR_PENALTY_ANSWER.name(), "dispute", VAR_PENALTY_REASON.name(), "The call reached us late"));
        fixtures.complete(project, USER_ANSWER_PENALTY, "HN-XT.coordinator", Map.of(VAR_PENALTY_ANSWER.name(), "accept"));

        assertThat(projects.get(project.id(), ADMINISTRATOR).defaults())
                .extracting(d -> d.participant().value(), ProjectDetail.Default::status, ProjectDetail.Default::answerReason)
                .containsExactlyInAnyOrder(tuple("HN-ZZ", DefaultStatus.DISPUTED, "The call reached us late"),
                        tuple("HN-XT", DefaultStatus.IMPOSED, null));
        assertThat(fixtures.openTasks(project, USER_ARBITRATE_DEFAULT)).hasSize(1);
        assertThat(fixtures.endEvents(project)).containsExactly(END_PENALTY_IMPOSED);
    }

    private ProjectSummary defaultedBeyondGrace(String defaulter) {
        ProjectSummary project = fixtures.register(fixtures.approvedAgreement(), UNCONTESTED, "HN-CS", "HN-CS");
        fixtures.fireTimer(project, TIMER_CONTRIBUTION_DEADLINE, defaulter);
        fixtures.fireTimer(project, TIMER_GRACE_PERIOD, defaulter);
        return project;
    }
}
