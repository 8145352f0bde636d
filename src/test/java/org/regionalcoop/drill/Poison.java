package org.regionalcoop.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Every kind of inbound record the platform must set aside rather than apply, as a participant's faulty
 * or hostile system would send it, each with the dead-letter reason the platform gives it
 * ({@code events.DeadLetterReason}). Those aimed at an agreement are keyed by it, so they share the
 * partition of its good answers and would hold them up if the platform stalled on them. The one reason
 * missing is {@code failed} (applying failed for an unexpected reason on every retry): no record from
 * outside can cause it on a healthy platform.
 */
enum Poison {

    /** Larger than {@code platform.events.inbound.max-record-size} (64 KB): a vote with a 70 KB comment. */
    OVERSIZED("oversized") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            Map<String, Object> vote = vote(target.agreementId(), target.participant(), "consent");
            vote.put("comment", "x".repeat(70 * 1024));
            return cloudEvent(REPLIES, target.agreementId(), source(target.participant()), VOTE_CAST, json(vote));
        }
    },
    /** Not a CloudEvent at all (no {@code ce_} headers), or a CloudEvent whose data is no JSON: taken in turns. */
    UNREADABLE("unreadable") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            if (target.number() % 2 == 0) {
                return new ProducerRecord<>(REPLIES, target.agreementId(),
                        ("vote " + target.participant() + " consent\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return cloudEvent(REPLIES, target.agreementId(), source(target.participant()), VOTE_CAST,
                    "{\"agreementId\": \"%s\", \"round\": 1,".formatted(target.agreementId()).getBytes(StandardCharsets.UTF_8));
        }
    },
    /** A CloudEvent whose data is declared plain text. */
    INVALID_ENVELOPE("invalid-envelope") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create(source(target.participant())))
                    .withType(VOTE_CAST).withDataContentType("text/plain")
                    .withData(json(vote(target.agreementId(), target.participant(), "consent"))).build();
            return KafkaMessageFactory.createWriter(REPLIES, target.agreementId()).writeBinary(event);
        }
    },
    /** A type the platform does not take in. */
    UNKNOWN_TYPE("unknown-type") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            return cloudEvent(REPLIES, target.agreementId(), source(target.participant()),
                    "org.regionalcoop.consensus.vote-withdrawn.v1", json(vote(target.agreementId(), target.participant(), "consent")));
        }
    },
    /** A vote with an answer the schema does not know. */
    SCHEMA_INVALID("schema-invalid") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            return cloudEvent(REPLIES, target.agreementId(), source(target.participant()), VOTE_CAST,
                    json(vote(target.agreementId(), target.participant(), "maybe")));
        }
    },
    /** One participant's system declining on behalf of the other: applied, it would end the lifecycle. */
    UNAUTHORIZED("unauthorized") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            return cloudEvent(REPLIES, target.agreementId(), source(target.impersonator()), VOTE_CAST,
                    json(vote(target.agreementId(), target.participant(), "decline")));
        }
    },
    /** Well formed and authorized, but for a ballot that never opened: an agreement nobody proposed. */
    UNAPPLIABLE("unappliable") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            String unknown = UUID.randomUUID().toString();
            return cloudEvent(REPLIES, unknown, source(target.participant()), VOTE_CAST,
                    json(vote(unknown, target.participant(), "consent")));
        }
    },
    /** A proposal from an initiator's system whose cost shares add up to 120 %. */
    INVALID_CONTENT("invalid-content") {
        @Override
        ProducerRecord<String, byte[]> record(Target target) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("title", "Poison proposal " + target.number());
            content.put("fields", List.of("transport"));
            content.put("participants", List.of(target.participant(), target.impersonator()));
            content.put("secretariat", target.participant());
            content.put("mode", "bottom-up");
            content.put("type", "framework");
            content.put("term", Map.of("start", "2027-01-01", "end", "2031-12-31"));
            content.put("costShares", List.of(Map.of("participant", target.participant(), "percent", "60"),
                    Map.of("participant", target.impersonator(), "percent", "60")));
            content.put("benefitSharingRule", "by cost share");
            content.put("compensationRule", "none");
            content.put("defectionPenalty", "1000000.00");
            content.put("supportRequests", List.of(Map.of("type", "fiscal-transfer", "amount", "10000000.00",
                    "description", "transport fund")));
            return cloudEvent(PROPOSALS, UUID.randomUUID().toString(), source(target.participant()),
                    "org.regionalcoop.agreement.proposal-submitted.v1",
                    json(Map.of("initiator", target.participant(), "content", content)));
        }
    };

    /**
     * What a poison record is aimed at: a running agreement and one of its participants, and the other
     * participant, whose system tries to speak for it.
     */
    record Target(int number, String agreementId, String participant, String impersonator) {
    }

    private static final String REPLIES = "coop.participant-replies.v1";
    private static final String PROPOSALS = "coop.proposals.v1";
    private static final String VOTE_CAST = "org.regionalcoop.consensus.vote-cast.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String reason;

    Poison(String reason) {
        this.reason = reason;
    }

    /** The {@code dlt_reason} the platform must give it. */
    String reason() {
        return reason;
    }

    abstract ProducerRecord<String, byte[]> record(Target target);

    private static String source(String participant) {
        return "urn:gov:" + participant.toLowerCase(Locale.ROOT) + ":cooperation-office";
    }

    private static Map<String, Object> vote(String agreementId, String participant, String answer) {
        Map<String, Object> vote = new LinkedHashMap<>();
        vote.put("agreementId", agreementId);
        vote.put("round", 1);
        vote.put("participant", participant);
        vote.put("answer", answer);
        return vote;
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String topic, String key, String source, String type, byte[] data) {
        var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create(source)).withType(type)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC)).withDataContentType("application/json").withData(data).build();
        return KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
