package org.regionalcoop.settlement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.settlement.SettlementFixture.*;
import static org.regionalcoop.settlement.internal.SettlementProcess.*;

/**
 * Participants' finance systems confirm or object to a settlement through Kafka instead of their finance
 * officers' task. On the real broker, database and engine: the answer counts as the officers' would, withdraws
 * their task, applies once, and only for the government its source speaks for.
 */
@ProcessTest
class FinanceSystemAnswersTest {

    private static final String REPLIES = "coop.participant-replies.v1";
    private static final String ANSWER_GIVEN = "org.regionalcoop.settlement.answer-given.v1";
    private static final Caller ADMIN = new Caller("admin", Set.of("camunda-admin"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SettlementFixture fixture;

    @Autowired
    Settlements settlements;

    @Autowired
    AuditTrail audit;

    @Autowired
    TaskService tasks;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    DeadLetterArchive deadLetters;

    @Autowired
    Failures failures;

    @Autowired
    PlatformTransactionManager transactionManager;

    @RegisterExtension
    final ParticipantSystems financeSystems = ParticipantSystems.onThePlatformsBroker();

    @Test
    void everyParticipantConfirmingThroughItsSystemWithdrawsTheTasksAndFinalizesTheSettlement() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        SettlementId id = fixture.settlementOf(instance);

        for (String participant : List.of(CS, ZZ, XT)) {
            send(agreement, sourceOf(participant), answer(agreement, id, participant, "confirm", null));
        }

        eventually(() -> settlements.get(id, ADMIN).status() == SettlementStatus.FINALIZED);
        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED).hasPassed(END_SYSTEM_ANSWER_RECORDED)
                .hasNotPassed(SERVICE_RECORD_ANSWER);
        assertThat(openConfirmations(instance)).as("every finance officers' task is withdrawn").isZero();
        assertThat(settlements.get(id, ADMIN).answers())
                .extracting(Settlement.Answer::participant, Settlement.Answer::answer, Settlement.Answer::silent,
                        Settlement.Answer::answeredBy)
                .containsExactly(tuple(CS, SettlementAnswer.CONFIRM, false, sourceOf(CS)), tuple(XT, SettlementAnswer.CONFIRM, false, sourceOf(XT)),
                        tuple(ZZ, SettlementAnswer.CONFIRM, false, sourceOf(ZZ)));
        assertThat(fixture.publishedTypes(agreement, "settlement.")).startsWith(
                "org.regionalcoop.settlement.proposed.v1", "org.regionalcoop.settlement.confirmed.v1",
                "org.regionalcoop.settlement.confirmed.v1", "org.regionalcoop.settlement.confirmed.v1",
                "org.regionalcoop.settlement.finalized.v1");
        assertThat(audit(agreement)).extracting(AuditEntry::decision, AuditEntry::decidedBy, AuditEntry::path)
                .contains(tuple("confirm", sourceOf(CS), "event"), tuple("confirm", sourceOf(ZZ), "event"),
                        tuple("confirm", sourceOf(XT), "event"));
    }

    @Test
    void anObjectionThroughTheSystemGoesToTheArbitratorAsTheOfficersWould() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        SettlementId id = fixture.settlementOf(instance);

        send(agreement, sourceOf(ZZ), answer(agreement, id, ZZ, "object", "Our payment of 15 December is missing"));
        eventually(() -> openConfirmations(instance) == 2);
        fixture.confirm(instance, CS, XT);

        assertThat(instance).isWaitingAt(USER_ARBITRATE_SETTLEMENT);
        Settlement objected = settlements.get(id, ADMIN);
        assertThat(objected.status()).isEqualTo(SettlementStatus.ARBITRATION);
        assertThat(objected.answers()).filteredOn(given -> given.participant().equals(ZZ))
                .extracting(Settlement.Answer::answer, Settlement.Answer::reason, Settlement.Answer::answeredBy)
                .containsExactly(tuple(SettlementAnswer.OBJECT, "Our payment of 15 December is missing", sourceOf(ZZ)));
        assertThat(fixture.publishedTypes(agreement, "settlement.objected")).hasSize(1);
        assertThat(audit(agreement)).extracting(AuditEntry::decision, AuditEntry::decidedBy, AuditEntry::path, AuditEntry::reason)
                .contains(tuple("object", sourceOf(ZZ), "event", "Our payment of 15 December is missing"));
        assertThat(audit(agreement)).as("the officers' answers")
                .filteredOn(entry -> entry.kind().equals("settlement") && entry.subject().endsWith(", " + CS))
                .extracting(AuditEntry::decision, AuditEntry::path).containsExactly(tuple("confirm", "task"));
    }

    @Test
    void anAnswerBeforeItsSettlementIsThereIsDeadLetteredAndAppliedOnReplayOnceItIs() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        TransactionTemplate proposing = new TransactionTemplate(transactionManager);

        // The settlement and its tasks exist only in the proposing transaction when Xiangtan's answer comes.
        ProcessInstance instance = proposing.execute(status -> {
            ProcessInstance proposed = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
            SettlementId id = fixture.settlementOf(proposed);
            send(agreement, sourceOf(XT), answer(agreement, id, XT, "confirm", null));
            eventually(() -> deadLetter(agreement, "unappliable") != null);
            return proposed;
        });

        assertThat(openConfirmations(instance)).as("nothing applied before the settlement was there").isEqualTo(3);
        assertThat(deadLetters.replay(deadLetter(agreement, "unappliable"))).isTrue();

        eventually(() -> openConfirmations(instance) == 2);
        assertThat(settlements.get(fixture.settlementOf(instance), ADMIN).answers())
                .extracting(Settlement.Answer::participant, Settlement.Answer::answeredBy)
                .containsExactly(tuple(XT, sourceOf(XT)));
        assertThat(fixture.task(instance, USER_CONFIRM_SETTLEMENT, CS + ".finance_officer")).isNotNull();
    }

    @Test
    void anAnswerForAnotherGovernmentOrAgainstTheFormsRulesIsDeadLetteredWhileTheNextOneApplies() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        SettlementId id = fixture.settlementOf(instance);

        send(agreement, sourceOf(CS), answer(agreement, id, ZZ, "object", "Changsha speaks for Zhuzhou"));
        send(agreement, sourceOf(ZZ), answer(agreement, id, ZZ, "object", "   "));
        send(agreement, sourceOf(ZZ), answer(agreement, id, ZZ, "object", null));
        send(agreement, sourceOf(ZZ), answer(agreement, UUID.randomUUID().toString(), ZZ, "confirm", null));
        send(agreement, sourceOf(ZZ), answer(agreement, id, ZZ, "confirm", null));

        eventually(() -> openConfirmations(instance) == 2);
        assertThat(failures.deadLettersAbout(agreement.id())).extracting(DeadLetter::reason)
                .containsExactly("unauthorized", "invalid-content", "schema-invalid", "unappliable");
        assertThat(deadLetterDetail(agreement, "invalid-content")).contains("reason: an objection needs a reason");
        assertThat(settlements.get(id, ADMIN).answers()).extracting(Settlement.Answer::participant, Settlement.Answer::answer)
                .containsExactly(tuple(ZZ, SettlementAnswer.CONFIRM));
    }

    @Test
    void aReplayedAnswerAndOneAfterTheOfficersAnsweredChangeNothing() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        SettlementId id = fixture.settlementOf(instance);
        fixture.confirm(instance, XT);
        String eventId = UUID.randomUUID().toString();

        financeSystems.send(REPLIES, agreement.id().toString(), eventId, sourceOf(ZZ), ANSWER_GIVEN,
                answer(agreement, id, ZZ, "confirm", null));
        financeSystems.send(REPLIES, agreement.id().toString(), eventId, sourceOf(ZZ), ANSWER_GIVEN,
                answer(agreement, id, ZZ, "confirm", null));
        send(agreement, sourceOf(XT), answer(agreement, id, XT, "object", "Our system disagrees with our officers"));
        // The last record of the agreement shares their partition: once it applied, the others were taken in.
        send(agreement, sourceOf(CS), answer(agreement, id, CS, "confirm", null));

        eventually(() -> settlements.get(id, ADMIN).status() == SettlementStatus.FINALIZED);
        assertThat(settlements.get(id, ADMIN).answers()).extracting(Settlement.Answer::participant, Settlement.Answer::answer)
                .containsExactly(tuple(CS, SettlementAnswer.CONFIRM), tuple(XT, SettlementAnswer.CONFIRM), tuple(ZZ, SettlementAnswer.CONFIRM));
        assertThat(fixture.publishedTypes(agreement, "settlement.confirmed")).hasSize(3);
        assertThat(fixture.publishedTypes(agreement, "settlement.objected")).isEmpty();
        assertThat(driver.takenIn(sourceOf(ZZ), eventId)).isOne();
        assertThat(failures.deadLettersAbout(agreement.id())).as("a repeated answer is no error").isEmpty();
        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED);
    }

    private long openConfirmations(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(USER_CONFIRM_SETTLEMENT).count();
    }

    private Long deadLetter(Agreement agreement, String reason) {
        return deadLetters.concerning(agreement.id(), Integer.MAX_VALUE).stream()
                .filter(letter -> letter.reason().equals(reason)).findFirst().map(DeadLetter::id).orElse(null);
    }

    private String deadLetterDetail(Agreement agreement, String reason) {
        List<DeadLetter> found = failures.deadLettersAbout(agreement.id()).stream()
                .filter(letter -> letter.reason().equals(reason)).toList();
        assertThat(found).hasSize(1);
        return found.get(0).detail();
    }

    private List<AuditEntry> audit(Agreement agreement) {
        return audit.of(agreement.id(), ADMIN);
    }

    private static String sourceOf(String participant) {
        return "urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":finance-bureau";
    }

    private static byte[] answer(Agreement agreement, SettlementId id, String participant, String answer, String reason) {
        return answer(agreement, id.toString(), participant, answer, reason);
    }

    private static byte[] answer(Agreement agreement, String settlementId, String participant, String answer, String reason) {
        Map<String, Object> data = new HashMap<>(Map.of("agreementId", agreement.id().toString(),
                "settlementId", settlementId, "participant", participant, "answer", answer));
        if (reason != null) {
            data.put("reason", reason);
        }
        try {
            return JSON.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send(Agreement agreement, String source, byte[] data) {
        financeSystems.send(REPLIES, agreement.id().toString(), UUID.randomUUID().toString(), source, ANSWER_GIVEN, data);
    }
}
