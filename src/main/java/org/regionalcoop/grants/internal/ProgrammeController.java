package org.regionalcoop.grants.internal;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@Tag(name = "Grant programmes", description = "An agency's grant programme per support type, its budget years, "
        + "their balances and the ledger every award, disbursement and reclaim is written to. For the agency's grant "
        + "officers and administrators; others get 404. The agency's administrators open programmes and budget years.")
class ProgrammeController {

    private static final String ID = "The id of one of the programme's budget years, as the programmes list gives it";

    private final Grants grants;
    private final GrantProgrammes programmes;

    ProgrammeController(Grants grants, GrantProgrammes programmes) {
        this.grants = grants;
        this.programmes = programmes;
    }

    /** A budget year of another programme: the same agency and support type. */
    @Schema(description = "A further budget year of the programme: the same agency and support type")
    record BudgetYear(@Schema(requiredMode = REQUIRED, example = "2028", maxLength = GrantProgrammes.YEAR,
                              description = "the calendar year, not yet opened")
                      String year,
                      @Schema(example = "80000000.00", maxLength = GrantProgrammes.BUDGET, description = "yuan, an exact "
                              + "decimal; required for fiscal transfers, absent for granted statuses and quotas, which "
                              + "have no budget") String budget,
                      @Schema(example = "CNY", maxLength = GrantProgrammes.CURRENCY_CODE,
                              description = "CNY, the only currency budgets are kept in; CNY when omitted")
                      String currency) {
    }

    @GetMapping
    @Operation(operationId = "listGrantProgrammes", summary = "List grant programmes",
            description = "The budget years of the programmes of the agencies the caller works for.")
    List<Programme> programmes() {
        return programmes.programmes(Caller.current());
    }

    /** Opens a budget year, the first of its agency and support type opening the programme. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller is no agency's administrator, or not the "
            + "named agency's")
    @Operation(operationId = "openGrantProgramme", summary = "Open a budget year",
            description = "Opens a budget year of an agency's programme for a support type; the first year of an agency "
                    + "and support type opens the programme. Only the agency's administrators may (403); a year the agency "
                    + "already has is refused.")
    Programme open(@RequestBody GrantProgrammes.Opening opening) {
        return programmes.open(opening, Caller.current());
    }

    /** Every budget year of the programme this one belongs to. */
    @GetMapping("/{id}/years")
    @Operation(operationId = "listBudgetYears", summary = "List a programme's budget years",
            description = "Every budget year of the programme the given year belongs to.")
    List<Programme> years(@Parameter(description = ID) @PathVariable long id) {
        return programmes.years(id, Caller.current());
    }

    @PostMapping("/{id}/years")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller does not administer the programme's agency")
    @Operation(operationId = "openBudgetYear", summary = "Open a further budget year",
            description = "Opens another year of the programme the given year belongs to, with its own budget; only the "
                    + "agency's administrators may (403).")
    Programme openYear(@Parameter(description = ID) @PathVariable long id, @RequestBody BudgetYear year) {
        return programmes.openYear(id, year.year(), year.budget(), year.currency(), Caller.current());
    }

    @GetMapping("/{id}/balances")
    @Operation(operationId = "getProgrammeBalances", summary = "Read a budget year's balances",
            description = "The year's budget and what of it is committed, disbursed, reclaimed and still available.")
    Balances balances(@Parameter(description = ID) @PathVariable long id) {
        return grants.balances(id, Caller.current());
    }

    /** The ledger in the order it was written, a page at a time. */
    @GetMapping("/{id}/ledger")
    @Operation(operationId = "getProgrammeLedger", summary = "Read a budget year's ledger",
            description = "The year's ledger entries (commitments, disbursements, reclaims) in the order they were "
                    + "written, a page at a time.")
    List<LedgerEntry> ledger(@Parameter(description = ID) @PathVariable long id,
                             @Parameter(description = "how many entries the page holds at most")
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                             @Parameter(description = "how many entries to skip before the page")
                             @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return grants.ledger(id, limit, offset, Caller.current());
    }
}
