package org.regionalcoop.projects;

import org.regionalcoop.projects.internal.JointProjectProcess;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Approved agreements of Changsha, Zhuzhou and Xiangtan (approved by HN-PCA), their projects and their tasks. */
@Component
public class ProjectFixtures {

    static final String[] CZT = {"HN-CS", "HN-ZZ", "HN-XT"};

    private final LifecycleDriver driver;
    private final Agreements agreements;
    private final Projects projects;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final JdbcTemplate jdbc;

    ProjectFixtures(LifecycleDriver driver, Agreements agreements, Projects projects, RuntimeService runtime,
                    TaskService tasks, ManagementService management, HistoryService history, JdbcTemplate jdbc) {
        this.driver = driver;
        this.agreements = agreements;
        this.projects = projects;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.jdbc = jdbc;
    }

    Agreement approvedAgreement() {
        Agreement agreement = driver.approve(driver.propose(AgreementType.FRAMEWORK, "10000000.00", CZT),
                "HN-PCA.reviewer");
        driver.awardGrants(agreement);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.APPROVED);
        return agreements.current(agreement.id());
    }

    /**
     * A budget of 1000.00 with a grant part of 400.00: contributions 300.00 (HN-CS, 50 %), 180.00 (HN-ZZ,
     * 30 %) and 120.00 (HN-XT, 20 %); milestones "Design" (150.00) and "Build" (250.00).
     */
    static ProjectRegistration registration(CooperationField field, String lead, String location) {
        String named = field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new ProjectRegistration("Joint " + named + " project at " + location, new GovernmentCode(lead), field,
                new GovernmentCode(location), Money.of("1000.00"), Money.of("400.00"),
                List.of(CostShare.of("HN-CS", "50"), CostShare.of("HN-ZZ", "30"), CostShare.of("HN-XT", "20")),
                List.of(new MilestonePlan("Design", LocalDate.of(2027, 6, 30), Money.of("150.00")),
                        new MilestonePlan("Build", LocalDate.of(2028, 6, 30), Money.of("250.00"))));
    }

    ProjectSummary register(Agreement agreement, CooperationField field, String lead, String location) {
        return projects.register(agreement.id(), registration(field, lead, location), LifecycleDriver.coordinatorOf(lead));
    }

    ProcessInstance instance(ProjectSummary project) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(JointProjectProcess.KEY)
                .processInstanceBusinessKey(JointProjectProcess.businessKey(project.agreementId(), project.id()))
                .singleResult();
    }

    String instanceId(ProjectSummary project) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(JointProjectProcess.KEY)
                .processInstanceBusinessKey(JointProjectProcess.businessKey(project.agreementId(), project.id()))
                .singleResult().getId();
    }

    List<Task> openTasks(ProjectSummary project, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(instanceId(project)).taskDefinitionKey(taskDefinitionKey).list();
    }

    /** Completes the project's single open task of this kind, which must be offered to this group. */
    void complete(ProjectSummary project, String taskDefinitionKey, String candidateGroup, Map<String, Object> values) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instanceId(project))
                .taskDefinitionKey(taskDefinitionKey).taskCandidateGroup(candidateGroup).list();
        assertThat(open).as("%s tasks for %s", taskDefinitionKey, candidateGroup).hasSize(1);
        tasks.complete(open.get(0).getId(), values);
    }

    /** Fires the project's timer at this activity for this participant now, as if its time had come. */
    void fireTimer(ProjectSummary project, String activityId, String participant) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instanceId(project)).activityId(activityId)
                .timers().list().stream()
                .filter(job -> participant.equals(JointProjectProcess.VAR_PARTICIPANT.from(runtime, job.getExecutionId()).get().value()))
                .toList();
        assertThat(jobs).as("timer %s of %s", activityId, participant).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    void pay(ProjectSummary project, String participant, String amount) {
        projects.recordPayment(new AgreementId(project.agreementId()), project.id(),
                new GovernmentCode(participant), Money.of(amount), Instant.parse("2027-02-01T00:00:00Z"),
                "urn:gov:" + participant.toLowerCase());
    }

    /** The end events the project's instance reached so far, in order. */
    List<String> endEvents(ProjectSummary project) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId(project))
                .activityType("noneEndEvent").finished().orderByHistoricActivityInstanceEndTime().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** The types of the events published about the project, in commit order, without the prefix and version. */
    List<String> events(ProjectSummary project) {
        return published(project).stream().map(LifecycleDriver.Published::type)
                .map(type -> type.replace("org.regionalcoop.", "").replace(".v1", "")).toList();
    }

    /** The events published about the project, in commit order, with their data. */
    List<LifecycleDriver.Published> published(ProjectSummary project) {
        return driver.published(new AgreementId(project.agreementId())).stream()
                .filter(event -> project.id().toString().equals(event.data().path("projectId").asText(null))).toList();
    }

    /**
     * Closes the agreement as the lifecycle does at the end of its term: the secretariat renews it and hands every
     * running project over to the renewal, which this proposes.
     */
    Agreement handOverToRenewal(Agreement agreement, String secretariat) {
        close(agreement, secretariat, "renew", "hand-over");
        return agreements.renew(agreement.id());
    }

    /** Closes the agreement: the secretariat evaluates it ({@code renew} or {@code terminate}) and decides every project. */
    void close(Agreement agreement, String secretariat, String closureDecision, String projectDecision) {
        ProcessInstance closure = runtime.startProcessInstanceByKey("agreement_closure", agreement.id().toString(),
                Map.of("agreementId", agreement.id().toString(), "secretariat", secretariat));
        Task evaluation = tasks.createTaskQuery().processInstanceId(closure.getId())
                .taskDefinitionKey("user_evaluate_agreement").singleResult();
        tasks.complete(evaluation.getId(), Map.of("evaluation", "The network's works go on",
                "closureDecision", closureDecision));
        for (Task decision : tasks.createTaskQuery().processInstanceId(closure.getId())
                .taskDefinitionKey("user_decide_running_project").list()) {
            tasks.complete(decision.getId(), Map.of("projectDecision", projectDecision,
                    "projectDecisionReason", "Decided at the closure"));
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(closure.getId()).finished().count())
                .as("the closure ended").isOne();
    }

    /**
     * A contribution payment as the project's ledger keeps it. No API lists a project's payments one by one (a
     * contribution shows what its participant paid in all), so the tests that look at one read it here.
     *
     * @param original what was paid, when in another currency than the agreement's, at the agreed rate; null otherwise
     */
    public record Payment(GovernmentCode participant, Money amount, OriginalAmount original, String reportedBy,
                          boolean afterDefault) {
    }

    /** The project's payments in the order they were recorded. */
    public List<Payment> payments(ProjectId project) {
        return jdbc.query("""
                select participant, amount, original_amount, original_currency, rate, rate_date, reported_by, after_default
                  from project_payment where project_id = ? order by id
                """, (rs, row) -> new Payment(new GovernmentCode(rs.getString("participant")),
                new Money(rs.getBigDecimal("amount")), rs.getString("original_currency") == null ? null
                : new OriginalAmount(new Money(rs.getBigDecimal("original_amount")),
                        CurrencyCode.of(rs.getString("original_currency")),
                        rs.getBigDecimal("rate").stripTrailingZeros().toPlainString(), rs.getObject("rate_date", LocalDate.class)),
                rs.getString("reported_by"), rs.getBoolean("after_default")), project.value());
    }

    /** The participant's payments of the project, in the order they were recorded. */
    public List<Payment> payments(ProjectId project, String participant) {
        return payments(project).stream().filter(payment -> payment.participant().value().equals(participant)).toList();
    }

    ProjectStatus projectStatus(ProjectSummary project) {
        return projects.get(project.id(), LifecycleDriver.ADMINISTRATOR).project().status();
    }
}
