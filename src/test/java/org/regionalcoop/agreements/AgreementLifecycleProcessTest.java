package org.regionalcoop.agreements;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.consensus.Ballots;
import org.regionalcoop.consensus.internal.BallotRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.agreements.AgreementLifecycleProcess.*;

/** Every path of the main lifecycle process, through its stages' tasks. */
@ProcessTest
class AgreementLifecycleProcessTest {

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    Ballots ballots;

    @Autowired
    BallotRepository rounds;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void proposingStartsTheLifecycleInConsensus() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.IN_CONSENSUS);
        assertThat(driver.openTasks(agreement, "user_cast_vote")).hasSize(2);
    }

    @Test
    void failedConsensusEndsTheLifecycle() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        driver.complete(agreement, "user_cast_vote", "SH.coordinator", Map.of("answer", "consent"));
        driver.complete(agreement, "user_cast_vote", "JS.coordinator", Map.of("answer", "decline"));

        assertThat(driver.endEvents(agreement, KEY)).containsExactly(END_CONSENSUS_FAILED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.CONSENSUS_FAILED);
    }

    @Test
    void anAbandonedConsensusEndsTheLifecycle() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        driver.fireTimer(agreement, "timer_round_deadline");
        driver.complete(agreement, "user_hold_joint_meeting", "SH.leader",
                Map.of("meetingDecision", "abandon", "minutes", "no prospect"));

        assertThat(driver.endEvents(agreement, KEY)).containsExactly(END_AGREEMENT_ABANDONED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.ABANDONED);
    }

    @Test
    void aRejectionEndsTheLifecycle() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.reachConsensus(agreement);

        driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer",
                Map.of("reviewDecision", "reject", "reason", "out of scope"));

        assertThat(driver.endEvents(agreement, KEY)).containsExactly(END_AGREEMENT_REJECTED);
    }

    @Test
    void aVersionUnderReviewOrInForceIsNotRevisedUnlessTheReviewersAskForIt() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.reachConsensus(agreement);
        AgreementContent changed = LifecycleDriver.content(AgreementType.FRAMEWORK, "8000000.00", "SH", "JS");

        assertThatThrownBy(() -> agreements.revise(agreement.id(), changed, "slipped in", LifecycleDriver.coordinatorOf("SH")))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field, Violation::message)
                        .containsExactly(tuple("content", "version 1 is under review; it is revised once its reviewers ask for a revision")));
        assertThat(agreements.revisable(agreements.current(agreement.id()))).isFalse();
        driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer", Map.of("reviewDecision", "approve"));
        driver.awardGrants(agreement);

        assertThatThrownBy(() -> agreements.revise(agreement.id(), changed, "after the fact", LifecycleDriver.coordinatorOf("SH")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("before it comes into force");
        assertThat(agreements.versions(agreement.id(), LifecycleDriver.coordinatorOf("SH"))).hasSize(1);
    }

    @Test
    void aRequestForRevisionReopensConsensusOnTheRevisedVersion() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.reachConsensus(agreement);
        driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer",
                Map.of("reviewDecision", "revise", "reason", "name the funding sources"));
        assertThat(agreements.revisable(agreements.current(agreement.id()))).isTrue();

        agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.FRAMEWORK, "8000000.00", "SH", "JS"),
                "funding sources named", LifecycleDriver.coordinatorOf("SH"));
        driver.complete(agreement, USER_REVISE_AFTER_REVIEW, "SH.coordinator", Map.of("revisionNote", "sources named"));
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.IN_CONSENSUS);
        assertThat(ballots.latestRound(agreement.id())).hasValue(2);
        assertThat(rounds.lastRoundVersion(agreement.id())).as("round 2 puts version 2").contains(2);
        driver.reachConsensus(agreement);
        driver.complete(agreement, "user_review_agreement", "CN-CCA.reviewer", Map.of("reviewDecision", "approve"));

        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.APPROVED);
    }

    @Test
    void atTheEndOfTheTermTheAgreementIsEvaluatedAndRenewedAsALinkedAgreement() {
        Agreement agreement = approved("SH", "JS");

        driver.fireTimer(agreement, TIMER_TERM_ENDED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.IN_CLOSURE);
        driver.complete(agreement, "user_evaluate_agreement", "SH.coordinator",
                Map.of("evaluation", "targets met", "closureDecision", "renew"));

        assertThat(driver.endEvents(agreement, KEY)).containsExactlyInAnyOrder(END_TERM_ENDED, END_AGREEMENT_RENEWED);
        assertThat(driver.endEvents(agreement, "agreement_settlement")).as("settled once more at the end")
                .containsExactly("end_nothing_to_settle");
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.CLOSED);
        Agreement renewal = agreements.renewal(agreement.id()).orElseThrow();
        assertThat(renewal.renewalOf()).contains(agreement.id());
        assertThat(renewal.current().content().term().start()).isEqualTo(LocalDate.of(2032, 1, 1));
        assertThat(renewal.status()).as("the renewal's own lifecycle started").isEqualTo(AgreementStatus.IN_CONSENSUS);
    }

    @Test
    void everySettlementPeriodThePeriodIsSettledWhileTheTermRunsOn() {
        Agreement agreement = approved("SH", "ZJ");

        driver.fireTimer(agreement, TIMER_SETTLEMENT_DUE);

        assertThat(driver.endEvents(agreement, KEY)).containsExactly(END_PERIOD_SETTLED);
        assertThat(driver.endEvents(agreement, "agreement_settlement")).as("no project paid anything yet")
                .containsExactly("end_nothing_to_settle");
        assertInForce(agreement);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.APPROVED);
    }

    @Test
    void atTheEndOfTheTermTheAgreementCanBeTerminated() {
        Agreement agreement = approved("HN-CS", "HN-ZZ");

        driver.fireTimer(agreement, TIMER_TERM_ENDED);
        driver.complete(agreement, "user_evaluate_agreement", "HN-CS.coordinator",
                Map.of("evaluation", "done", "closureDecision", "terminate"));

        assertThat(driver.endEvents(agreement, KEY)).containsExactlyInAnyOrder(END_TERM_ENDED, END_AGREEMENT_TERMINATED);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(agreements.renewal(agreement.id())).isEmpty();
    }

    /** Instances on a definition deployed before the due dates' bean was renamed still call it by its former name. */
    @Test
    void theDueDatesBeanAnswersToItsFormerNameToo(@Autowired ApplicationContext context) {
        assertThat(context.getBean("agreementDeadlines")).isSameAs(context.getBean("agreementPolicy"));
    }

    private Agreement approved(String... participants) {
        Agreement agreement = driver.approve(driver.propose(AgreementType.FRAMEWORK, "10000000.00", participants),
                participants[0].startsWith("HN") ? "HN-PCA.reviewer" : "CN-CCA.reviewer");
        BpmnAwareTests.assertThat(lifecycle(agreement)).hasPassed(EVENT_COOPERATION_APPROVED).isWaitingAt(CALL_GRANTS);
        driver.awardGrants(agreement);
        assertInForce(agreement);
        return agreement;
    }

    /** Waiting for the end of its term, with the next settlement period's timer set. */
    private void assertInForce(Agreement agreement) {
        BpmnAwareTests.assertThat(lifecycle(agreement)).isWaitingAt(TIMER_TERM_ENDED);
        assertThat(management.createJobQuery().processInstanceId(lifecycle(agreement).getId())
                .activityId(TIMER_SETTLEMENT_DUE).timers().count()).isOne();
    }

    private ProcessInstance lifecycle(Agreement agreement) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(agreement.id().toString()).singleResult();
    }
}
