package org.regionalcoop.consensus;

import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/**
 * A government's leader signed the version the round decided on, confirming its content hash, on their
 * task or through the participant's system.
 */
@Published(type = "consensus.signature-recorded", topic = "coop.agreements.v1")
public record SignatureRecorded(UUID agreementId, int version, String signatory, String contentHash, String signedBy,
                                AnswerPath path, Instant signedAt) implements AgreementEvent {
}
