package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.Settlements;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.springframework.stereotype.Component;

/** Books the shared benefits participants' finance systems report; a report that cannot apply is dead-lettered. */
@Component
public class BenefitReportedHandler implements InboundHandler<BenefitReported> {

    private final Settlements settlements;

    BenefitReportedHandler(Settlements settlements) {
        this.settlements = settlements;
    }

    @Override
    public Class<BenefitReported> eventType() {
        return BenefitReported.class;
    }

    @Override
    public void apply(BenefitReported report, String source) {
        try {
            settlements.reportBenefit(report, source);
        } catch (IllegalArgumentException e) {
            throw InboundRejection.unappliable(e.getMessage());
        }
    }

    /** Booking a benefit runs no engine command, so it never leaves the transaction rollback-only. */
    @Override
    public void applyRefused(BenefitReported report, String source) {
        apply(report, source);
    }
}
