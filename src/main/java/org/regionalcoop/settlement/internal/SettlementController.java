package org.regionalcoop.settlement.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@Tag(name = "Settlement", description = "How an agreement's benefits and costs are settled between its participants "
        + "each period, and the counterpart support one participant gives another. For the participants, the approving "
        + "agency and administrators; anyone else gets 404.")
class SettlementController {

    private final Settlements settlements;

    SettlementController(Settlements settlements) {
        this.settlements = settlements;
    }

    @GetMapping("/api/agreements/{id}/settlements")
    @Operation(operationId = "listAgreementSettlements", summary = "List an agreement's settlements",
            description = "The agreement's settlements, one per settled period, with their transfers and answers.")
    List<Settlement> ofAgreement(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return settlements.ofAgreement(id, Caller.current());
    }

    @GetMapping("/api/settlements/{id}")
    @Operation(operationId = "getSettlement", summary = "Read a settlement",
            description = "One settlement: who pays whom how much, the participants' answers and any arbitration.")
    Settlement settlement(@Parameter(description = "The settlement's id, as the agreement's settlements list it")
                          @PathVariable SettlementId id) {
        return settlements.get(id, Caller.current());
    }

    @PostMapping("/api/agreements/{id}/counterpart-support")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the agreement but is not a coordinator "
            + "of its secretariat")
    @Operation(operationId = "recordCounterpartSupport", summary = "Record counterpart support",
            description = "Records support one participant agreed to give another for a period, which settlement takes "
                    + "into account; only the secretariat's coordinators may (403). Every bad field is named at once.")
    CounterpartSupport recordSupport(@Parameter(description = "The agreement's id") @PathVariable AgreementId id, @RequestBody CounterpartSupport support) {
        settlements.recordSupport(id, support, Caller.current());
        return support;
    }
}
