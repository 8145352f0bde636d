package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Balances;
import org.regionalcoop.grants.GrantProgrammes;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.grants.LedgerEntry;
import org.regionalcoop.grants.Programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Grant programmes' budget years, budgets and ledgers, for the agency's grant officers and administrators; others
 * get 404. The agency's administrators open programmes and budget years.
 */
@RestController
@RequestMapping("/api/grant-programmes")
class ProgrammeController {

    private final Grants grants;
    private final GrantProgrammes programmes;

    ProgrammeController(Grants grants, GrantProgrammes programmes) {
        this.grants = grants;
        this.programmes = programmes;
    }

    /** A budget year of another programme: the same agency and support type. */
    record BudgetYear(String year, String budget, String currency) {
    }

    @GetMapping
    List<Programme> programmes() {
        return programmes.programmes(Caller.current());
    }

    /** Opens a budget year, the first of its agency and support type opening the programme. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Programme open(@RequestBody GrantProgrammes.Opening opening) {
        return programmes.open(opening, Caller.current());
    }

    /** Every budget year of the programme this one belongs to. */
    @GetMapping("/{id}/years")
    List<Programme> years(@PathVariable long id) {
        return programmes.years(id, Caller.current());
    }

    @PostMapping("/{id}/years")
    @ResponseStatus(HttpStatus.CREATED)
    Programme openYear(@PathVariable long id, @RequestBody BudgetYear year) {
        return programmes.openYear(id, year.year(), year.budget(), year.currency(), Caller.current());
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
