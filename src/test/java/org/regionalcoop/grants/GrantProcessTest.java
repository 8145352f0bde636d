package org.regionalcoop.grants;

import org.regionalcoop.grants.internal.DisbursementListener;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.events.EventFlow;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.projects.MilestoneVerified;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.agreements.SupportType.*;
import static org.regionalcoop.grants.GrantFixtures.money;
import static org.regionalcoop.grants.GrantFixtures.status;
import static org.regionalcoop.grants.internal.GrantProcess.*;

/** Eligibility by the decision table, reservation, and the grant officer's award, partial award or decline. */
@ProcessTest
class GrantProcessTest {

    private static final String HUNAN_OFFICER = "HN-PCA.grant_officer";

    @Autowired
    GrantFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Grants grants;

    @Autowired
    DisbursementListener disbursement;

    @Autowired
    TaskService tasks;

    @Autowired
    FormService forms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventFlow flow;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void anAwardCommitsTheCentralShareOfTheApprovingAgencysProgramme() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "100000000.00")), "HN-CS", "HN-ZZ", "HN-XT");
        fixtures.startGrants(agreement);

        Grant pending = only(agreement);
        assertThat(pending.agency().value()).as("Hunan approves Changsha-Zhuzhou-Xiangtan").isEqualTo("HN-PCA");
        assertThat(pending.centralSharePercent()).as("the central plate's share").isEqualTo(60);
        assertThat(pending.shareAmount()).isEqualTo(Money.of("60000000.00"));
        assertThat(entries(pending)).containsExactly("reserve 60000000.00");
        Task task = openTask(agreement);
        assertThat(task.getDueDate()).isNotNull();
        assertThat(forms.getTaskFormVariables(task.getId())).as("the item as its form shows it, from the grant's row")
                .containsEntry("supportType", "Fiscal transfer").containsEntry("requestedAmount", "100,000,000.00 yuan")
                .containsEntry("shareAmount", "60,000,000.00 yuan").containsEntry("reservedAmount", "60,000,000.00 yuan");

        driver.complete(agreement, USER_DECIDE_GRANT, HUNAN_OFFICER, Map.of(VAR_GRANT_DECISION.name(), "award"));

        Grant awarded = only(agreement);
        assertThat(awarded.status()).isEqualTo(GrantStatus.AWARDED);
        assertThat(awarded.awardedAmount()).isEqualTo(Money.of("60000000.00"));
        assertThat(entries(awarded)).containsExactly("reserve 60000000.00", "award 60000000.00");
        assertThat(driver.endEvents(agreement, KEY)).contains(END_ITEM_DECIDED, END_GRANTS_DECIDED);
        assertThat(audit(agreement)).contains("grant award");
        assertThat(flow.of(agreement.id())).filteredOn(event -> event.topic().equals("coop.grants.v1"))
                .extracting(EventFlow.Announced::type).as("announced in the order they happened").containsExactly(
                "org.regionalcoop.grant.funds-reserved.v1", "org.regionalcoop.grant.funds-awarded.v1",
                "org.regionalcoop.grant.awarded.v1");
    }

    @Test
    void aPartialAwardReleasesTheRestAndEachItemKeepsItsOwnValues() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "10000000.00"),
                money(INFRASTRUCTURE_INVESTMENT, "20000000.00")), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        assertThat(driver.openTasks(agreement, USER_DECIDE_GRANT)).as("one task per item, side by side").hasSize(2);
        Grant transfer = grants.of(agreement.id()).get(0);
        Grant infrastructure = grants.of(agreement.id()).get(1);

        complete(transfer, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "4000000.00",
                VAR_REASON.name(), "Phase one of the intercity rail only"));
        complete(infrastructure, Map.of(VAR_GRANT_DECISION.name(), "award"));

        transfer = grants.grant(transfer.id());
        assertThat(transfer.status()).isEqualTo(GrantStatus.PARTLY_AWARDED);
        assertThat(transfer.reason()).isEqualTo("Phase one of the intercity rail only");
        assertThat(entries(transfer)).containsExactly("reserve 6000000.00", "award 4000000.00", "release 2000000.00");
        infrastructure = grants.grant(infrastructure.id());
        assertThat(infrastructure.status()).isEqualTo(GrantStatus.AWARDED);
        assertThat(infrastructure.reason()).as("the other item's reason stays with it").isNull();
        assertThat(infrastructure.awardedAmount()).as("50% of 20000000.00").isEqualTo(Money.of("10000000.00"));
        assertThat(driver.endEvents(agreement, KEY)).contains(END_GRANTS_DECIDED);
    }

    @Test
    void badDecisionsAreRefusedAndTheTaskStaysOpen() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "10000000.00")), "HN-CS", "HN-XT");
        fixtures.startGrants(agreement);
        Grant grant = only(agreement);

        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "1000.00")))
                .hasMessageContaining("reason a partial needs a reason");
        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "6000000.00",
                VAR_REASON.name(), "too much"))).hasMessageContaining("awardedAmount a partial award is less than the central share of 6000000.00 yuan");
        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "-5.00",
                VAR_REASON.name(), "negative"))).hasMessageContaining(
                "awardedAmount (批准金额（元） / Awarded amount (yuan)) must be an amount of yuan such as 1,250,000.00");
        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "decline")))
                .hasMessageContaining("reason a decline needs a reason");

        assertThat(driver.openTasks(agreement, USER_DECIDE_GRANT)).hasSize(1);
        assertThat(grants.grant(grant.id()).status()).isEqualTo(GrantStatus.PENDING);
        assertThat(entries(grant)).containsExactly("reserve 6000000.00");
    }

    @Test
    void aDeclineReleasesTheWholeReservation() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "10000000.00")), "HN-CS", "HN-XT");
        fixtures.startGrants(agreement);
        Grant grant = only(agreement);

        complete(grant, Map.of(VAR_GRANT_DECISION.name(), "decline", VAR_REASON.name(), "Duplicates the provincial rail fund"));

        Grant declined = grants.grant(grant.id());
        assertThat(declined.status()).isEqualTo(GrantStatus.DECLINED);
        assertThat(declined.decidedBy()).isEqualTo("unknown");
        assertThat(entries(grant)).containsExactly("reserve 6000000.00", "release 6000000.00");
        assertThat(audit(agreement)).contains("grant decline");
    }

    @Test
    void theDecisionTableDeclinesIneligibleItemsWithItsReason() {
        Agreement agreement = fixtures.propose(List.of(money(TAX_PREFERENCE, "10000000.00"),
                money(FISCAL_TRANSFER, "6000000000.00")), "SH", "JS");
        fixtures.startGrants(agreement);

        assertThat(driver.openTasks(agreement, USER_DECIDE_GRANT)).isEmpty();
        List<Grant> declined = grants.of(agreement.id());
        assertThat(declined).extracting(Grant::status).containsOnly(GrantStatus.DECLINED);
        assertThat(declined).extracting(Grant::reason).containsExactly(
                "the eastern plate receives no new regional tax preferences",
                "above the ceiling of 5000000000.00 yuan for one fiscal transfer");
        assertThat(declined).extracting(Grant::decidedBy).containsOnly(Grants.PLATFORM);
        assertThat(driver.endEvents(agreement, KEY)).contains(END_ITEM_INELIGIBLE, END_GRANTS_DECIDED);
        assertThat(jdbc.queryForObject("select count(*) from grant_ledger_entry where agreement_id = ?::uuid",
                Integer.class, agreement.id().toString())).isZero();
    }

    @Test
    void anAgreementWithoutSupportRequestsEndsAtOnce() {
        Agreement agreement = fixtures.propose(List.of(), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);

        assertThat(grants.of(agreement.id())).isEmpty();
        assertThat(driver.endEvents(agreement, KEY)).containsExactly(END_GRANTS_DECIDED);
    }

    /**
     * Jiangsu's infrastructure programme of this test holds 10 000 000.00: the first item reserves all of it
     * (less than its share), the next finds the budget exhausted, and the officer cannot award the first its
     * whole share until the budget allows.
     */
    @Test
    void anExhaustedBudgetDeclinesAndAnAwardAboveTheBudgetIsRefused() {
        long programme = fixtures.newProgramme("JS-PCA", INFRASTRUCTURE_INVESTMENT, "10000000.00");
        Agreement first = fixtures.propose(List.of(money(INFRASTRUCTURE_INVESTMENT, "80000000.00")), "JS-NJ", "JS-SZ");
        fixtures.startGrants(first);
        Agreement second = fixtures.propose(List.of(money(INFRASTRUCTURE_INVESTMENT, "10000000.00")), "JS-NJ", "JS-WX");
        fixtures.startGrants(second);

        Grant exhausted = only(second);
        assertThat(exhausted.status()).isEqualTo(GrantStatus.DECLINED);
        assertThat(exhausted.reason()).isEqualTo(Grants.BUDGET_EXHAUSTED);
        assertThat(driver.endEvents(second, KEY)).contains(END_BUDGET_EXHAUSTED);

        Grant grant = only(first);
        assertThat(grant.shareAmount()).as("the east's 20%").isEqualTo(Money.of("16000000.00"));
        assertThat(entries(grant)).containsExactly("reserve 10000000.00");
        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "award")))
                .hasMessageContaining("awardedAmount 16000000.00 yuan is above the remaining budget of 10000000.00 yuan");
        assertThat(driver.openTasks(first, USER_DECIDE_GRANT)).hasSize(1);

        complete(grant, Map.of(VAR_GRANT_DECISION.name(), "partial", VAR_AWARDED_AMOUNT.name(), "10000000.00",
                VAR_REASON.name(), "What the programme holds this year"));
        assertThat(grants.grant(grant.id()).awardedAmount()).isEqualTo(Money.of("10000000.00"));
        assertThat(grants.balances(programme, LifecycleDriver.ADMINISTRATOR).available())
                .isEqualTo(Money.of("0.00"));
    }

    @Test
    void aPilotZoneIsGrantedForAPeriodWithConditionsAndCanBeRevoked() {
        Agreement agreement = fixtures.propose(List.of(status(PILOT_ZONE_STATUS)), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        Grant grant = only(agreement);
        assertThat(grant.centralSharePercent()).isZero();

        assertThatThrownBy(() -> complete(grant, Map.of(VAR_GRANT_DECISION.name(), "award", VAR_VALID_FROM.name(), "2027-01-01")))
                .hasMessageContaining("validTo is required");
        complete(grant, Map.of(VAR_GRANT_DECISION.name(), "award", VAR_VALID_FROM.name(), "2027-01-01", VAR_VALID_TO.name(), "2029-12-31",
                VAR_CONDITIONS.name(), "Report the pilot's results every half year"));

        Grant granted = grants.grant(grant.id());
        assertThat(granted.status()).isEqualTo(GrantStatus.AWARDED);
        assertThat(granted.validTo()).hasToString("2029-12-31");
        assertThat(granted.conditions()).isEqualTo("Report the pilot's results every half year");

        Caller officer = new Caller("hn-pca.grant_officer", Set.of(HUNAN_OFFICER));
        grants.revoke(grant.id(), "No report for two years", officer);
        assertThat(grants.grant(grant.id()).status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(audit(agreement)).contains("grant revoke");
    }

    @Test
    void aVerifiedMilestoneIsPaidFromTheAwardAndNeverBeyondIt() {
        Agreement agreement = fixtures.propose(List.of(money(FISCAL_TRANSFER, "10000000.00")), "HN-CS", "HN-ZZ");
        fixtures.startGrants(agreement);
        Grant grant = only(agreement);
        complete(grant, Map.of(VAR_GRANT_DECISION.name(), "award"));
        ProjectId project = ProjectId.random();

        transaction.executeWithoutResult(status -> disbursement.on(new MilestoneVerified(agreement.id().value(), project,
                "Track bed laid", Money.of("4000000.00"), "hn-cs.coordinator", Instant.now())));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> disbursement.on(new MilestoneVerified(
                agreement.id().value(), project, "Stations built", Money.of("2000000.01"), "hn-cs.coordinator",
                Instant.now())))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its awards have only 2000000.00 yuan not yet disbursed");

        assertThat(entries(grant)).containsExactly("reserve 6000000.00", "award 6000000.00", "disburse 4000000.00");
        assertThat(grants.grant(grant.id()).disbursedAmount()).isEqualTo(Money.of("4000000.00"));
        assertThat(grants.undisbursed(agreement.id())).isEqualTo(Money.of("2000000.00"));
    }

    private Grant only(Agreement agreement) {
        List<Grant> items = grants.of(agreement.id());
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private Task openTask(Agreement agreement) {
        List<Task> open = driver.openTasks(agreement, USER_DECIDE_GRANT);
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    /** Completes the decision task of this item. */
    private void complete(Grant grant, Map<String, Object> values) {
        Task task = driver.openTasks(new Agreement(grant.agreementId(), null, null, null, null, null, null),
                USER_DECIDE_GRANT).stream()
                .filter(open -> grant.id().equals(VAR_GRANT_ID.from(tasks, open.getId()).getOrNull()))
                .findFirst().orElseThrow();
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup(grant.grantOfficerGroup()).count()).isOne();
        tasks.complete(task.getId(), new HashMap<>(values));
    }

    private List<String> entries(Grant grant) {
        return grants.ledger(grant.programmeId(), Integer.MAX_VALUE, 0, LifecycleDriver.ADMINISTRATOR).stream()
                .filter(entry -> grant.id().equals(entry.grantId()))
                .map(entry -> entry.kind().key() + " " + entry.amount()).toList();
    }

    private List<String> audit(Agreement agreement) {
        return driver.audit(agreement.id()).stream().map(entry -> entry.kind() + " " + entry.decision()).toList();
    }
}
