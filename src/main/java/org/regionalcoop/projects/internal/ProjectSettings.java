package org.regionalcoop.projects.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rhythm of joint projects, from configuration (ISO-8601 durations).
 *
 * @param contributionDeadline how long a participant has to pay its project contribution once called; then it
 *                             is in default
 * @param gracePeriod          how long a defaulter has after the reminder before the agreed penalty is proposed
 * @param penaltyAnswer        due date of the defaulter's answer to the proposed penalty
 * @param arbitration          due date of the arbitrator's decision on a disputed penalty
 * @param resolution           due date of the secretariat's resolution of repeated construction
 * @param verification         due date of the grant officer's verification of a milestone report
 * @param allocation           due date of the allocating body's decision on the money a project asks of the
 *                             agreement's fund
 */
@ConfigurationProperties("platform.projects")
public record ProjectSettings(@DefaultValue("P30D") Duration contributionDeadline,
                       @DefaultValue("P14D") Duration gracePeriod,
                       @DefaultValue("P7D") Duration penaltyAnswer,
                       @DefaultValue("P14D") Duration arbitration,
                       @DefaultValue("P7D") Duration resolution,
                       @DefaultValue("P14D") Duration verification,
                       @DefaultValue("P14D") Duration allocation) {
}
