package org.regionalcoop.simulator;

import java.util.Locale;
import java.util.UUID;

/**
 * An event a simulated government's system sends to the platform.
 *
 * @param topic       the inbound topic of kafka/topics.yaml
 * @param type        the CloudEvents type, e.g. {@code org.regionalcoop.consensus.vote-cast.v1}
 * @param agreementId the Kafka key, so one agreement's replies stay in order
 * @param participant the government it speaks for
 * @param data        serialized as the CloudEvents data, by the type's schema
 */
record Reply(String topic, String type, UUID agreementId, String participant, Object data) {

    /** The government's own source, so the platform accepts it as speaking for the participant. */
    String source() {
        return "urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":simulator";
    }
}
