package org.regionalcoop.projects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.events.DeadLetterArchive.DeadLetter;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.projects.internal.JointProjectProcess.*;

/**
 * Participants' finance systems report payments through Kafka, on the real broker, database and engine:
 * a payment moves the waiting contribution on, is applied once however often it is delivered, and one
 * that arrives after a default is still taken in; one for no contribution is dead-lettered.
 */
@PlatformTest
class ContributionPaymentsTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final String CONTRIBUTION_PAID = "org.regionalcoop.project.contribution-paid.v1";

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    SettlementFixture settlements;

    @Autowired
    Failures failures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Projects projects;

    @RegisterExtension
    final ParticipantSystems financeSystems = ParticipantSystems.onThePlatformsBroker();

    @Test
    void aReportedPaymentSettlesTheWaitingContributionOnceAndALatePaymentIsStillTakenIn() {
        ProjectSummary project = fixtures.register(fixtures.approvedAgreement(), CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.fireTimer(project, TIMER_CONTRIBUTION_DEADLINE, "HN-XT");
        fixtures.fireTimer(project, TIMER_GRACE_PERIOD, "HN-XT");
        String payment = UUID.randomUUID().toString();

        send(project, payment, "urn:gov:hn-zz:treasury", "HN-ZZ", "180.00");
        send(project, payment, "urn:gov:hn-zz:treasury", "HN-ZZ", "180.00");
        send(project, UUID.randomUUID().toString(), "urn:gov:hn-xt", "HN-XT", "120.00");

        eventually(() -> payments(project, "HN-XT") == 1);
        assertThat(payments(project, "HN-ZZ")).as("the duplicate was applied once").isEqualTo(1);
        assertThat(fixtures.endEvents(project)).containsExactly(END_CONTRIBUTION_PAID);
        assertThat(fixtures.openTasks(project, USER_ANSWER_PENALTY)).as("the late payment does not undo the penalty")
                .hasSize(1);
        assertThat(fixtures.payments(project.id(), "HN-XT")).singleElement()
                .extracting(ProjectFixtures.Payment::reportedBy, ProjectFixtures.Payment::afterDefault)
                .containsExactly("urn:gov:hn-xt", true);
        assertThat(fixtures.events(project).stream().filter("project.contribution-paid"::equals)).hasSize(2);
    }

    @Test
    void aPaymentForNoContributionIsDeadLetteredAndAnotherGovernmentCannotPayForAParticipant() {
        ProjectSummary project = fixtures.register(fixtures.approvedAgreement(), CooperationField.ENERGY, "HN-CS", "HN-CS");
        send(project, UUID.randomUUID().toString(), "urn:gov:sh", "SH", "10.00");
        send(project, UUID.randomUUID().toString(), "urn:gov:hn-cs", "HN-ZZ", "180.00");
        send(project, UUID.randomUUID().toString(), "urn:gov:hn-cs", "HN-CS", "300.00");

        eventually(() -> payments(project, "HN-CS") == 1);
        eventually(() -> deadLetters(project).size() == 2);
        assertThat(deadLetters(project)).extracting(DeadLetter::reason)
                .as("Shanghai owes nothing to the project; Changsha's system paying for Zhuzhou")
                .containsExactly("unappliable", "unauthorized");
        assertThat(payments(project, "HN-ZZ")).isZero();
    }

    @Test
    void aPaymentReportedForTheAgreementAProjectWasHandedOverFromIsAppliedUnderItsRenewal() {
        Agreement closed = fixtures.approvedAgreement();
        ProjectSummary reported = fixtures.register(closed, CooperationField.ENERGY, "HN-CS", "HN-CS");
        Agreement renewal = fixtures.handOverToRenewal(closed, "HN-CS");
        driver.reachConsensus(renewal);
        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));
        ProjectSummary moved = projects.get(reported.id(), LifecycleDriver.ADMINISTRATOR).project();
        assertThat(moved.agreementId()).isEqualTo(renewal.id().value());

        send(reported, UUID.randomUUID().toString(), "urn:gov:hn-zz", "HN-ZZ", "180.00");

        eventually(() -> payments(moved, "HN-ZZ") == 1);
        assertThat(fixtures.events(moved)).as("announced under the renewal").containsOnlyOnce("project.contribution-paid");
        assertThat(settlements.contributions(renewal.id(), moved.id())).filteredOn(counted -> counted.startsWith("HN-ZZ "))
                .as("settled by the renewal").hasSize(1);
        assertThat(deadLetters(reported)).isEmpty();
    }

    /**
     * The renewal's revision settles in Hong Kong dollars: a payment of 180.00 yuan reported for the closed agreement
     * cannot count under it, and the finance system learns which agreement, in which currency, to report it for.
     */
    @Test
    void aPaymentReportedForTheClosedAgreementIsDeadLetteredWhenTheRenewalSettlesInAnotherCurrency() {
        Agreement closed = fixtures.approvedAgreement();
        ProjectSummary reported = fixtures.register(closed, CooperationField.ENERGY, "HN-CS", "HN-CS");
        Agreement renewal = fixtures.handOverToRenewal(closed, "HN-CS");
        AgreementContent yuan = renewal.current().content();
        driver.amend(renewal, new AgreementContent(yuan.title(), yuan.fields(), yuan.participants(),
                yuan.secretariat(), yuan.mode(), yuan.type(), yuan.term(), yuan.costShares(), yuan.benefitSharingRule(),
                yuan.compensationRule(), yuan.defectionPenalty(), List.of(), yuan.benefitShares(), yuan.bodies(),
                yuan.fund(), CurrencyCode.of("HKD"), yuan.benefitBasis()), "Settled in Hong Kong dollars, asking no support");
        driver.reachConsensus(renewal);
        driver.complete(renewal, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));
        ProjectSummary moved = projects.get(reported.id(), LifecycleDriver.ADMINISTRATOR).project();
        assertThat(moved.agreementId()).isEqualTo(renewal.id().value());

        send(reported, UUID.randomUUID().toString(), "urn:gov:hn-zz", "HN-ZZ", "180.00");

        eventually(() -> !deadLetters(reported).isEmpty());
        assertThat(deadLetters(reported)).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("unappliable");
            assertThat(letter.detail()).as("names the renewal to report it for, and its currency")
                    .contains("report the payment for agreement " + renewal.id() + ", in HKD");
        });
        assertThat(payments(moved, "HN-ZZ")).isZero();
        assertThat(settlements.contributions(closed.id(), moved.id())).as("counted by no settlement").isEmpty();
        assertThat(settlements.contributions(renewal.id(), moved.id())).as("counted by no settlement").isEmpty();
    }

    /**
     * Cancelled with its terminated agreement, the project's unpaid contributions were withdrawn: Zhuzhou's finance
     * system reports a payment made after that, which no project is owed and no settlement would count, and learns why.
     */
    @Test
    void aPaymentMadeAfterTheProjectEndedWithItsAgreementIsDeadLetteredWithTheReason() {
        Agreement closed = fixtures.approvedAgreement();
        ProjectSummary project = fixtures.register(closed, CooperationField.ENERGY, "HN-CS", "HN-CS");
        fixtures.close(closed, "HN-CS", "terminate", "cancel");

        send(project, UUID.randomUUID().toString(), "urn:gov:hn-zz", "HN-ZZ", "180.00");

        eventually(() -> !deadLetters(project).isEmpty());
        assertThat(deadLetters(project)).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo("unappliable");
            assertThat(letter.detail()).contains("withdrawn when the project ended with its agreement", "counted by no settlement");
        });
        assertThat(payments(project, "HN-ZZ")).isZero();
    }

    private void send(ProjectSummary project, String id, String source, String participant, String amount) {
        String data = """
                {"agreementId": "%s", "projectId": "%s", "participant": "%s", "amount": "%s", "paidAt": "2027-02-20T08:30:00Z"}"""
                .formatted(project.agreementId(), project.id(), participant, amount);
        financeSystems.send(FINANCE_REPORTS, project.agreementId().toString(), id, source, CONTRIBUTION_PAID,
                data.getBytes(StandardCharsets.UTF_8));
    }

    private int payments(ProjectSummary project, String participant) {
        return fixtures.payments(project.id(), participant).size();
    }

    /**
     * The dead letters of the payments reported for the project, in the order they were sent: the finance systems key
     * each record by the agreement it is reported for, and each test reports for one project of its agreement.
     */
    private List<DeadLetter> deadLetters(ProjectSummary project) {
        return failures.deadLettersAbout(new AgreementId(project.agreementId())).stream()
                .filter(letter -> letter.topic().equals(FINANCE_REPORTS)).toList();
    }
}
