package org.regionalcoop.grants;

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
public record Programme(long id, GovernmentCode agency, SupportType supportType, int year, Optional<Money> budget,
                        String openedBy, Instant openedAt) {
}
