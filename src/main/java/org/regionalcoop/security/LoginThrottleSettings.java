package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed password logins from one client are slowed.
 *
 * @param freeFailures failures a client may make before it waits; a success starts it over
 * @param firstPause   the wait after the first failure beyond them; it doubles with each further failure
 * @param longestPause the longest wait
 */
@ConfigurationProperties("platform.security.login-throttle")
record LoginThrottleSettings(@DefaultValue("5") int freeFailures, @DefaultValue("PT1S") Duration firstPause,
                             @DefaultValue("PT15M") Duration longestPause) {
}
