package org.regionalcoop.approval.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * @param reviewSla               how long a reviewer has before the review is escalated to administrators
 * @param secondLevelThreshold    requested support above this many yuan adds a second, higher review
 */
@ConfigurationProperties("platform.approval")
public record ApprovalSettings(@DefaultValue("P20D") Duration reviewSla,
                        @DefaultValue("500000000.00") BigDecimal secondLevelThreshold) {
}
