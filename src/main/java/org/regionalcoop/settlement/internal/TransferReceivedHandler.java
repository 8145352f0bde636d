package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlements;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.springframework.stereotype.Component;

/**
 * Confirms an instructed transfer when the payee's treasury reports receiving it, and lets the
 * settlement's process go on. A report that does not match its transfer is dead-lettered; a second
 * report of a confirmed transfer changes nothing.
 */
@Component
public class TransferReceivedHandler implements InboundHandler<TransferReceived> {

    private final Settlements settlements;
    private final TransferConfirmations confirmations;

    TransferReceivedHandler(Settlements settlements, TransferConfirmations confirmations) {
        this.settlements = settlements;
        this.confirmations = confirmations;
    }

    @Override
    public Class<TransferReceived> eventType() {
        return TransferReceived.class;
    }

    @Override
    public void apply(TransferReceived receipt, String source) {
        try {
            settlements.receivable(receipt.transferId(), receipt.participant(), receipt.amount())
                    .ifPresent(transfer -> confirmations.confirm(transfer, source));
        } catch (IllegalArgumentException e) {
            throw InboundRejection.unappliable(e.getMessage());
        }
    }

    /** The settlement's process no longer waited for the transfer: the receipt still confirms it. */
    @Override
    public void applyRefused(TransferReceived receipt, String source) {
        settlements.receivable(receipt.transferId(), receipt.participant(), receipt.amount())
                .ifPresent(transfer -> settlements.confirmTransfer(transfer, source));
    }
}
