package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Balances;
import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.grants.LedgerEntry;
import org.regionalcoop.grants.Programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.regionalcoop.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Grant programmes' budgets and ledgers, for the agency's grant officers and administrators; others get 404. */
@RestController
@RequestMapping("/api/grant-programmes")
class ProgrammeController {

    private final Grants grants;

    ProgrammeController(Grants grants) {
        this.grants = grants;
    }

    @GetMapping
    List<Programme> programmes() {
        return grants.programmes(Caller.current());
    }

    @GetMapping("/{id}/balances")
    Balances balances(@PathVariable long id) {
        return grants.balances(id, Caller.current());
    }

    /** The ledger in the order it was written, a page at a time. */
    @GetMapping("/{id}/ledger")
    List<LedgerEntry> ledger(@PathVariable long id, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                             @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return grants.ledger(id, limit, offset, Caller.current());
    }
}
