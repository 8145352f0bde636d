package org.regionalcoop.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
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
 */
@Schema(description = "One decision on an agreement: who took it, when, on which path, what was decided and why")
public record AuditEntry(UUID agreementId, Instant decidedAt, String decidedBy, String path, String kind,
                         String decision, String subject, String reason) {

    static final String TASK = "task";
    static final String EVENT = "event";
}
