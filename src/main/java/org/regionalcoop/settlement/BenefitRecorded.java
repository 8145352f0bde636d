package org.regionalcoop.settlement;

import org.regionalcoop.kernel.AnswerPath;

import java.util.UUID;

/**
 * A participant's benefit report was taken in, from its staff ({@link AnswerPath#TASK}) or its finance system
 * ({@link AnswerPath#EVENT}); announced in the recording transaction for the audit log.
 */
public record BenefitRecorded(UUID agreementId, BenefitReport report, AnswerPath path) {
}
