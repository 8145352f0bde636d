package org.regionalcoop.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One decision on an agreement.
 *
 * @param path     {@code task}: a member of staff decided (Tasklist, task API or agreements API);
 *                 {@code event}: a participant's own system answered through an inbound event
 * @param kind     what was decided on, e.g. {@code vote}, {@code signature}, {@code review}, {@code revision}
 * @param decision the outcome, e.g. {@code consent}, {@code approve}, {@code version 2}
 * @param subject  what the decision was about, e.g. {@code round 1, JS}
 * @param reason   why, in the decider's words (comment, conditions, reason), if they gave one
 * @param reasonKey where the platform wrote the reason itself (a rule declined a grant, a renewal failed), the
 *                  reason as a key of the message bundles ({@code audit.reason.<key>}), so that a page shows it in
 *                  its reader's language; the API and exports keep {@code reason}, the words as written
 * @param reasonArguments the key's arguments
 */
@Schema(description = "One decision on an agreement: who took it, when, on which path, what was decided and why")
public record AuditEntry(@Schema(description = "the agreement decided on") UUID agreementId,
                         @Schema(description = "when it was decided, UTC") Instant decidedAt,
                         @Schema(description = "who decided: a member of staff's user id, or the event source of the "
                                 + "participant's system that answered") String decidedBy,
                         @Schema(allowableValues = {"task", "event"}, description = "task: a member of staff decided "
                                 + "(task list, task API or agreements API); event: a participant's own system answered "
                                 + "through an inbound event") String path,
                         @Schema(example = "vote", description = "what was decided on, e.g. vote, signature, review, "
                                 + "revision") String kind,
                         @Schema(example = "consent", description = "the outcome, e.g. consent, approve, version 2")
                         String decision,
                         @Schema(example = "round 1, JS", description = "what the decision was about, e.g. the round "
                                 + "and the participant") String subject,
                         @Schema(description = "why, in the decider's words (comment, conditions, reason); null if they "
                                 + "gave none. For a retried failed step (kind incident-retry) the engine's error, "
                                 + "given to platform administrators only: null for everyone else")
                         @Nullable String reason,
                         @JsonIgnore @Schema(hidden = true) @Nullable String reasonKey,
                         @JsonIgnore @Schema(hidden = true) List<String> reasonArguments) {

    static final String TASK = "task";
    static final String EVENT = "event";
    static final String INCIDENT_RETRY = "incident-retry";

    public AuditEntry {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }

    /** A decision whose reason, if any, is the decider's own words. */
    AuditEntry(UUID agreementId, Instant decidedAt, String decidedBy, String path, String kind, String decision,
               String subject, @Nullable String reason) {
        this(agreementId, decidedAt, decidedBy, path, kind, decision, subject, reason, null, List.of());
    }

    /**
     * Whether the reason is the engine's error of a failed step: English, with the expression that failed, which
     * says something only to who can act on it (docs/decisions/engine-errors.md).
     */
    @JsonIgnore
    public boolean engineError() {
        return INCIDENT_RETRY.equals(kind);
    }

    /** The entry as a reader who may not read the engine's errors sees it: the same decision, without the error. */
    AuditEntry withoutEngineError() {
        return engineError() ? new AuditEntry(agreementId, decidedAt, decidedBy, path, kind, decision, subject, null,
                reasonKey, reasonArguments) : this;
    }

    /** The same decision with the reason the platform wrote as a message key beside its words. */
    AuditEntry explainedAs(String key, String... arguments) {
        return new AuditEntry(agreementId, decidedAt, decidedBy, path, kind, decision, subject, reason, key,
                List.of(arguments));
    }
}
