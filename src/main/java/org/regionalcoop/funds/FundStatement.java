package org.regionalcoop.funds;

import jakarta.annotation.Nullable;
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
        @Schema(requiredMode = REQUIRED, description = "the agreement whose fund it is") UUID agreementId,
        @Schema(requiredMode = REQUIRED, description = "the key of the body that allocates the fund") String allocatingBody,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "each paying member, in the agreement's order"))
        List<Member> members,
        @Schema(requiredMode = REQUIRED, description = "yuan all members agreed to pay in") Money agreed,
        @Schema(requiredMode = REQUIRED, description = "yuan all members have paid in so far") Money paidIn,
        @Schema(requiredMode = REQUIRED, description = "yuan held for projects awaiting the allocating body's decision")
        Money reserved,
        @Schema(requiredMode = REQUIRED, description = "yuan allocated to projects") Money allocated,
        @Schema(requiredMode = REQUIRED, description = "yuan paid in and neither held nor allocated; never below zero")
        Money available,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "every movement, oldest first"))
        List<Entry> entries) {

    /** A member's agreed contribution and what it paid in so far. */
    @Schema(name = "FundMember", description = "What one member agreed to pay into the fund and has paid")
    public record Member(@Schema(requiredMode = REQUIRED, description = "the paying member") GovernmentCode participant,
                         @Schema(requiredMode = REQUIRED, description = "yuan it agreed to pay in, as the agreement's "
                                 + "fund sets it") Money agreed,
                         @Schema(requiredMode = REQUIRED, description = "yuan it has paid in so far") Money paidIn) {
    }

    /**
     * One movement of the fund's money.
     */
    @Schema(name = "FundEntry", description = "One movement of the fund's append-only ledger: a payment in, a hold for a project, an allocation or a release")
    public record Entry(@Schema(requiredMode = REQUIRED, description = "the entry's number, increasing in the order "
                                + "entries are written") long id,
                        @Schema(requiredMode = REQUIRED, description = "pay-in (a member's payment), reserve (held for "
                                + "a project awaiting its allocation), allocate (given to the project) or release (a hold "
                                + "given back)")
                        FundEntryKind kind,
                        @Schema(requiredMode = REQUIRED, description = "yuan moved, positive") Money amount,
                        @Schema(description = "the paying member, for a payment in") @Nullable GovernmentCode participant,
                        @Schema(description = "the project, for every movement but a payment in") @Nullable UUID projectId,
                        @Schema(requiredMode = REQUIRED, description = "who caused it: a member of staff's user id (a "
                                + "finance officer reporting a payment, a coordinator registering the project, a body "
                                + "member deciding the allocation) or the platform's name") String actor,
                        @Schema(description = "why, e.g. a declined allocation's reason; null if none") @Nullable String reason,
                        @Schema(description = "when the member paid, for a payment in") @Nullable Instant paidAt,
                        @Schema(requiredMode = REQUIRED, description = "when it was written, UTC") Instant recordedAt) {
    }
}
