package org.regionalcoop.agreements;

/**
 * Support the agreement asks a superior for.
 *
 * @param amount for monetary support types only
 */
public record SupportRequest(SupportType type, Money amount, String description) {
}
