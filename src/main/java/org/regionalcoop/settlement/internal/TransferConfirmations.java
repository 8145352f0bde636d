package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlements;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Confirms a transfer and delivers the confirmation to the settlement's process waiting for it. */
@Component
class TransferConfirmations {

    private final Settlements settlements;
    private final RuntimeService runtime;

    TransferConfirmations(Settlements settlements, RuntimeService runtime) {
        this.settlements = settlements;
        this.runtime = runtime;
    }

    @Transactional
    void confirm(SettlementRepository.TransferRow transfer, String confirmedBy) {
        if (settlements.confirmTransfer(transfer, confirmedBy)) {
            // The transfer id is an element variable of the waiting instance, which may sit above the execution
            // holding the subscription, so the awaiting execution is found by looking the variable up.
            String transferId = transfer.id().toString();
            Execution awaiting = runtime.createExecutionQuery().processInstanceId(transfer.processInstanceId())
                    .messageEventSubscriptionName(SettlementProcess.MESSAGE_TRANSFER_CONFIRMED).list().stream()
                    .filter(execution -> transferId.equals(SettlementProcess.VAR_TRANSFER_ID.from(runtime,
                            execution.getId()).getOrNull()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No settlement process awaits transfer " + transferId));
            runtime.messageEventReceived(SettlementProcess.MESSAGE_TRANSFER_CONFIRMED, awaiting.getId());
        }
    }
}
