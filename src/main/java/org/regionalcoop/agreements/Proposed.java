package org.regionalcoop.agreements;

/**
 * What a proposal sent with an Idempotency-Key came to: the agreement as it stands, and whether an earlier proposal
 * with the same key made it (then this one made nothing).
 */
public record Proposed(Agreement agreement, boolean repeated) {
}
