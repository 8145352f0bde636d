package org.regionalcoop.agreements;

import org.regionalcoop.kernel.AgreementId;

/** An Idempotency-Key sent again with another proposal than the one it made an agreement for: nothing is made. */
public class ProposalKeyReusedException extends RuntimeException {

    public ProposalKeyReusedException(String key, AgreementId agreement) {
        super("Idempotency-Key '" + key + "' was sent with another proposal, which made agreement " + agreement
                + "; send a new key for a new proposal, or this proposal's body unchanged to find that agreement");
    }
}
