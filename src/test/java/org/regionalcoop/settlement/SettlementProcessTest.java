package org.regionalcoop.settlement;

import org.regionalcoop.settlement.internal.BenefitReported;
import org.regionalcoop.settlement.internal.BenefitReportedHandler;
import org.regionalcoop.settlement.internal.TransferReceived;
import org.regionalcoop.settlement.internal.TransferReceivedHandler;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.Test;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.*;
import static org.regionalcoop.settlement.internal.SettlementProcess.*;

/** The settlement process: confirmed, confirmed by silence, objected and upheld or adjusted, transfers confirmed. */
@ProcessTest
class SettlementProcessTest {

    private static final Caller ADMIN = new Caller("admin", Set.of("camunda-admin"));

    @Autowired
    SettlementFixture fixture;

    @Autowired
    Settlements settlements;

    @Autowired
    TransferReceivedHandler transferReceipts;

    @Autowired
    BenefitReportedHandler benefitReports;

    @Autowired
    AuditTrail audit;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    FormService forms;

    @Test
    void everyoneConfirmsThenEachPayeeConfirmsItsTransfer() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);

        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        assertThat(instance).isWaitingAt(USER_CONFIRM_SETTLEMENT);
        Settlement proposed = settlement(instance);
        assertThat(proposed.status()).isEqualTo(SettlementStatus.PROPOSED);
        assertThat(proposed.arbitratorGroup()).isEqualTo(ARBITRATORS);
        assertThat(proposed.positions()).extracting(Settlement.ParticipantPosition::participant,
                        position -> position.costShare().toString(), position -> position.net().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CS, "5000000.00", "1000000.00"),
                        org.assertj.core.groups.Tuple.tuple(XT, "2500000.00", "-500000.00"),
                        org.assertj.core.groups.Tuple.tuple(ZZ, "2500000.00", "-500000.00"));
        assertThat(transfers(proposed)).containsExactly("HN-XT->HN-CS 500000.00", "HN-ZZ->HN-CS 500000.00");

        fixture.confirm(instance, CS, ZZ, XT);

        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED);
        Settlement finalized = settlement(instance);
        assertThat(finalized.status()).isEqualTo(SettlementStatus.FINALIZED);
        assertThat(finalized.answers()).extracting(Settlement.Answer::answer).containsOnly(SettlementAnswer.CONFIRM);
        assertThat(finalized.answers()).extracting(Settlement.Answer::silent).containsOnly(false);

        receive(agreement, finalized.transfers().get(0));
        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED);
        receive(agreement, finalized.transfers().get(1));

        assertThat(instance).isEnded().hasPassed(END_SETTLEMENT_COMPLETED);
        Settlement completed = settlement(instance);
        assertThat(completed.status()).isEqualTo(SettlementStatus.COMPLETED);
        assertThat(completed.transfers()).allSatisfy(transfer -> assertThat(transfer.confirmedBy())
                .isEqualTo("urn:gov:" + transfer.payee().toLowerCase() + ":treasury"));
        assertThat(fixture.publishedTypes(agreement, "settlement.")).containsExactly(
                "org.regionalcoop.settlement.proposed.v1",
                "org.regionalcoop.settlement.confirmed.v1", "org.regionalcoop.settlement.confirmed.v1",
                "org.regionalcoop.settlement.confirmed.v1", "org.regionalcoop.settlement.finalized.v1",
                "org.regionalcoop.settlement.transfer-instructed.v1", "org.regionalcoop.settlement.transfer-instructed.v1",
                "org.regionalcoop.settlement.transfer-confirmed.v1", "org.regionalcoop.settlement.transfer-confirmed.v1");
    }

    @Test
    void aConfirmationIsNamedAfterTheAgreementAndShowsTheGovernmentsPositionAndTheTransfers() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        Task zhuzhou = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup(ZZ + ".finance_officer").singleResult();

        assertThat(zhuzhou.getName()).isEqualTo("确认结算 / Confirm the settlement: " + agreement.current().content().title());
        assertThat(forms.getTaskFormVariables(zhuzhou.getId()))
                .hasEntrySatisfying("settlementPosition", position -> assertThat((String) position)
                        .startsWith("Zhuzhou (HN-ZZ): net -500,000.00 yuan (you owe the others)\n")
                        .contains("cost share 2,500,000.00 yuan"))
                .containsEntry("settlementTransfers", "Xiangtan (HN-XT) pays Changsha (HN-CS) 500,000.00 yuan\n"
                        + "Zhuzhou (HN-ZZ) pays Changsha (HN-CS) 500,000.00 yuan");

        // As the Tasklist of a Chinese reader asks for it (the request's language).
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(forms.getTaskFormVariables(zhuzhou.getId()))
                    .hasEntrySatisfying("settlementPosition", position -> assertThat((String) position)
                            .startsWith("株洲市 (HN-ZZ)：净额 -500,000.00 元（本方应付其他参与方）\n")
                            .contains("应分担成本 2,500,000.00 元"))
                    .containsEntry("settlementTransfers", "湘潭市 (HN-XT) 向 长沙市 (HN-CS) 支付 500,000.00 元\n"
                            + "株洲市 (HN-ZZ) 向 长沙市 (HN-CS) 支付 500,000.00 元");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void silenceConfirmsWhenTheWindowCloses() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.FINAL, END_OF_2027);
        fixture.confirm(instance, CS);

        fixture.fireTimer(instance, TIMER_CONFIRMATION_WINDOW);

        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED);
        Settlement finalized = settlement(instance);
        assertThat(finalized.answers()).extracting(Settlement.Answer::participant, Settlement.Answer::silent,
                Settlement.Answer::answeredBy).containsExactly(org.assertj.core.groups.Tuple.tuple(CS, false, "unknown"),
                org.assertj.core.groups.Tuple.tuple(XT, true, "silence"),
                org.assertj.core.groups.Tuple.tuple(ZZ, true, "silence"));
        assertThat(auditDecisions(agreement)).contains("confirm", "confirm by silence");
    }

    @Test
    void lateTransfersAreRemindedAndStillAwaited() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        fixture.confirm(instance, CS, ZZ, XT);
        Settlement finalized = settlement(instance);
        receive(agreement, finalized.transfers().get(0));

        fixture.fireTimer(instance, TIMER_TRANSFER_REMINDER);

        Settlement reminded = settlement(instance);
        assertThat(reminded.transfers().get(0).remindedAt()).as("confirmed in time").isNull();
        assertThat(reminded.transfers().get(1).remindedAt()).isNotNull();
        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED).hasPassed(END_REMINDERS_SENT);
        receive(agreement, reminded.transfers().get(1));
        assertThat(instance).isEnded().hasPassed(END_SETTLEMENT_COMPLETED);
    }

    @Test
    void anObjectionUpheldByTheArbitratorKeepsTheTransfers() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        fixture.confirm(instance, CS, XT);
        fixture.complete(instance, USER_CONFIRM_SETTLEMENT, ZZ + ".finance_officer",
                Map.of(VAR_ANSWER.name(), "object", VAR_OBJECTION_REASON.name(), "Our payment of 15 December is missing"));

        assertThat(instance).isWaitingAt(USER_ARBITRATE_SETTLEMENT);
        assertThat(settlement(instance).status()).isEqualTo(SettlementStatus.ARBITRATION);
        Task arbitration = tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(ARBITRATORS).singleResult();
        VariableMap form = forms.getTaskFormVariables(arbitration.getId());
        assertThat(form).as("what the arbitrator decides on, and the participants to choose payer and payee from")
                .containsEntry("settlementPositions", "Changsha (HN-CS): net +1,000,000.00 yuan\n"
                        + "Xiangtan (HN-XT): net -500,000.00 yuan\nZhuzhou (HN-ZZ): net -500,000.00 yuan")
                .containsEntry("settlementObjections", "Zhuzhou (HN-ZZ) objects: Our payment of 15 December is missing")
                .containsKey("settlementTransfers");
        SerializableValue parties = form.getValueTyped("settlementParties");
        assertThat(parties.getSerializationDataFormat()).as("what the Tasklist parses into options").isEqualTo("application/json");
        assertThat(parties.getValueSerialized()).isEqualTo("[{\"value\":\"HN-CS\",\"label\":\"Changsha\"},"
                + "{\"value\":\"HN-XT\",\"label\":\"Xiangtan\"},{\"value\":\"HN-ZZ\",\"label\":\"Zhuzhou\"}]");
        fixture.complete(instance, USER_ARBITRATE_SETTLEMENT, ARBITRATORS,
                Map.of(VAR_DECISION.name(), "uphold", VAR_ARBITRATION_REASON.name(), "The payment arrived in 2028"));

        assertThat(instance).isWaitingAt(RECEIVE_TRANSFER_CONFIRMED);
        Settlement finalized = settlement(instance);
        assertThat(finalized.arbitration().decision()).isEqualTo(ArbitrationOutcome.UPHELD);
        assertThat(finalized.arbitration().adjustments()).isEmpty();
        assertThat(transfers(finalized)).containsExactly("HN-XT->HN-CS 500000.00", "HN-ZZ->HN-CS 500000.00");
        assertThat(auditDecisions(agreement)).contains("object", "upheld");
    }

    @Test
    void anAdjustmentIsNettedAgainAndStillSumsToZero() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        fixture.confirm(instance, CS, XT);
        fixture.complete(instance, USER_CONFIRM_SETTLEMENT, ZZ + ".finance_officer",
                Map.of(VAR_ANSWER.name(), "object", VAR_OBJECTION_REASON.name(), "Changsha agreed to carry 100,000 of our share"));

        fixture.complete(instance, USER_ARBITRATE_SETTLEMENT, ARBITRATORS, Map.of(VAR_DECISION.name(), "adjust",
                VAR_PAYER.name(), CS, VAR_PAYEE.name(), ZZ, VAR_AMOUNT.name(), "100000.00", VAR_ARBITRATION_REASON.name(), "Minutes of the joint meeting"));

        Settlement finalized = settlement(instance);
        assertThat(finalized.arbitration().decision()).isEqualTo(ArbitrationOutcome.ADJUSTED);
        assertThat(finalized.positions()).extracting(position -> position.adjustments().toString())
                .containsExactly("-100000.00", "0.00", "100000.00");
        assertThat(finalized.positions().stream().map(position -> position.net().yuan())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isZero();
        assertThat(transfers(finalized)).containsExactly("HN-XT->HN-CS 500000.00", "HN-ZZ->HN-CS 400000.00");
        assertThat(auditDecisions(agreement)).contains("adjusted");
    }

    @Test
    void aBadAdjustmentIsRefusedWholeAndTheTaskStaysOpen() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        fixture.confirm(instance, CS, XT);
        fixture.complete(instance, USER_CONFIRM_SETTLEMENT, ZZ + ".finance_officer",
                Map.of(VAR_ANSWER.name(), "object", VAR_OBJECTION_REASON.name(), "wrong"));

        assertThatThrownBy(() -> fixture.complete(instance, USER_ARBITRATE_SETTLEMENT, ARBITRATORS, Map.of(VAR_DECISION.name(),
                "adjust", VAR_PAYER.name(), CS, VAR_PAYEE.name(), ZZ, VAR_AMOUNT.name(), "-5", VAR_ARBITRATION_REASON.name(), "x")))
                .as("the form's rules").hasMessageContaining("amount (金额（元） / Amount (yuan)) must be an amount of yuan");
        assertThatThrownBy(() -> fixture.complete(instance, USER_ARBITRATE_SETTLEMENT, ARBITRATORS, Map.of(VAR_DECISION.name(),
                "adjust", VAR_PAYER.name(), CS, VAR_PAYEE.name(), CS, VAR_AMOUNT.name(), "0.00", VAR_ARBITRATION_REASON.name(), "x")))
                .hasMessageContaining("payee must differ from the payer").hasMessageContaining("amount must be more than zero");

        assertThat(instance).isWaitingAt(USER_ARBITRATE_SETTLEMENT);
        assertThat(settlement(instance).arbitration()).isNull();
    }

    @Test
    void anObjectionNeedsAReason() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        assertThatThrownBy(() -> fixture.complete(instance, USER_CONFIRM_SETTLEMENT, ZZ + ".finance_officer",
                Map.of(VAR_ANSWER.name(), "object"))).hasMessageContaining("objectionReason (异议理由 / Reason for the objection) is required");

        assertThat(settlement(instance).answers()).isEmpty();
    }

    @Test
    void nothingToSettleEndsAtOnceAndIsAnnounced() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();

        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        assertThat(instance).isEnded().hasPassed(END_NOTHING_TO_SETTLE);
        assertThat(fixture.publishedTypes(agreement, "settlement.")).containsExactly(
                "org.regionalcoop.settlement.nothing-to-settle.v1");
    }

    @Test
    void aNewerSettlementSupersedesAnOpenOneAndSettlementsAreCumulative() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        ProjectId road = fixture.ringRoad(agreement);
        ProcessInstance first = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        ProcessInstance second = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);

        fixture.confirm(first, CS, ZZ, XT);

        assertThat(first).isEnded().hasPassed(END_SETTLEMENT_SUPERSEDED);
        assertThat(settlement(first).status()).isEqualTo(SettlementStatus.SUPERSEDED);
        fixture.confirm(second, CS, ZZ, XT);
        Settlement settled = settlement(second);
        settled.transfers().forEach(transfer -> receive(agreement, transfer));
        assertThat(second).isEnded().hasPassed(END_SETTLEMENT_COMPLETED);

        // 2028: Xiangtan pays 400,000 more; a penalty of 90,000 on Zhuzhou goes to the others by the road's
        // shares (Changsha 50 : Xiangtan 25); Xiangtan reports 300,000 of shared tax; and Changsha gives
        // Xiangtan 120,000 of counterpart support. The transfers of 2027 count as settled.
        java.time.Instant during2028 = java.time.Instant.parse("2028-05-01T00:00:00Z");
        fixture.pay(agreement, road, XT, "400000.00", during2028);
        fixture.penalty(agreement, road, ZZ, "90000.00");
        fixture.inTransaction(() -> benefitReports.apply(new BenefitReported(agreement.id().value(), XT,
                Money.of("300000.00"), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31), "shared tax", null), "urn:gov:hn-xt"));
        settlements.recordSupport(agreement.id(), new CounterpartSupport(CS, XT, "120000.00", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 12, 31), "teachers"), org.regionalcoop.LifecycleDriver.coordinatorOf(CS));

        ProcessInstance third = fixture.settle(agreement, SettlementKind.FINAL, "2029-01-01T00:00:00Z");

        Settlement next = settlement(third);
        assertThat(next.positions()).extracting(Settlement.ParticipantPosition::participant,
                position -> position.cost().toString(), position -> position.benefit().toString(),
                position -> position.penalties().toString(), position -> position.support().toString(),
                position -> position.settled().toString(), position -> position.net().toString())
                .containsExactly(
                        // The 400,000 costs 200,000 / 100,000 / 100,000. The shared tax is split by the agreement's
                        // shares, 33.3334 % to Changsha and 33.3333 % each to the others: 100,000.20 and 99,999.90.
                        org.assertj.core.groups.Tuple.tuple(CS, "800000.00", "100000.20", "60000.00", "-120000.00",
                                "-1000000.00", "-159999.80"),
                        org.assertj.core.groups.Tuple.tuple(XT, "-200000.00", "-200000.10", "30000.00", "120000.00",
                                "500000.00", "249999.90"),
                        org.assertj.core.groups.Tuple.tuple(ZZ, "-600000.00", "99999.90", "-90000.00", "0.00",
                                "500000.00", "-90000.10"));
        assertThat(transfers(next)).containsExactly("HN-CS->HN-XT 159999.80", "HN-ZZ->HN-XT 90000.10");
    }

    @Test
    void aTransferReportThatDoesNotMatchIsRefused() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        Settlement.Transfer proposed = settlement(instance).transfers().get(0);

        assertThatThrownBy(() -> fixture.inTransaction(() -> transferReceipts.apply(new TransferReceived(
                agreement.id().value(), proposed.id(), proposed.payee(), proposed.amount()), "urn:gov:hn-cs")))
                .hasMessageContaining("never instructed");
        fixture.confirm(instance, CS, ZZ, XT);
        Settlement.Transfer instructed = settlement(instance).transfers().get(0);
        assertThatThrownBy(() -> fixture.inTransaction(() -> transferReceipts.apply(new TransferReceived(
                agreement.id().value(), instructed.id(), instructed.payer(), instructed.amount()), "urn:gov:hn-xt")))
                .hasMessageContaining("goes to HN-CS");
        assertThatThrownBy(() -> fixture.inTransaction(() -> transferReceipts.apply(new TransferReceived(
                agreement.id().value(), instructed.id(), CS, Money.of("1.00")), "urn:gov:hn-cs")))
                .hasMessageContaining("is of 500000.00");
        assertThatThrownBy(() -> fixture.inTransaction(() -> transferReceipts.apply(new TransferReceived(
                agreement.id().value(), UUID.randomUUID(), CS, Money.of("1.00")), "urn:gov:hn-cs")))
                .hasMessageContaining("No transfer");
        assertThat(settlement(instance).transfers()).allSatisfy(transfer -> assertThat(transfer.confirmedAt()).isNull());
    }

    private void receive(Agreement agreement, Settlement.Transfer transfer) {
        fixture.inTransaction(() -> transferReceipts.apply(new TransferReceived(agreement.id().value(), transfer.id(),
                transfer.payee(), transfer.amount()), "urn:gov:" + transfer.payee().toLowerCase() + ":treasury"));
    }

    private Settlement settlement(ProcessInstance instance) {
        return settlements.get(fixture.settlementOf(instance), ADMIN);
    }

    private static List<String> transfers(Settlement settlement) {
        return settlement.transfers().stream()
                .map(transfer -> transfer.payer() + "->" + transfer.payee() + " " + transfer.amount()).toList();
    }

    private List<String> auditDecisions(Agreement agreement) {
        return audit.of(new AgreementId(agreement.id().value()), ADMIN).stream().map(AuditEntry::decision).toList();
    }
}
