package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.Violation;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.settlement.Settlements;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.regionalcoop.settlement.internal.SettlementProcess.*;

/** The settlement process's service tasks: thin calls of {@link Settlements}. */
final class SettlementDelegates {

    private SettlementDelegates() {
    }

    private static SettlementId settlementId(DelegateExecution execution) {
        return VAR_SETTLEMENT_ID.from(execution).get();
    }

    @Component("proposeSettlement")
    static class ProposeSettlement implements JavaDelegate {

        private final Settlements settlements;

        ProposeSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = VAR_SETTLEMENT_KIND.from(execution).getOrNull();
            SettlementKind kind = Keyed.findKey(SettlementKind.class, key).orElseThrow(() ->
                    new IllegalArgumentException("settlementKind must be periodic or final, not '" + key + "'"));
            Settlements.Proposal proposal = settlements.propose(VAR_AGREEMENT_ID.from(execution).get(), kind,
                    VAR_PERIOD_END.from(execution).get(), execution.getProcessInstanceId());
            VAR_SETTLEMENT_ID.on(execution).set(proposal.id());
            VAR_ANYTHING_TO_SETTLE.on(execution).set(proposal.anythingToSettle());
            VAR_ARBITRATOR_GROUP.on(execution).set(proposal.arbitratorGroup());
        }
    }

    @Component("recordSettlementAnswer")
    static class RecordAnswer implements JavaDelegate {

        private final Settlements settlements;
        private final PlatformActions platform;

        RecordAnswer(Settlements settlements, PlatformActions platform) {
            this.settlements = settlements;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            try {
                settlements.answer(settlementId(execution), VAR_PARTICIPANT.from(execution).getOrNull(),
                        VAR_ANSWER.from(execution).getOrNull(), VAR_OBJECTION_REASON.from(execution).getOrNull(),
                        platform.currentUser(), AnswerPath.TASK);
            } catch (InvalidRequestException refused) {
                throw asTaskFields(refused, VAR_OBJECTION_REASON.name());
            }
        }
    }

    @Component("confirmSettlementSilence")
    static class ConfirmSilence implements JavaDelegate {

        private final Settlements settlements;

        ConfirmSilence(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.confirmSilence(settlementId(execution));
        }
    }

    @Component("recordSettlementArbitration")
    static class RecordArbitration implements JavaDelegate {

        private final Settlements settlements;
        private final PlatformActions platform;

        RecordArbitration(Settlements settlements, PlatformActions platform) {
            this.settlements = settlements;
            this.platform = platform;
        }

        @Override
        public void execute(DelegateExecution execution) {
            try {
                settlements.arbitrate(settlementId(execution), VAR_DECISION.from(execution).getOrNull(),
                        VAR_PAYER.from(execution).getOrNull(), VAR_PAYEE.from(execution).getOrNull(),
                        VAR_AMOUNT.from(execution).getOrNull(), VAR_ARBITRATION_REASON.from(execution).getOrNull(),
                        platform.currentUser());
            } catch (InvalidRequestException refused) {
                throw asTaskFields(refused, VAR_ARBITRATION_REASON.name());
            }
        }
    }

    @Component("finalizeSettlement")
    static class FinalizeSettlement implements JavaDelegate {

        private final Settlements settlements;

        FinalizeSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Optional<List<String>> transfers = settlements.finalizeSettlement(settlementId(execution));
            VAR_FINALIZED.on(execution).set(transfers.isPresent());
        }
    }

    @Component("remindSettlementTransfers")
    static class RemindTransfers implements JavaDelegate {

        private final Settlements settlements;

        RemindTransfers(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.remindLateTransfers(settlementId(execution));
        }
    }

    @Component("completeSettlement")
    static class CompleteSettlement implements JavaDelegate {

        private final Settlements settlements;

        CompleteSettlement(Settlements settlements) {
            this.settlements = settlements;
        }

        @Override
        public void execute(DelegateExecution execution) {
            settlements.complete(settlementId(execution));
        }
    }

    /**
     * The settlement's refusal with its {@code reason} named as the task's field that carries it (the objection's or
     * the arbitrator's), so that a page names it next to that field; the settlement's other fields are the task's own.
     */
    private static InvalidRequestException asTaskFields(InvalidRequestException refused, String reasonField) {
        return new InvalidRequestException(refused.violations().stream()
                .map(violation -> "reason".equals(violation.field())
                        ? new Violation(reasonField, violation.message()) : violation)
                .toList());
    }
}
