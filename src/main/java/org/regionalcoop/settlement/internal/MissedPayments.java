package org.regionalcoop.settlement.internal;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementStatusChanged;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.RenewalDecided;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.security.PlatformActions;
import org.regionalcoop.settlement.LatePaymentSettledAgain;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * What a closed agreement's final settlement missed, once no renewal is pending that could take it over: payments
 * into its projects and its fund paid before its cut-off but reported after it was calculated, and, when no renewal
 * carries its projects on (it was terminated, or its renewal failed), payments made after the cut-off while a project
 * still ran. A renewal in force took over the handed-over projects' payments (their accounts moved to it); the rest,
 * paid under the closed agreement and shared by its keys, are counted by the closed agreement settling once more:
 * settlements are cumulative, so that settlement nets exactly what the last one missed, once.
 * <p>
 * The closed agreement is looked at when its renewal is decided, when it closes without a renewal, and whenever a
 * payment is recorded for it after that. The settlement once more is started by message and calculated in a job of its
 * own (bpmn/agreement_settlement.bpmn, {@code start_missed_payments}), so a failing calculation is an incident of the
 * closed agreement's settlement and leaves the renewal's step, the closure or the reported payment standing
 * (docs/decisions/transaction-boundaries.md).
 */
@Component
class MissedPayments {

    /** How the settlement signs what it finds by its own rules, outside a renewal's outcome. */
    static final String SETTLEMENT = "platform:settlement";

    private final SettlementRepository repository;
    private final Agreements agreements;
    private final RuntimeService runtime;
    private final PlatformActions platform;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissedPayments(SettlementRepository repository, Agreements agreements, RuntimeService runtime,
                   PlatformActions platform, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.agreements = agreements;
        this.runtime = runtime;
        this.platform = platform;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(RenewalDecided renewal) {
        settleOnceMore(renewal.agreementId(), !renewal.inForce(), Agreements.RENEWAL_PROPOSER, renewal.decidedAt());
    }

    /** Closed without a renewal: terminated at its closure. A renewal's closure waits for the renewal's outcome. */
    @EventListener
    void on(AgreementStatusChanged change) {
        if (change.to() == AgreementStatus.CLOSED
                && agreements.renewal(new AgreementId(change.agreementId())).isEmpty()) {
            settleOnceMore(change.agreementId(), true, SETTLEMENT, change.changedAt());
        }
    }

    /**
     * A payment for the agreement was just recorded in its accounts (at {@code recordedAt}, to the microsecond): when the agreement is closed and no renewal is
     * pending, and its last settlement did not count the payment, the agreement settles once more for it.
     */
    void recorded(UUID agreementId, UUID projectId, String participant, long fen, Instant paidAt, Instant recordedAt) {
        // As the accounts keep it: the database holds time to the microsecond.
        SettlementRepository.Late payment = new SettlementRepository.Late(projectId, participant, fen,
                paidAt.truncatedTo(ChronoUnit.MICROS), recordedAt);
        afterCutOffCounted(new AgreementId(agreementId)).ifPresent(afterCutOff -> repository
                .missedByLastSettlement(agreementId, afterCutOff)
                .filter(missed -> missed.payments().contains(payment))
                .ifPresent(missed -> {
                    Instant settleTo = latest(missed.settleTo(), repository.finalCutOff(agreementId));
                    announce(agreementId, payment, missed.cutOff(), settleTo, SETTLEMENT, clock.instant());
                    start(agreementId, settleTo);
                }));
    }

    /**
     * Whether the agreement is settled for good, and if so whether it counts payments made after its cut-off: closed
     * with no renewal, or with a failed one, it does (no renewal carries its projects on); with a renewal in force it
     * does not (the renewal took over what ran on). Empty while it is in force, in closure, or its renewal pending.
     */
    private Optional<Boolean> afterCutOffCounted(AgreementId id) {
        Optional<Agreement> renewal = agreements.renewal(id);
        if (renewal.isPresent()) {
            AgreementStatus status = renewal.get().status();
            return status.inForce() || status == AgreementStatus.CLOSED ? Optional.of(false)
                    : status.failed() ? Optional.of(true) : Optional.empty();
        }
        return agreements.find(id).filter(agreement -> agreement.status() == AgreementStatus.CLOSED).map(closed -> true);
    }

    private void settleOnceMore(UUID agreementId, boolean afterCutOff, String decidedBy, Instant decidedAt) {
        repository.missedByLastSettlement(agreementId, afterCutOff).ifPresent(missed -> {
            Instant settleTo = latest(missed.settleTo(), repository.finalCutOff(agreementId));
            for (SettlementRepository.Late payment : missed.payments()) {
                announce(agreementId, payment, missed.cutOff(), settleTo, decidedBy, decidedAt);
            }
            start(agreementId, settleTo);
        });
    }

    private void announce(UUID agreementId, SettlementRepository.Late payment, Instant cutOff, Instant settleTo,
                          String decidedBy, Instant decidedAt) {
        events.publishEvent(new LatePaymentSettledAgain(agreementId, payment.projectId(), payment.participant(),
                Fen.money(payment.fen()), payment.paidAt(), payment.recordedAt(), cutOff, settleTo, decidedBy,
                decidedAt));
    }

    /** A settlement once more that is still open reaches further: the new one, which supersedes it, must too. */
    private static Instant latest(Instant settleTo, Optional<Instant> finalCutOff) {
        return finalCutOff.filter(settleTo::isBefore).orElse(settleTo);
    }

    /**
     * Started by the platform, whoever's step found the payments, by message: the calculation runs in a job of its
     * own after this transaction commits.
     */
    private void start(UUID agreementId, Instant settleTo) {
        platform.asPlatform(() -> runtime.startProcessInstanceByMessage(SettlementProcess.MESSAGE_MISSED_PAYMENTS,
                agreementId.toString(), ProcessVariable.variables()
                        .set(SettlementProcess.VAR_AGREEMENT_ID, new AgreementId(agreementId))
                        .set(SettlementProcess.VAR_SETTLEMENT_KIND, SettlementKind.FINAL.key())
                        .set(SettlementProcess.VAR_PERIOD_END, settleTo).build()));
    }
}
