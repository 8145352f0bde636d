package org.regionalcoop.settlement.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param confirmationWindow how long finance officers have to confirm or object; silence then confirms
 * @param arbitration        due date of the arbitrator's decision
 * @param transferReminder   how long after instruction an unconfirmed transfer is reminded as late
 */
@ConfigurationProperties("platform.settlement")
record SettlementSettings(@DefaultValue("P14D") Duration confirmationWindow,
                          @DefaultValue("P14D") Duration arbitration,
                          @DefaultValue("P30D") Duration transferReminder) {
}
