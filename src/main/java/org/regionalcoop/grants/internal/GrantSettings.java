package org.regionalcoop.grants.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rhythm of policy grants, from configuration (ISO-8601 durations).
 *
 * @param decisionDue how long a grant officer has to decide a requested support item (the task's due date)
 */
@ConfigurationProperties("platform.grants")
record GrantSettings(@DefaultValue("P30D") Duration decisionDue) {
}
