package org.regionalcoop.settlement.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.FinalSettlementCutOff;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/** The final settlements' cut-offs, for the modules that take payments in. */
@Component
class FinalCutOffs implements FinalSettlementCutOff {

    private final SettlementRepository repository;

    FinalCutOffs(SettlementRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> of(AgreementId agreement) {
        return repository.finalCutOff(agreement.value());
    }
}
