package org.regionalcoop.agreements.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the lifecycle's steps may take. ISO-8601 durations from configuration, so a demonstration
 * can run a year in minutes.
 *
 * @param closureEvaluation time the secretariat has to evaluate an agreement at the end of its term
 * @param termOverride      for demonstrations: when set (e.g. {@code PT10M}), every term ends this long after
 *                          approval instead of on its end date
 */
@ConfigurationProperties("platform.agreements.durations")
record AgreementDurations(@DefaultValue("P30D") Duration closureEvaluation, Duration termOverride) {
}
