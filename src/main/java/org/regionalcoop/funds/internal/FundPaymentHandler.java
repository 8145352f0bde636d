package org.regionalcoop.funds.internal;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Component;

/**
 * Takes in payments into a fund reported by members' finance systems. One into no fund, or by a government that agreed
 * to pay nothing into it, can never apply and goes to the dead letters; every other one is recorded.
 */
@Component
class FundPaymentHandler implements InboundHandler<FundPaymentReported> {

    private final Funds funds;

    FundPaymentHandler(Funds funds) {
        this.funds = funds;
    }

    @Override
    public Class<FundPaymentReported> eventType() {
        return FundPaymentReported.class;
    }

    @Override
    public void apply(FundPaymentReported payment, String source) {
        try {
            funds.recordPayment(new AgreementId(payment.agreementId()), new GovernmentCode(payment.participant()),
                    payment.amount(), payment.original(), payment.paidAt(), source);
        } catch (IllegalArgumentException unappliable) {
            throw InboundRejection.unappliable(unappliable.getMessage());
        }
    }

    /** Payments never rely on a failing engine command, so there is nothing left to keep here. */
    @Override
    public void applyRefused(FundPaymentReported payment, String source) {
        throw InboundRejection.unappliable("The payment of " + payment.participant() + " into the fund of agreement "
                + payment.agreementId() + " could not be applied");
    }
}
