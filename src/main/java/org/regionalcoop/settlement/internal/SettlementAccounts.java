package org.regionalcoop.settlement.internal;

import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.bodies.MeetingCostsRecorded;
import org.regionalcoop.funds.FundContributionPaid;
import org.regionalcoop.projects.ContributionPaid;
import org.regionalcoop.projects.PenaltyImposed;
import org.regionalcoop.projects.ProjectHandedOver;
import org.regionalcoop.projects.ProjectStarted;
import org.regionalcoop.settlement.LatePaymentTakenOver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the accounts the settlement nets: it hears the projects' and the pooled funds' facts synchronously in the transaction
 * that publishes them, so a fact and its account entry commit or roll back together.
 */
@Component
class SettlementAccounts {

    private final SettlementRepository repository;
    private final MissedPayments missed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SettlementAccounts(SettlementRepository repository, MissedPayments missed, ApplicationEventPublisher events,
                       Clock clock) {
        this.repository = repository;
        this.missed = missed;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ProjectStarted project) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (CostShare share : project.costShares()) {
            shares.put(share.participant().value(), share.percent());
        }
        repository.addProject(project.agreementId(), project.projectId().value(), shares);
    }

    /**
     * A project handed over to the renewal is settled under it with the shares it had, with what was paid for it and
     * the penalties imposed on it that no settlement of the closed agreement counted. A payment reported after the
     * closed agreement's last settlement was calculated, though paid before its cut-off, is announced for the audit
     * log: the renewal's next settlement counts it, as the closed agreement is settled for good.
     */
    @EventListener
    void on(ProjectHandedOver handOver) {
        for (SettlementRepository.Uncounted payment : repository.handOver(handOver.handedOverFrom(),
                handOver.agreementId(), handOver.projectId().value())) {
            if (payment.missedCutOff() != null) {
                events.publishEvent(new LatePaymentTakenOver(handOver.agreementId(), handOver.projectId().value(),
                        payment.participant(), Fen.money(payment.fen()), payment.paidAt(), payment.recordedAt(),
                        handOver.handedOverFrom(), payment.missedCutOff(), handOver.handedOverAt()));
            }
        }
    }

    /** A payment a closed agreement's last settlement did not count makes it settle once more ({@link MissedPayments}). */
    @EventListener
    void on(ContributionPaid payment) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        repository.addContribution(payment.agreementId(), payment.projectId().value(), payment.participant().value(),
                Fen.of(payment.amount()), payment.paidAt(), now);
        missed.recorded(payment.agreementId(), payment.projectId().value(), payment.participant().value(),
                Fen.of(payment.amount()), payment.paidAt(), now);
    }

    @EventListener
    void on(FundContributionPaid payment) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        repository.addFundPayment(payment.agreementId(), payment.participant().value(), Fen.of(payment.amount()),
                payment.paidAt(), now);
        missed.recorded(payment.agreementId(), null, payment.participant().value(), Fen.of(payment.amount()),
                payment.paidAt(), now);
    }

    @EventListener
    void on(PenaltyImposed penalty) {
        repository.addPenalty(penalty.agreementId(), penalty.projectId().value(), penalty.defaulter().value(),
                Fen.of(penalty.amount()), penalty.reason(), penalty.imposedAt());
    }

    /** A body's meeting cost counts as paid by its host, to be shared by the cost shares, where the body shares them. */
    @EventListener
    void on(MeetingCostsRecorded cost) {
        if (cost.shared()) {
            repository.addMeetingCost(cost.agreementId(), cost.costId(), cost.meetingId().value(), cost.host().value(),
                    Fen.of(cost.amount()), cost.recordedAt());
        }
    }
}
