package org.regionalcoop.agreements;

import java.time.Duration;
import java.time.Instant;

/**
 * An agreement and where it stands: its stage, since when, and the stage's service level.
 *
 * @param approvedAt      when it was approved, if it was
 * @param serviceLevel    how long the stage should take; null for stages without one (in force, ended)
 * @param serviceLevelDue when the stage should be over, by its service level; null without one
 * @param overdue         in the stage longer than its service level
 */
public record AgreementStanding(Agreement agreement, AgreementStage stage, Instant statusSince, Instant approvedAt,
                                Duration serviceLevel, Instant serviceLevelDue, boolean overdue) {
}
