package org.regionalcoop.consensus;

import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.events.AgreementEvent;
import org.regionalcoop.events.Published;

import java.time.Instant;
import java.util.UUID;

/** A participant's first answer in a round, through its coordinators' task or its own system. */
@Published(type = "consensus.vote-recorded", topic = "coop.agreements.v1")
public record VoteRecorded(UUID agreementId, int round, String participant, Answer answer, String comment,
                           AnswerPath path, String answeredBy, Instant answeredAt) implements AgreementEvent {
}
