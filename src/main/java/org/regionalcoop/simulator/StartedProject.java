package org.regionalcoop.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The data of a {@code project.started} event, as far as a participant's finance system needs it
 * (kafka/schemas/project.started.v1.json).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StartedProject(UUID agreementId, UUID projectId, String name, List<CostShare> costShares, Instant startedAt) {

    /** What a report is, in Chinese and English as the simulator's other texts (CastVote.COMMENT); the project twice. */
    static final String DESCRIPTION = "%s的共享收益，由参与方模拟器报告 / "
            + "shared benefit of %s, reported by the participant simulator";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CostShare(String participant) {
    }

    /** The data of a {@code settlement.benefit-reported} event (kafka/schemas/settlement.benefit-reported.v1.json). */
    record ReportedBenefit(UUID agreementId, String participant, String amount, LocalDate periodStart,
                           LocalDate periodEnd, String description) {
    }

    /**
     * The shared benefit each simulated government among the project's participants reports for the calendar
     * year the project started in; a government configured to report nothing sends none.
     */
    List<Reply> benefitReports(SimulatorSettings settings) {
        LocalDate started = startedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        return costShares.stream().map(CostShare::participant)
                .filter(settings::answersFor)
                .filter(participant -> settings.benefitOf(participant).signum() > 0)
                .map(participant -> new Reply(ParticipantSimulator.FINANCE_REPORTS, ParticipantSimulator.BENEFIT_REPORTED,
                        agreementId, participant, new ReportedBenefit(agreementId, participant,
                        settings.benefitOf(participant).setScale(2).toPlainString(), started.withDayOfYear(1),
                        started.withDayOfYear(started.lengthOfYear()), String.format(DESCRIPTION, name, name))))
                .toList();
    }
}
