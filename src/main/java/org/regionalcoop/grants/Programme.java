package org.regionalcoop.grants;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.Optional;

/**
 * A coordination agency's grant programme for one support type and year.
 *
 * @param budget the yearly budget; empty for support that is granted rather than paid (pilot-zone status, land quota)
 */
public record Programme(long id, GovernmentCode agency, SupportType supportType, int year, Optional<Money> budget) {
}
