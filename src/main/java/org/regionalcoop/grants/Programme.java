package org.regionalcoop.grants;

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
public record Programme(long id, GovernmentCode agency, SupportType supportType, int year, Optional<Money> budget,
                        String openedBy, Instant openedAt) {
}
