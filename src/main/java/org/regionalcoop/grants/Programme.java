package org.regionalcoop.grants;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.organizations.GovernmentCode;

import java.time.Instant;
import java.util.Optional;

/**
 * A coordination agency's grant programme for one support type, in one budget year.
 *
 * @param budget   the year's budget; empty for support that is granted rather than paid (pilot-zone status, land quota)
 * @param openedBy who opened the budget year at run time; null for the years seeded at installation
 */
@Schema(description = "One budget year of a coordination agency's grant programme for one support type, with its budget when the support is paid")
public record Programme(@Schema(description = "the budget year's id, used by the programme's addresses and its ledger")
                        long id,
                        @Schema(description = "the coordination agency whose programme it is") GovernmentCode agency,
                        @Schema(description = "the kind of support the programme grants") SupportType supportType,
                        @Schema(example = "2027", description = "the calendar year") int year,
                        @Schema(description = "the year's budget, yuan; null for support that is granted rather than "
                                + "paid (pilot-zone status, land quota)") Optional<Money> budget,
                        @Schema(description = "the user id of the administrator who opened the year; null for the years "
                                + "seeded at installation") @Nullable String openedBy,
                        @Schema(description = "when it was opened, UTC; null for the seeded years") @Nullable Instant openedAt) {
}
