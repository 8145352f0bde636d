package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.CounterpartSupport;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.Settlements;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * An agreement's settlements, for its participants, the approving agency and administrators; and the
 * counterpart support the secretariat's coordinators record.
 */
@RestController
class SettlementController {

    private final Settlements settlements;

    SettlementController(Settlements settlements) {
        this.settlements = settlements;
    }

    @GetMapping("/api/agreements/{id}/settlements")
    List<Settlement> ofAgreement(@PathVariable AgreementId id) {
        return settlements.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/settlements/{id}")
    Settlement settlement(@PathVariable SettlementId id) {
        return settlements.get(id, Caller.current());
    }

    @PostMapping("/api/agreements/{id}/counterpart-support")
    @ResponseStatus(HttpStatus.CREATED)
    CounterpartSupport recordSupport(@PathVariable AgreementId id, @RequestBody CounterpartSupport support) {
        settlements.recordSupport(id, support, Caller.current());
        return support;
    }
}
