package org.regionalcoop.consensus.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The rhythm of local consensus, from configuration (ISO-8601 durations).
 *
 * @param roundDeadline how long participants have to answer in a round; reminded at half time
 * @param extension     extra time a joint meeting's extension gives the silent participants
 * @param jointMeeting  how long the secretariat's leaders have to decide at the deadline (the joint-meeting
 *                      task's due date)
 * @param signature     how long a leader has to sign (the signature task's due date)
 * @param maxRounds     amendment rounds before consensus is declared failed
 */
@ConfigurationProperties("platform.consensus")
public record ConsensusSettings(@DefaultValue("P14D") Duration roundDeadline,
                         @DefaultValue("P7D") Duration extension,
                         @DefaultValue("P7D") Duration jointMeeting,
                         @DefaultValue("P7D") Duration signature,
                         @DefaultValue("3") int maxRounds) {
}
