package org.regionalcoop.agreements;

import org.regionalcoop.kernel.Money;

/**
 * Support the agreement asks a superior for.
 *
 * @param amount for monetary support types only
 */
public record SupportRequest(SupportType type, Money amount, String description) {
}
