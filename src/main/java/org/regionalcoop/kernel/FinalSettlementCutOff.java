package org.regionalcoop.kernel;

import java.time.Instant;
import java.util.Optional;

/**
 * The moment up to which an agreement's final settlement counts its facts, as the settlement module keeps it. The
 * modules that take payments in (the pooled funds) tell by it money owed under a closed agreement from money paid
 * after it, without depending on the settlement module, which depends on them.
 */
public interface FinalSettlementCutOff {

    /** The latest cut-off of the agreement's final settlements (calculated, open or settled), if it has one. */
    Optional<Instant> of(AgreementId agreement);
}
