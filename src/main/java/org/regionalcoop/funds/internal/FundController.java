package org.regionalcoop.funds.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
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

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An agreement's fund for whoever sees the agreement (others get 404); its members' finance officers report what
 * they paid into it.
 */
@RestController
class FundController {

    /** A payment into the fund, as the member's finance system would report it. */
    record Payment(@Schema(requiredMode = REQUIRED, description = "the paying member") GovernmentCode participant,
                   @Schema(requiredMode = REQUIRED, description = "positive") Money amount,
                   @Schema(requiredMode = REQUIRED, description = "when it was paid; not in the future") Instant paidAt) {
    }

    private final Funds funds;

    FundController(Funds funds) {
        this.funds = funds;
    }

    @GetMapping("/api/agreements/{id}/fund")
    FundStatement statement(@PathVariable AgreementId id) {
        return funds.statement(id, Caller.current());
    }

    @PostMapping("/api/agreements/{id}/fund/payments")
    @ResponseStatus(HttpStatus.CREATED)
    FundStatement pay(@PathVariable AgreementId id, @RequestBody Payment payment) {
        return funds.reportPayment(id, payment.participant(), payment.amount(), payment.paidAt(), Caller.current());
    }
}
