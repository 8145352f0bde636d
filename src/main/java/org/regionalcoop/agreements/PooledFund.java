package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The agreement's own fund: what each member agreed to pay into it, and the body that allocates it to projects (the
 * network working group of a German urban network). The agreed contributions are also the key by which settlement
 * shares the burden of what the members actually paid in.
 *
 * @param allocatingBody the key of the agreement's body that decides allocations
 */
@Schema(description = "the agreement's pooled fund: members' agreed contributions and the body that allocates it")
public record PooledFund(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = GoverningBody.KEY_LENGTH, example = "working-group",
                description = "the key of one of the agreement's bodies; its members decide the allocations")
        String allocatingBody,
        @ArraySchema(minItems = 1, uniqueItems = true, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "each paying member's agreed contribution, at most one per participant"))
        List<Contribution> contributions) {

    public PooledFund {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    /** A member's agreed contribution to the fund. */
    @Schema(name = "FundContribution", description = "A member's agreed contribution to the agreement's pooled fund")
    public record Contribution(@Schema(requiredMode = REQUIRED, description = "the paying member, a participant of "
                                       + "the agreement") GovernmentCode participant,
                               @Schema(requiredMode = REQUIRED, description = "yuan the member agreed to pay in over "
                                       + "the term, positive") Money amount) {
    }

    /** What the member agreed to pay in; empty when it pays nothing into the fund. */
    public Optional<Money> agreed(GovernmentCode participant) {
        return contributions.stream().filter(c -> participant.equals(c.participant()) && c.amount() != null)
                .map(Contribution::amount).findFirst();
    }

    /** All agreed contributions together. */
    public Money total() {
        return new Money(contributions.stream().filter(c -> c.amount() != null).map(c -> c.amount().yuan())
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
