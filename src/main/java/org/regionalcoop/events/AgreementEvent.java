package org.regionalcoop.events;

import java.util.UUID;

/**
 * A published event about one agreement. The agreement id is the CloudEvents subject and the Kafka
 * key, and the per-agreement {@code sequence} is counted over these events, so consumers can order
 * them and detect gaps.
 */
public interface AgreementEvent {

    UUID agreementId();
}
