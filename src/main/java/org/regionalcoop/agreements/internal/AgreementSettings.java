package org.regionalcoop.agreements.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the lifecycle's steps may take. ISO-8601 durations from configuration, so a demonstration
 * can run a year in minutes.
 *
 * @param closureEvaluation time the secretariat has to evaluate an agreement at the end of its term
 * @param revision          time the initiator has to publish a revision the reviewers asked for
 * @param settlementPeriod  how often an agreement in force is settled, besides once at its end; a duration,
 *                          not a calendar period, so a demonstration can settle every few minutes
 * @param termOverride      for demonstrations: when set (e.g. {@code PT10M}), every term ends this long after
 *                          approval instead of on its end date
 * @param proposalStage     service level of a proposal: how long it may wait before its consultation starts
 * @param consensusStage    service level of the consultation: rounds, joint meeting and signatures together
 * @param approvalStage     service level of the higher approval, all its reviews together
 */
@ConfigurationProperties("platform.agreements.durations")
record AgreementSettings(@DefaultValue("P30D") Duration closureEvaluation,
                         @DefaultValue("P7D") Duration revision,
                         @DefaultValue("P365D") Duration settlementPeriod,
                         Duration termOverride,
                         @DefaultValue("P1D") Duration proposalStage,
                         @DefaultValue("P42D") Duration consensusStage,
                         @DefaultValue("P30D") Duration approvalStage) {
}
