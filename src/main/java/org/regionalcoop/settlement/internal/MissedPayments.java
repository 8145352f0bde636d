package org.regionalcoop.settlement.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.RenewalDecided;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.settlement.LatePaymentSettledAgain;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a closed agreement's final settlement missed: payments into its projects and its fund paid before its cut-off
 * but reported after it was calculated. Once its renewal is decided, those a renewal took over have moved to the
 * renewal's accounts (a handed-over project's), and the rest, paid under the closed agreement and shared by its keys,
 * are counted by the closed agreement settling once more to the same cut-off: settlements are cumulative, so that
 * settlement nets exactly what the final one missed, once.
 */
@Component
class MissedPayments {

    private final SettlementRepository repository;
    private final RuntimeService runtime;
    private final PlatformActions platform;
    private final ApplicationEventPublisher events;

    MissedPayments(SettlementRepository repository, RuntimeService runtime, PlatformActions platform,
                   ApplicationEventPublisher events) {
        this.repository = repository;
        this.runtime = runtime;
        this.platform = platform;
        this.events = events;
    }

    @EventListener
    void on(RenewalDecided renewal) {
        repository.lateAfterLastSettlement(renewal.agreementId()).ifPresent(missed -> {
            for (SettlementRepository.Late payment : missed.payments()) {
                events.publishEvent(new LatePaymentSettledAgain(renewal.agreementId(), payment.projectId(),
                        payment.participant(), Fen.money(payment.fen()), payment.paidAt(), payment.recordedAt(),
                        missed.cutOff(), renewal.decidedAt()));
            }
            // Started by the platform as the renewal is decided, whoever's step decided it.
            platform.asPlatform(() -> runtime.startProcessInstanceByKey(SettlementProcess.KEY,
                    renewal.agreementId().toString(), ProcessVariable.variables()
                            .set(SettlementProcess.VAR_AGREEMENT_ID, new AgreementId(renewal.agreementId()))
                            .set(SettlementProcess.VAR_SETTLEMENT_KIND, SettlementKind.FINAL.key())
                            .set(SettlementProcess.VAR_PERIOD_END, missed.cutOff()).build()));
        });
    }
}
