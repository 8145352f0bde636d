package org.regionalcoop.settlement;

import org.regionalcoop.settlement.internal.Fen;
import org.regionalcoop.settlement.internal.SettlementProcess;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.projects.ContributionPaid;
import org.regionalcoop.projects.PenaltyImposed;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlement tests' helpers: a Changsha-Zhuzhou-Xiangtan agreement, the projects' facts published as the
 * projects module would (Spring events inside a transaction), and the settlement process driven by its tasks.
 */
@Component
public class SettlementFixture {

    public static final String CS = "HN-CS";
    public static final String ZZ = "HN-ZZ";
    public static final String XT = "HN-XT";
    public static final String ARBITRATORS = "HN-PCA.arbitrator";
    static final Instant DURING_2027 = Instant.parse("2027-06-01T00:00:00Z");
    public static final String END_OF_2027 = "2028-01-01T00:00:00Z";

    private final LifecycleDriver driver;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final Settlements settlements;

    SettlementFixture(LifecycleDriver driver, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                      RuntimeService runtime, TaskService tasks, ManagementService management, JdbcTemplate jdbc,
                      Settlements settlements) {
        this.driver = driver;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
        this.settlements = settlements;
    }

    public Agreement changshaZhuzhouXiangtan() {
        return driver.propose(AgreementType.FRAMEWORK, "10000000.00", CS, ZZ, XT);
    }

    /**
     * A ring road: Changsha bears half, Zhuzhou and Xiangtan a quarter each, and paid 6, 2 and 2 million,
     * so Zhuzhou and Xiangtan each owe Changsha 500,000.00.
     */
    public ProjectId ringRoad(Agreement agreement) {
        ProjectId project = ProjectId.random();
        publish(new ProjectStarted(agreement.id().value(), project, "Ring road", new GovernmentCode(CS),
                CooperationField.TRANSPORT, Money.of("10000000.00"), Money.ZERO,
                List.of(CostShare.of(CS, "50"), CostShare.of(ZZ, "25"), CostShare.of(XT, "25")), DURING_2027));
        pay(agreement, project, CS, "6000000.00", DURING_2027);
        pay(agreement, project, ZZ, "2000000.00", DURING_2027);
        pay(agreement, project, XT, "2000000.00", DURING_2027);
        return project;
    }

    /**
     * A project started in 2027 whose participants bear these shares of its budget (in their order; the first leads)
     * and paid these amounts, so that settlement nets what each paid against its share.
     */
    public ProjectId project(Agreement agreement, String name, String budget, List<CostShare> shares, Map<String, String> paid) {
        ProjectId project = ProjectId.random();
        publish(new ProjectStarted(agreement.id().value(), project, name, shares.get(0).participant(),
                CooperationField.TRANSPORT, Money.of(budget), Money.ZERO, shares, DURING_2027));
        paid.forEach((participant, yuan) -> pay(agreement, project, participant, yuan, DURING_2027));
        return project;
    }

    void pay(Agreement agreement, ProjectId project, String participant, String yuan, Instant at) {
        publish(new ContributionPaid(agreement.id().value(), project, new GovernmentCode(participant), Money.of(yuan), at));
    }

    public void penalty(Agreement agreement, ProjectId project, String defaulter, String yuan) {
        publish(new PenaltyImposed(agreement.id().value(), project, new GovernmentCode(defaulter), Money.of(yuan),
                "contribution two months late", DURING_2027));
    }

    /** Publishes a projects fact inside a transaction, as the projects module does. */
    void publish(AgreementEvent event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    void inTransaction(Runnable action) {
        transactions.executeWithoutResult(status -> action.run());
    }

    public ProcessInstance settle(Agreement agreement, SettlementKind kind, String periodEnd) {
        return runtime.startProcessInstanceByKey(SettlementProcess.KEY, agreement.id().toString(), Map.of(
                SettlementProcess.VAR_AGREEMENT_ID.name(), agreement.id().toString(),
                SettlementProcess.VAR_SETTLEMENT_KIND.name(), kind.key(),
                SettlementProcess.VAR_PERIOD_END.name(), periodEnd));
    }

    /** The agreement's benefit reports, settled or not, oldest first, as an administrator sees them. */
    public List<BenefitReport> benefitReports(AgreementId agreement) {
        return settlements.benefitReports(agreement, LifecycleDriver.ADMINISTRATOR);
    }

    /**
     * How many counterpart supports are recorded for the agreement. No API lists them (settlement reads them when it
     * divides), so the tests that record one count them here.
     */
    public int counterpartSupports(Agreement agreement) {
        return jdbc.queryForObject("select count(*) from settlement_support where agreement_id = ?", Integer.class,
                agreement.id().value());
    }

    /** The agreement's settlements, oldest first, as an administrator sees them. */
    public List<Settlement> ofAgreement(AgreementId agreement) {
        return settlements.ofAgreement(agreement, LifecycleDriver.ADMINISTRATOR);
    }

    /** Where the settlement the process instance runs stands. */
    public SettlementStatus status(ProcessInstance instance) {
        return settlements.get(settlementOf(instance), LifecycleDriver.ADMINISTRATOR).status();
    }

    /**
     * The transfers of the agreement's proposed settlements, in order, each as
     * {@code <kind> to <period end, UTC date>: <payer> pays <payee> <fen>}.
     */
    public List<String> proposedTransfers(AgreementId agreement) {
        return ofAgreement(agreement).stream().filter(settlement -> settlement.status() == SettlementStatus.PROPOSED)
                .flatMap(settlement -> settlement.transfers().stream().map(transfer -> "%s to %s: %s pays %s %d".formatted(
                        settlement.kind().key(), LocalDate.ofInstant(settlement.periodEnd(), ZoneOffset.UTC),
                        transfer.payer(), transfer.payee(), Fen.of(transfer.amount()))))
                .toList();
    }

    /**
     * The project contributions the agreement's settlement accounts hold (of one project, or of all with null), each as
     * {@code <participant> <fen> <paid on, UTC date>}, by participant. No API lists them (settlement reads them when it
     * divides), so the tests that follow a payment into the accounts read them here.
     */
    public List<String> contributions(AgreementId agreement, ProjectId project) {
        return jdbc.queryForList("""
                select participant || ' ' || amount_fen || ' ' || to_char(paid_at at time zone 'UTC', 'YYYY-MM-DD')
                  from settlement_contribution
                 where agreement_id = ? and (?::uuid is null or project_id = ?::uuid) order by participant, paid_at
                """, String.class, agreement.value(), project == null ? null : project.value(),
                project == null ? null : project.value());
    }

    /** The participants that share the project's costs in the agreement's settlement accounts, in order. */
    public List<String> projectShares(AgreementId agreement, ProjectId project) {
        return jdbc.queryForList("select participant from settlement_project where agreement_id = ? and project_id = ? order by participant",
                String.class, agreement.value(), project.value());
    }

    public SettlementId settlementOf(ProcessInstance instance) {
        return SettlementId.of(jdbc.queryForObject("select id::text from settlement where process_instance_id = ?",
                String.class, instance.getId()));
    }

    /** Completes the instance's single open task of this kind offered to this group. */
    void complete(ProcessInstance instance, String taskDefinitionKey, String candidateGroup, Map<String, Object> values) {
        tasks.complete(task(instance, taskDefinitionKey, candidateGroup).getId(), values);
        awaitContinuations(instance);
    }

    /** Waits until the settlement's steps after the last answer (finalizing it) have run as the engine's jobs. */
    public void awaitContinuations(ProcessInstance instance) {
        driver.awaitContinuations(AgreementId.of(instance.getBusinessKey()));
    }

    public Task task(ProcessInstance instance, String taskDefinitionKey, String candidateGroup) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).taskCandidateGroup(candidateGroup).list();
        assertThat(open).as("%s tasks for %s", taskDefinitionKey, candidateGroup).hasSize(1);
        return open.get(0);
    }

    public void confirm(ProcessInstance instance, String... participants) {
        for (String participant : participants) {
            complete(instance, SettlementProcess.USER_CONFIRM_SETTLEMENT, participant + ".finance_officer",
                    Map.of(SettlementProcess.VAR_ANSWER.name(), "confirm"));
        }
    }

    void fireTimer(ProcessInstance instance, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().list();
        assertThat(jobs).as("timer %s", activityId).hasSize(1);
        management.executeJob(jobs.get(0).getId());
        awaitContinuations(instance);
    }

    /** The event types the outbox holds for the agreement, in order. */
    List<String> publishedTypes(Agreement agreement, String prefix) {
        return driver.publishedTypes(agreement.id(), prefix);
    }
}
