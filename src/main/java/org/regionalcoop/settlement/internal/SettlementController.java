package org.regionalcoop.settlement.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.settlement.BenefitReport;
import org.regionalcoop.settlement.CounterpartSupport;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.organizations.GovernmentCode;
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

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An agreement's settlements, for its participants, the approving agency and administrators; the counterpart
 * support the secretariat's coordinators record; and the benefit reports each participant's own staff record.
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

    /** A participant's benefit report as its staff record it; in another currency with the rate the parties agreed. */
    @Schema(name = "BenefitReportRequest", description = "The shared benefit a participant received for a period, e.g. "
            + "the tax base of the joint projects, as its staff record it")
    record BenefitReportRequest(@Schema(requiredMode = REQUIRED, description = "the reporting participant: the caller's "
                                        + "own government") GovernmentCode participant,
                                @Schema(requiredMode = REQUIRED, description = "at least zero, in currency (the "
                                        + "agreement's settlement currency unless currency names another)") Money amount,
                                @Schema(requiredMode = REQUIRED, description = "the first day of the period it covers; "
                                        + "not in the future") LocalDate periodStart,
                                @Schema(requiredMode = REQUIRED, description = "the period's last day, not before its "
                                        + "start") LocalDate periodEnd,
                                @Schema(maxLength = TextRules.DESCRIPTION, example = "Enterprise income tax of the "
                                        + "joint industrial park", description = "what the benefit is; optional")
                                String description,
                                @Schema(description = "the ISO 4217 currency it was received in, when not the "
                                        + "agreement's settlement currency; the report then counts for amount converted "
                                        + "at rate, rounded half up to the settlement currency's minor unit, and both "
                                        + "are kept") CurrencyCode currency,
                                @Schema(pattern = PaidIn.RATE_PATTERN, example = "0.9125", description = "the rate "
                                        + "the parties agreed: units of the settlement currency per unit of currency, "
                                        + "an exact decimal; required with currency") String rate,
                                @Schema(description = "the day the parties agreed the rate; required with currency, "
                                        + "not in the future") LocalDate rateDate) {
    }

    @PostMapping("/api/agreements/{id}/benefit-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "403", description = "The caller sees the agreement but is not a coordinator or finance "
            + "officer of the reporting participant")
    @Operation(operationId = "reportBenefit", summary = "Record a benefit report",
            description = "For the reporting participant's coordinators and finance officers, as its finance system "
                    + "would send settlement.benefit-reported: the shared benefit (e.g. a tax base) it received for a "
                    + "period. The first settlement whose period ends after it divides what the participants reported "
                    + "by the agreement's benefit shares, else its cost shares. A benefit received in another currency "
                    + "than the agreement's names it with the rate the parties agreed and its date; it counts for the "
                    + "conversion, and both are kept. Every bad field is named at once and nothing is stored.")
    BenefitReport reportBenefit(@Parameter(description = "The agreement's id") @PathVariable AgreementId id,
                                @RequestBody BenefitReportRequest report) {
        return settlements.recordBenefit(id, report.participant(), report.amount(),
                new PaidIn(report.currency(), report.rate(), report.rateDate()), report.periodStart(),
                report.periodEnd(), report.description(), Caller.current());
    }

    @GetMapping("/api/agreements/{id}/benefit-reports")
    @Operation(operationId = "listBenefitReports", summary = "List an agreement's benefit reports",
            description = "Every benefit report of the agreement's participants, recorded by their staff or sent by "
                    + "their finance systems, in the order they were taken in.")
    List<BenefitReport> benefitReports(@Parameter(description = "The agreement's id") @PathVariable AgreementId id) {
        return settlements.benefitReports(id, Caller.current());
    }
}
