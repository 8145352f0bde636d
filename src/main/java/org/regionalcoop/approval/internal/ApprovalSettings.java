package org.regionalcoop.approval.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The rhythm and routing of higher approval, from configuration.
 *
 * @param reviewSla               the review service level: how long a reviewer has before an escalation is raised
 *                                to administrators
 * @param secondLevelThreshold    requested support above this many yuan adds a second, higher review
 */
@ConfigurationProperties("platform.approval")
record ApprovalSettings(@DefaultValue("P20D") Duration reviewSla,
                        @DefaultValue("500000000.00") BigDecimal secondLevelThreshold) {
}
