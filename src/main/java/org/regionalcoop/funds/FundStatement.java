package org.regionalcoop.funds;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * An agreement's fund as its ledger adds up; never stored. Available is what is paid in and neither held for a
 * project awaiting its allocation nor allocated; it is never below zero.
 */
@Schema(description = "An agreement's pooled fund: what each member agreed and paid in, what is held for projects awaiting a decision, allocated and still available, and its ledger")
public record FundStatement(
        @Schema(requiredMode = REQUIRED) UUID agreementId,
        @Schema(requiredMode = REQUIRED, description = "the key of the body that allocates the fund") String allocatingBody,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "each paying member, in the agreement's order"))
        List<Member> members,
        @Schema(requiredMode = REQUIRED) Money agreed,
        @Schema(requiredMode = REQUIRED) Money paidIn,
        @Schema(requiredMode = REQUIRED, description = "held for projects awaiting the allocating body's decision") Money reserved,
        @Schema(requiredMode = REQUIRED, description = "what projects received") Money allocated,
        @Schema(requiredMode = REQUIRED) Money available,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "every movement, oldest first"))
        List<Entry> entries) {

    /** A member's agreed contribution and what it paid in so far. */
    @Schema(name = "FundMember", description = "What one member agreed to pay into the fund and has paid")
    public record Member(@Schema(requiredMode = REQUIRED) GovernmentCode participant,
                         @Schema(requiredMode = REQUIRED) Money agreed,
                         @Schema(requiredMode = REQUIRED) Money paidIn) {
    }

    /**
     * One movement of the fund's money.
     *
     * @param kind pay-in, reserve, allocate or release
     */
    @Schema(name = "FundEntry", description = "One movement of the fund's append-only ledger: a payment in, a hold for a project, an allocation or a release")
    public record Entry(@Schema(requiredMode = REQUIRED) long id,
                        @Schema(requiredMode = REQUIRED, allowableValues = {"pay-in", "reserve", "allocate", "release"})
                        String kind,
                        @Schema(requiredMode = REQUIRED) Money amount,
                        @Schema(description = "the paying member, for a payment in") GovernmentCode participant,
                        @Schema(description = "the project, for every movement but a payment in") UUID projectId,
                        @Schema(requiredMode = REQUIRED) String actor,
                        String reason,
                        @Schema(description = "when the member paid, for a payment in") Instant paidAt,
                        @Schema(requiredMode = REQUIRED) Instant recordedAt) {
    }
}
