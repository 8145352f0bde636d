package org.regionalcoop.consensus;

import org.regionalcoop.consensus.internal.BallotProcess;
import org.regionalcoop.consensus.internal.BallotRepository;
import org.regionalcoop.consensus.internal.ParticipantAnswers;
import org.regionalcoop.consensus.internal.VoteCast;
import org.regionalcoop.consensus.internal.VoteCastHandler;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.RevisionRefusal;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.consensus.internal.ConsensusProcess.*;

/** Every path of the consensus and ballot processes, on the real engine and database. */
@ProcessTest
class ConsensusProcessTest {

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    ParticipantAnswers participantAnswers;

    @Autowired
    Ballots ballots;

    @Autowired
    VoteCastHandler voteCasts;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BallotRepository repository;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void bindAssertionsToTheEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void aFrameworkAgreementIsSignedWhenEveryParticipantConsents() {
        Agreement yrd = propose(AgreementType.FRAMEWORK, "SH", "JS", "ZJ", "AH");
        ProcessInstance consensus = start(yrd);

        answerAs("sh.coordinator", yrd, 1, "SH", "consent");
        answer(yrd, 1, "JS", "consent");
        answer(yrd, 1, "ZJ", "consent");
        answer(yrd, 1, "AH", "consent");

        List<Task> signatures = tasks.createTaskQuery().processInstanceId(consensus.getId())
                .taskDefinitionKey(USER_SIGN_AGREEMENT).list();
        assertThat(signatures).hasSize(4);
        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("AH.leader").count()).isOne();
        signatures.forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", yrd.current().contentHash())));

        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(repository.signatories(yrd.id(), 1)).containsExactly("AH", "JS", "SH", "ZJ");
        assertThat(driver.ballot(new BallotKey(yrd.id(), 1, new GovernmentCode("SH"))).answeredBy())
                .isEqualTo("sh.coordinator");
    }

    @Test
    void oneDeclineFailsAFrameworkAgreement() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS", "ZJ");
        ProcessInstance consensus = start(agreement);

        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "decline");
        answer(agreement, 1, "ZJ", "consent");

        assertEnded(consensus, END_CONSENSUS_FAILED, "failed");
    }

    @Test
    void aDeclinerDropsOutOfASpecializedAgreementWhileTwoThirdsConsent() {
        Agreement czt = propose(AgreementType.SPECIALIZED, "HN-CS", "HN-ZZ", "HN-XT");
        ProcessInstance consensus = start(czt);

        answer(czt, 1, "HN-CS", "consent");
        answer(czt, 1, "HN-ZZ", "decline");
        answer(czt, 1, "HN-XT", "consent");

        List<Task> signatures = tasks.createTaskQuery().processInstanceId(consensus.getId())
                .taskDefinitionKey(USER_SIGN_AGREEMENT).list();
        assertThat(signatures).hasSize(2);
        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("HN-ZZ.leader").count()).isZero();
        Agreement withoutZhuzhou = agreements.current(czt.id());
        assertThat(withoutZhuzhou.current().number()).isEqualTo(2);
        assertThat(withoutZhuzhou.current().content().participants()).extracting(GovernmentCode::value)
                .containsExactly("HN-CS", "HN-XT");
        assertThat(withoutZhuzhou.current().content().costShares()).extracting(share -> share.percent().toPlainString())
                .containsExactly("50.0001", "49.9999");
        assertThatThrownBy(() -> tasks.complete(signatures.get(0).getId(),
                Map.of("signedContentHash", czt.current().contentHash())))
                .as("the consented version still listed Zhuzhou").hasMessageContaining("must confirm version 2");
        signatures.forEach(task -> tasks.complete(task.getId(),
                Map.of("signedContentHash", withoutZhuzhou.current().contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(repository.signatories(czt.id(), 2)).containsExactly("HN-CS", "HN-XT");
    }

    @Test
    void aSpecializedAgreementFailsBelowTwoThirds() {
        Agreement agreement = propose(AgreementType.SPECIALIZED, "HN-CS", "HN-ZZ", "HN-XT", "HN-CS-LY");
        ProcessInstance consensus = start(agreement);

        answer(agreement, 1, "HN-CS", "consent");
        answer(agreement, 1, "HN-ZZ", "decline");
        answer(agreement, 1, "HN-XT", "consent");
        answer(agreement, 1, "HN-CS-LY", "decline");

        assertEnded(consensus, END_CONSENSUS_FAILED, "failed");
    }

    @Test
    void aLeaderSignsThroughTheParticipantsSystemOnceAndOnlyTheVersionBeingSigned() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        String hash = agreement.current().contentHash();
        GovernmentCode jiangsu = new GovernmentCode("JS");
        assertThat(participantAnswers.sign(agreement.id(), jiangsu, 1, hash, "Governor"))
                .as("before the round decided, nobody signs").isEqualTo(ParticipantAnswers.SignatureOutcome.NOT_AWAITED);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "consent");

        assertThatThrownBy(() -> participantAnswers.sign(agreement.id(), jiangsu, 2, hash, "Governor"))
                .hasMessage("Version 1 is being signed, not version 2");
        assertThat(participantAnswers.sign(agreement.id(), jiangsu, 1, hash, "Governor"))
                .isEqualTo(ParticipantAnswers.SignatureOutcome.SIGNED);
        assertThat(participantAnswers.sign(agreement.id(), jiangsu, 1, hash, "Governor"))
                .isEqualTo(ParticipantAnswers.SignatureOutcome.ALREADY_SIGNED);
        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("JS.leader").count())
                .as("the leader's task is withdrawn").isZero();
        Task shanghai = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("SH.leader").singleResult();
        tasks.complete(shanghai.getId(), Map.of("signedContentHash", hash));

        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(consensus.getId())
                .activityId(END_SYSTEM_SIGNATURE_GIVEN).count()).isOne();
        assertThat(driver.signedBy(agreement.id(), "JS")).containsExactly("Governor");
    }

    @Test
    void aSignatureMustConfirmTheConsentedVersion() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "consent");
        Task signature = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("SH.leader").singleResult();

        assertThatThrownBy(() -> tasks.complete(signature.getId(), Map.of("signedContentHash", "0".repeat(64))))
                .hasMessageContaining("must confirm version 1 by its content hash " + agreement.current().contentHash());
        assertThat(tasks.createTaskQuery().taskId(signature.getId()).count()).isOne();
    }

    @Test
    void amendmentsOpenANewRoundOnTheRevisedVersion() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);

        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "amend");
        Task revise = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_REVISE_AGREEMENT).singleResult();
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).taskCandidateGroup("SH.coordinator").count()).isOne();
        var revised = agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                "Jiangsu's share raised as asked", LifecycleDriver.coordinatorOf("SH"));
        tasks.complete(revise.getId(), Map.of("revisionNote", "shares changed"));

        assertThat(ballots.latestRound(agreement.id())).hasValue(2);
        assertThat(repository.lastRoundVersion(agreement.id())).as("round 2 puts version 2").contains(2);
        answer(agreement, 2, "SH", "consent");
        answer(agreement, 2, "JS", "consent");
        tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", revised.contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
    }

    @Test
    void aVersionPublishedWhileTheParticipantsAnswerGoesToANewRound() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");

        var revised = agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                "Jiangsu's share raised before it answered", LifecycleDriver.coordinatorOf("SH"));

        assertThat(ballotTask(agreement, 1, "JS")).as("round 1's ballot withdrawn").isNull();
        assertThat(ballots.latestRound(agreement.id())).hasValue(2);
        assertThat(repository.lastRoundVersion(agreement.id())).as("round 2 puts version 2").contains(2);
        BpmnAwareTests.assertThat(consensus).hasPassed(BOUNDARY_AGREEMENT_REVISED, SERVICE_CLOSE_REVISED_ROUND);
        answer(agreement, 2, "SH", "consent");
        answer(agreement, 2, "JS", "consent");
        tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", revised.contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
    }

    @Test
    void aVersionPublishedBeforeEveryLeaderSignedGoesToANewRound() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "consent");
        Task shanghai = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskCandidateGroup("SH.leader").singleResult();
        tasks.complete(shanghai.getId(), Map.of("signedContentHash", agreement.current().contentHash()));

        var revised = agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                "Corrected before Jiangsu's leader signed", LifecycleDriver.coordinatorOf("SH"));

        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).count())
                .as("the signatures of version 1 withdrawn").isZero();
        assertThat(repository.lastRoundVersion(agreement.id())).as("round 2 puts version 2").contains(2);
        answer(agreement, 2, "SH", "consent");
        answer(agreement, 2, "JS", "consent");
        tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", revised.contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(repository.signatories(agreement.id(), 2)).containsExactly("JS", "SH");
    }

    /**
     * The instant between the last ballot and the tally, held open by the tally's job definition suspended: a version
     * published there would not go to a new round, the leaders would sign the version before it and announcing the
     * signed agreement would fail. It is refused, and the round goes on with the version answered.
     */
    @Test
    void aVersionPublishedAfterTheLastBallotBeforeTheTallyIsRefused() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");

        whileHeldBefore(SERVICE_TALLY_ROUND, () -> {
            tasks.complete(ballotTask(agreement, 1, "JS").getId(), Map.of("answer", "consent", "comment", "last answer"));
            assertThat(agreements.revisionRefusal(agreements.current(agreement.id())))
                    .contains(RevisionRefusal.ANSWERS_BEING_COUNTED);
            assertThatThrownBy(() -> agreements.revise(agreement.id(),
                    LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                    "Published while the answers are counted", LifecycleDriver.coordinatorOf("SH")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("answers-being-counted");
        });
        driver.awaitContinuations(agreement);

        assertThat(agreements.current(agreement.id()).current().number()).as("no version 2 stored").isOne();
        tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", agreement.current().contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(runtime.createIncidentQuery().processInstanceId(consensus.getId()).count()).isZero();
    }

    /** The same between the last signature and its announcement ("Announce the signed agreement"). */
    @Test
    void aVersionPublishedAfterTheLastSignatureBeforeItIsAnnouncedIsRefused() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "consent");

        whileHeldBefore(SERVICE_COMPLETE_SIGNING, () -> {
            tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                    .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", agreement.current().contentHash())));
            assertThatThrownBy(() -> agreements.revise(agreement.id(),
                    LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                    "Published while the signatures are announced", LifecycleDriver.coordinatorOf("SH")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("signatures-being-announced");
        });

        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
        assertThat(agreements.current(agreement.id()).current().number()).isOne();
    }

    @Test
    void aNewRoundNeedsARevisedVersion() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "amend");
        Task revise = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_REVISE_AGREEMENT).singleResult();

        assertThatThrownBy(() -> tasks.complete(revise.getId(), Map.of("revisionNote", "forgot to publish")))
                .hasMessageContaining("A new round needs a new version");
        assertThat(tasks.createTaskQuery().taskId(revise.getId()).count()).isOne();
    }

    @Test
    void amendmentsInTheLastRoundFailConsensus() {
        Agreement agreement = propose(AgreementType.SPECIALIZED, "SH", "JS");
        ProcessInstance consensus = start(agreement);

        for (int round = 1; round <= 3; round++) {
            answer(agreement, round, "SH", "consent");
            answer(agreement, round, "JS", "amend");
            if (round < 3) {
                Task revise = tasks.createTaskQuery().processInstanceId(consensus.getId())
                        .taskDefinitionKey(USER_REVISE_AGREEMENT).singleResult();
                agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.SPECIALIZED,
                        (round + 1) + "0000000.00", "SH", "JS"), "round " + round + " amendments", LifecycleDriver.coordinatorOf("SH"));
                tasks.complete(revise.getId(), Map.of("revisionNote", "round " + round));
            }
        }

        assertEnded(consensus, END_CONSENSUS_FAILED, "failed");
    }

    @Test
    void anAnswerFromTheParticipantsSystemWithdrawsTheTaskAndALateOneIsOnlyRecorded() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);
        BallotKey jiangsu = new BallotKey(agreement.id(), 1, new GovernmentCode("JS"));

        boolean counted = participantAnswers.answer(jiangsu, Answer.DECLINE, "not this year", "urn:gov:js:office");

        assertThat(counted).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(jiangsu.businessKey()).count()).isZero();
        assertThat(driver.ballot(jiangsu))
                .isEqualTo(new LifecycleDriver.Ballot(Answer.DECLINE, AnswerPath.EVENT, "urn:gov:js:office"));

        boolean lateCounted = participantAnswers.answer(jiangsu, Answer.CONSENT, "changed our mind", "urn:gov:js:office");

        assertThat(lateCounted).isFalse();
        assertThat(ballots.lateAnswers(jiangsu)).isOne();
        assertThat(ballots.tally(agreement.id(), 1).declining()).containsExactly(new GovernmentCode("JS"));
    }

    @Test
    void anAnswerFromTheSystemCommitsOrRollsBackWithTheInboxTransactionItRunsIn() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);
        BallotKey jiangsu = new BallotKey(agreement.id(), 1, new GovernmentCode("JS"));

        transaction.executeWithoutResult(status -> {
            assertThat(participantAnswers.answer(jiangsu, Answer.DECLINE, "not this year", "urn:gov:js:office")).isTrue();
            status.setRollbackOnly();
        });

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(jiangsu.businessKey()).count()).isOne();
        assertThat(ballots.tally(agreement.id(), 1).declining()).isEmpty();

        transaction.executeWithoutResult(status ->
                participantAnswers.answer(jiangsu, Answer.DECLINE, "not this year", "urn:gov:js:office"));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(jiangsu.businessKey()).count()).isZero();
        assertThat(ballots.tally(agreement.id(), 1).declining()).containsExactly(new GovernmentCode("JS"));

        Boolean lateLeftTheTransactionToCommit = transaction.execute(status ->
                !participantAnswers.answer(jiangsu, Answer.CONSENT, "changed our mind", "urn:gov:js:office")
                        && !status.isRollbackOnly());

        assertThat(lateLeftTheTransactionToCommit).isTrue();
        assertThat(ballots.lateAnswers(jiangsu)).isOne();
    }

    @Test
    void anAnswerFromTheSystemAfterTheCoordinatorsAnsweredIsOnlyRecorded() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);
        answer(agreement, 1, "SH", "consent");
        BallotKey shanghai = new BallotKey(agreement.id(), 1, new GovernmentCode("SH"));

        assertThat(participantAnswers.answer(shanghai, Answer.DECLINE, null, "urn:gov:sh:office")).isFalse();
        assertThat(ballots.lateAnswers(shanghai)).isOne();
        assertThat(ballots.tally(agreement.id(), 1).consenting()).containsExactly(new GovernmentCode("SH"));
    }

    @Test
    void anAnswerForTheNextRoundIsHeldUntilItOpens() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");
        answer(agreement, 1, "JS", "amend");

        voteCasts.apply(new VoteCast(agreement.id().value(), 2, "JS", Answer.CONSENT, "fine once amended"), "urn:gov:js");
        var revised = agreements.revise(agreement.id(), LifecycleDriver.content(AgreementType.FRAMEWORK, "40000000.00", "SH", "JS"),
                "amended as Jiangsu asked", LifecycleDriver.coordinatorOf("SH"));
        Task revise = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_REVISE_AGREEMENT).singleResult();
        tasks.complete(revise.getId(), Map.of("revisionNote", "shares changed"));

        assertThat(ballots.tally(agreement.id(), 2).consenting()).containsExactly(new GovernmentCode("JS"));
        assertThat(ballotTask(agreement, 2, "JS")).as("an answered ballot gets no task").isNull();
        answer(agreement, 2, "SH", "consent");
        tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).list()
                .forEach(task -> tasks.complete(task.getId(), Map.of("signedContentHash", revised.contentHash())));
        assertEnded(consensus, END_CONSENSUS_REACHED, "consensus");
    }

    @Test
    void anAnswerForARoundThatCannotComeIsRefused() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);

        assertThatThrownBy(() -> voteCasts.apply(
                new VoteCast(agreement.id().value(), 2, "ZJ", Answer.CONSENT, null), "urn:gov:zj"))
                .as("Zhejiang takes no part").hasMessageContaining("was ever opened");
        assertThatThrownBy(() -> voteCasts.apply(
                new VoteCast(agreement.id().value(), 4, "JS", Answer.CONSENT, null), "urn:gov:js"))
                .as("beyond the round cap").hasMessageContaining("was ever opened");
    }

    @Test
    void anAnswerForABallotThatNeverExistedIsRefused() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);

        assertThatThrownBy(() -> participantAnswers.answer(new BallotKey(agreement.id(), 7, new GovernmentCode("SH")),
                Answer.CONSENT, null, "urn:gov:sh:office")).hasMessageContaining("was ever opened");
    }

    @Test
    void theSilentAreRemindedAtHalfTimeAndTheMeetingExtendsTheDeadline() {
        Agreement czt = propose(AgreementType.SPECIALIZED, "HN-CS", "HN-ZZ", "HN-XT");
        ProcessInstance consensus = start(czt);
        answer(czt, 1, "HN-CS", "consent");

        fireTimer(consensus, TIMER_ROUND_REMINDER);
        assertThat(jdbc.queryForList("select participant from ballot where agreement_id = ?::uuid and reminded_at is not null order by participant",
                String.class, czt.id().toString())).containsExactly("HN-XT", "HN-ZZ");

        fireTimer(consensus, TIMER_ROUND_DEADLINE);
        Task meeting = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_HOLD_JOINT_MEETING).singleResult();
        assertThat(tasks.createTaskQuery().taskId(meeting.getId()).taskCandidateGroup("HN-CS.leader").count()).isOne();
        assertThat(tasks.createTaskQuery().processDefinitionKey(BallotProcess.KEY).processVariableValueEquals("agreementId", czt.id().toString()).count())
                .as("the silent participants' ballot tasks are withdrawn at the deadline").isZero();
        tasks.complete(meeting.getId(), Map.of("meetingDecision", "extend", "minutes", "one more week"));

        assertThat(tasks.createTaskQuery().processDefinitionKey(BallotProcess.KEY).processVariableValueEquals("agreementId", czt.id().toString())
                .list()).extracting(Task::getTaskDefinitionKey).hasSize(2);
        answer(czt, 1, "HN-ZZ", "consent");
        answer(czt, 1, "HN-XT", "consent");
        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).count()).isEqualTo(3);
    }

    @Test
    void theMeetingProceedsWithoutTheSilentWhereTheRuleAllows() {
        Agreement czt = propose(AgreementType.SPECIALIZED, "HN-CS", "HN-ZZ", "HN-XT");
        ProcessInstance consensus = start(czt);
        answer(czt, 1, "HN-CS", "consent");
        answer(czt, 1, "HN-ZZ", "consent");

        fireTimer(consensus, TIMER_ROUND_DEADLINE);
        assertThat(agreements.revisionRefusal(agreements.current(czt.id())))
                .as("a version published during the meeting would not be answered").contains(RevisionRefusal.JOINT_MEETING);
        completeMeeting(consensus, "proceed");

        assertThat(tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_SIGN_AGREEMENT).count()).isEqualTo(2);
        assertThat(agreements.current(czt.id()).current().content().participants()).extracting(GovernmentCode::value)
                .as("the silent Xiangtan dropped out").containsExactly("HN-CS", "HN-ZZ");
    }

    @Test
    void proceedingWithoutTheSilentFailsAFrameworkAgreement() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);
        answer(agreement, 1, "SH", "consent");

        fireTimer(consensus, TIMER_ROUND_DEADLINE);
        completeMeeting(consensus, "proceed");

        assertEnded(consensus, END_CONSENSUS_FAILED, "failed");
    }

    @Test
    void theMeetingAbandonsTheAgreement() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        ProcessInstance consensus = start(agreement);

        fireTimer(consensus, TIMER_ROUND_DEADLINE);
        completeMeeting(consensus, "abandon");

        assertEnded(consensus, END_CONSENSUS_ABANDONED, "abandoned");
        assertThat(jdbc.queryForObject("select outcome from consensus_round where agreement_id = ?::uuid and round = 1",
                String.class, agreement.id().toString())).isEqualTo("abandoned");
    }

    @Test
    void aBallotWithoutAValidAnswerCannotBeCompleted() {
        Agreement agreement = propose(AgreementType.FRAMEWORK, "SH", "JS");
        start(agreement);
        Task ballot = ballotTask(agreement, 1, "SH");

        assertThatThrownBy(() -> tasks.complete(ballot.getId(), Map.of("answer", "maybe")))
                .hasMessageContaining("answer (本政府的答复 / Your government's answer) must be one of consent, decline, amend, not 'maybe'");
        assertThatThrownBy(() -> tasks.complete(ballot.getId(), Map.of("comment", "no answer")))
                .hasMessageContaining("answer (本政府的答复 / Your government's answer) is required");
        assertThat(tasks.createTaskQuery().taskId(ballot.getId()).count()).isOne();
    }

    /**
     * Runs {@code race} with the jobs before {@code activity} created suspended, so that the job executor cannot take
     * them until it has run; they are released afterwards.
     */
    private void whileHeldBefore(String activity, Runnable race) {
        List<String> definitions = management.createJobDefinitionQuery().processDefinitionKey(KEY).activityIdIn(activity)
                .list().stream().map(definition -> definition.getId()).toList();
        definitions.forEach(id -> management.updateJobDefinitionSuspensionState().byJobDefinitionId(id).suspend());
        try {
            race.run();
        } finally {
            definitions.forEach(id -> management.updateJobDefinitionSuspensionState().byJobDefinitionId(id)
                    .includeJobs(true).activate());
            driver.jobsMadeDue();
        }
    }

    private void completeMeeting(ProcessInstance consensus, String decision) {
        Task meeting = tasks.createTaskQuery().processInstanceId(consensus.getId()).taskDefinitionKey(USER_HOLD_JOINT_MEETING).singleResult();
        tasks.complete(meeting.getId(), Map.of("meetingDecision", decision, "minutes", "decided: " + decision));
        driver.awaitContinuations(AgreementId.of(consensus.getBusinessKey()));
    }

    private void fireTimer(ProcessInstance consensus, String timer) {
        Job job = management.createJobQuery().processInstanceId(consensus.getId()).activityId(timer).singleResult();
        management.executeJob(job.getId());
    }

    private Task ballotTask(Agreement agreement, int round, String participant) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(agreement.id() + ":" + round + ":" + participant)
                .taskCandidateGroup(participant + ".coordinator")
                .singleResult();
    }

    private void answer(Agreement agreement, int round, String participant, String answer) {
        tasks.complete(ballotTask(agreement, round, participant).getId(), Map.of("answer", answer, "comment", answer + " from " + participant));
        driver.awaitContinuations(agreement);
    }

    private void answerAs(String user, Agreement agreement, int round, String participant, String answer) {
        identity.setAuthentication(user, List.of(participant + ".coordinator"));
        try {
            answer(agreement, round, participant, answer);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The consensus the agreement's lifecycle started when it was proposed. */
    private ProcessInstance start(Agreement agreement) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(agreement.id().toString()).singleResult();
    }

    /** The outcome the consensus returned, as the lifecycle that called it acted on it (its gateway's flows). */
    private void assertEnded(ProcessInstance consensus, String endEvent, String outcome) {
        driver.awaitContinuations(AgreementId.of(consensus.getBusinessKey()));
        BpmnAwareTests.assertThat(consensus).isEnded().hasPassed(endEvent);
        String lifecycle = history.createHistoricProcessInstanceQuery().processInstanceId(consensus.getId())
                .singleResult().getSuperProcessInstanceId();
        String next = Map.of("consensus", "call_approval", "failed", "end_consensus_failed",
                "abandoned", "end_agreement_abandoned").get(outcome);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(lifecycle).activityId(next).count())
                .as("the lifecycle went on as %s", outcome).isOne();
    }

    private Agreement propose(AgreementType type, String... participants) {
        return driver.propose(type, "50000000.00", participants);
    }
}
