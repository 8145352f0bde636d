package org.regionalcoop.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine user a metrics scraper signs in with.
 *
 * @param id       the user's id; unset means no metrics user
 * @param password its password; required with an id, has no default
 */
@ConfigurationProperties("platform.security.metrics-user")
record MetricsUserProperties(String id, String password) {
}
