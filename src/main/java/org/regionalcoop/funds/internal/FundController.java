package org.regionalcoop.funds.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An agreement's fund for whoever sees the agreement (others get 404); its members' finance officers report what
 * they paid into it.
 */
@Tag(name = "Funds", description = "An agreement's own pooled fund: members pay their agreed contributions in, a "
        + "named body allocates it to projects, and settlement accounts for it")
@RestController
class FundController {

    /** A payment into the fund, as the member's finance system would report it. */
    @Schema(name = "FundPayment", description = "A payment of a member into the agreement's fund")
    record Payment(@Schema(requiredMode = REQUIRED, description = "the paying member") GovernmentCode participant,
                   @Schema(requiredMode = REQUIRED, description = "positive, in currency (the agreement's settlement "
                           + "currency unless currency names another)") Money amount,
                   @Schema(requiredMode = REQUIRED, description = "when it was paid; not in the future") Instant paidAt,
                   @Schema(description = "the ISO 4217 currency it was paid in, when not the agreement's settlement "
                           + "currency; the fund then counts the amount converted at rate, rounded half up to the "
                           + "settlement currency's minor unit, and its ledger keeps both") CurrencyCode currency,
                   @Schema(pattern = PaidIn.RATE_PATTERN, example = "0.0475", description = "the rate the "
                           + "parties agreed: units of the settlement currency per unit of currency, an exact decimal; "
                           + "required with currency") String rate,
                   @Schema(description = "the day the parties agreed the rate; required with currency, not in the "
                           + "future") LocalDate rateDate) {
    }

    private final Funds funds;

    FundController(Funds funds) {
        this.funds = funds;
    }

    @GetMapping("/api/agreements/{id}/fund")
    @Operation(operationId = "getFund", summary = "Read an agreement's pooled fund",
            description = "What each member agreed to pay in and paid, and what the fund holds for projects awaiting a "
                    + "decision, has allocated and still has available.")
    FundStatement statement(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return funds.statement(id, Caller.current());
    }

    @PostMapping("/api/agreements/{id}/fund/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the agreement but is not a finance "
            + "officer of the paying member")
    @Operation(operationId = "pay", summary = "Report a payment into the fund",
            description = "For the paying member's finance officers, as its finance system would report it. A payment "
                    + "made in another currency than the agreement's names it with the rate the parties agreed and "
                    + "its date; the fund counts the conversion and keeps both. For an agreement in closure or closed, "
                    + "a payment made up to its final settlement's cut-off goes into its fund, one made after it into "
                    + "the fund of its renewal in force (the statement answered is the fund's that took it); otherwise "
                    + "it is refused, naming why.")
    FundStatement pay(@Parameter(description = "The agreement's id") @PathVariable AgreementId id,
                      @RequestBody Payment payment) {
        return funds.reportPayment(id, payment.participant(), payment.amount(),
                new PaidIn(payment.currency(), payment.rate(), payment.rateDate()), payment.paidAt(), Caller.current());
    }
}
