package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine user a metrics scraper signs in with.
 *
 * @param id       an engine user, created or updated at every start in the group {@code platform-metrics}, that may
 *                 read {@code /actuator/prometheus} and nothing else; unset means none
 * @param password the metrics user's password, set at every start; required with an id, has no default
 */
@ConfigurationProperties("platform.security.metrics-user")
record MetricsUserProperties(String id, String password) {
}
