package org.regionalcoop.settlement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rhythm of compensation settlement, from configuration (ISO-8601 durations).
 *
 * @param confirmationWindow how long finance officers have to confirm or object to a settlement; silence then
 *                           confirms
 * @param arbitration        due date of the arbitrator's decision on an objected settlement
 * @param transferReminder   how long after instruction a transfer its payee has not confirmed is marked reminded
 */
@ConfigurationProperties("platform.settlement")
record SettlementSettings(@DefaultValue("P14D") Duration confirmationWindow,
                          @DefaultValue("P14D") Duration arbitration,
                          @DefaultValue("P30D") Duration transferReminder) {
}
