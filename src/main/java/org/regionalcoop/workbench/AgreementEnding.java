package org.regionalcoop.workbench;

import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.audit.AuditEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions that ended an agreement, read from its audit timeline, so that its page says what happened, when, by
 * whom and why before anything else: the review that rejected it, the joint meeting that abandoned it, the answers that
 * failed its consultation, the evaluation that closed it and what became of its projects then.
 */
final class AgreementEnding {

    private AgreementEnding() {
    }

    /** Whether the agreement has ended, so that nothing more can be done on it. */
    static boolean ended(AgreementStatus status) {
        return status.failed() || status == AgreementStatus.CLOSED;
    }

    /**
     * The decisions that ended it, oldest first; empty while it has not ended, or where the reader may not see its
     * timeline.
     *
     * @param round the latest round of its consultation, which failed it; null if none was held
     */
    static List<AuditEntry> of(AgreementStatus status, List<AuditEntry> timeline, Integer round) {
        return switch (status) {
            case REJECTED -> last(timeline, "review", "reject");
            case ABANDONED -> last(timeline, "joint-meeting", "abandon");
            case CLOSED -> closure(timeline);
            case CONSENSUS_FAILED -> round == null ? List.of() : consultation(timeline, round);
            default -> List.of();
        };
    }

    private static List<AuditEntry> last(List<AuditEntry> timeline, String kind, String decision) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).kind().equals(kind) && decision.equals(timeline.get(i).decision())) {
                return List.of(timeline.get(i));
            }
        }
        return List.of();
    }

    /** The evaluation at the end of the term and the decision on each project still running then. */
    private static List<AuditEntry> closure(List<AuditEntry> timeline) {
        List<AuditEntry> ending = new ArrayList<>();
        for (AuditEntry entry : timeline) {
            if (entry.kind().equals("closure")) {
                ending.clear();
                ending.add(entry);
            } else if (entry.kind().equals("closure-project") && !ending.isEmpty()) {
                ending.add(entry);
            }
        }
        return ending;
    }

    /**
     * The last round's declines, and the joint meeting that proceeded without the silent where that failed it: the
     * answers the consultation's rule could not reach consensus with.
     */
    private static List<AuditEntry> consultation(List<AuditEntry> timeline, int round) {
        String subject = "round " + round;
        return timeline.stream().filter(entry -> entry.subject() != null
                        && (entry.subject().equals(subject) || entry.subject().startsWith(subject + ",")))
                .filter(entry -> entry.kind().equals("vote") && "decline".equals(entry.decision())
                        || entry.kind().equals("joint-meeting"))
                .toList();
    }
}
