package org.regionalcoop.simulator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How the simulated finance systems and treasuries answer calls, project starts and transfers. */
class FinanceRepliesTest {

    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2027-02-10T08:00:00Z");

    private final SimulatorSettings settings = new SimulatorSettings("simulator", Set.of("HN-ZZ", "HN-XT"), Duration.ZERO,
            Map.of(), Map.of("hn-xt", Payment.DEFAULT), Map.of("HN-XT", BigDecimal.ZERO, "default", new BigDecimal("2500.5")),
            Map.of("HN-XT", Receipt.SILENT));

    @Test
    void aPayingGovernmentPaysTheCalledAmountFromItsOwnSource() {
        Reply payment = new RequestedContribution(AGREEMENT, PROJECT, "HN-ZZ", new BigDecimal("180.00"))
                .payment(settings, NOW).orElseThrow();

        assertThat(payment.topic()).isEqualTo("coop.finance-reports.v1");
        assertThat(payment.type()).isEqualTo("org.regionalcoop.project.contribution-paid.v1");
        assertThat(payment.source()).isEqualTo("urn:gov:hn-zz:simulator");
        assertThat(payment.data()).isEqualTo(new RequestedContribution.PaidContribution(AGREEMENT, PROJECT, "HN-ZZ", "180.00", NOW));
    }

    @Test
    void aDefaultingGovernmentAndOnePlayedByStaffPayNothing() {
        assertThat(new RequestedContribution(AGREEMENT, PROJECT, "HN-XT", new BigDecimal("120.00")).payment(settings, NOW)).isEmpty();
        assertThat(new RequestedContribution(AGREEMENT, PROJECT, "HN-CS", new BigDecimal("300.00")).payment(settings, NOW)).isEmpty();
    }

    @Test
    void eachSimulatedParticipantReportsItsConfiguredBenefitForTheYearTheProjectStarted() {
        StartedProject project = new StartedProject(AGREEMENT, PROJECT, "Ring road",
                List.of(new StartedProject.CostShare("HN-CS"), new StartedProject.CostShare("HN-ZZ"),
                        new StartedProject.CostShare("HN-XT")), NOW);

        assertThat(project.benefitReports(settings)).as("HN-CS is played by staff, HN-XT reports nothing")
                .extracting(Reply::data).containsExactly(new StartedProject.ReportedBenefit(AGREEMENT, "HN-ZZ", "2500.50",
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                        "Ring road的共享收益，由参与方模拟器报告 / shared benefit of Ring road, reported by the participant simulator"));
    }

    @Test
    void withoutSettingsAGovernmentReportsTheDefaultBenefit() {
        SimulatorSettings defaults = new SimulatorSettings("simulator", Set.of("AH"), Duration.ZERO, Map.of());
        assertThat(defaults.benefitOf("AH")).isEqualByComparingTo(SimulatorSettings.DEFAULT_BENEFIT);
        assertThat(defaults.paymentOf("AH")).isEqualTo(Payment.PAY);
        assertThat(defaults.receiptOf("AH")).isEqualTo(Receipt.CONFIRM);
    }

    @Test
    void onlyThePayeesTreasuryConfirmsATransfer() {
        UUID transfer = UUID.randomUUID();

        assertThat(new InstructedTransfer(AGREEMENT, transfer, "HN-CS", "HN-ZZ", new BigDecimal("350000")).receipt(settings))
                .get().extracting(Reply::participant, Reply::data).containsExactly("HN-ZZ",
                        new InstructedTransfer.ReceivedTransfer(AGREEMENT, transfer, "HN-ZZ", "350000.00"));
        assertThat(new InstructedTransfer(AGREEMENT, transfer, "HN-ZZ", "HN-CS", new BigDecimal("1.00")).receipt(settings))
                .as("HN-CS is played by staff").isEmpty();
        assertThat(new InstructedTransfer(AGREEMENT, transfer, "HN-ZZ", "HN-XT", new BigDecimal("1.00")).receipt(settings))
                .as("HN-XT's treasury stays silent").isEmpty();
    }
}
