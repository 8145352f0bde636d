package org.regionalcoop.settlement;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regionalcoop.Failures;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.events.DeadLetterArchive;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.regionalcoop.ParticipantSystems.eventually;
import static org.regionalcoop.settlement.SettlementFixture.*;

/**
 * Participants' finance systems report shared benefits and received transfers through Kafka; on the real
 * broker, database and engine they are booked, and a receipt that does not match its transfer is dead-lettered.
 */
@PlatformTest
class FinanceReportsTest {

    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";
    private static final Caller ADMIN = new Caller("admin", Set.of("camunda-admin"));

    @Autowired
    SettlementFixture fixture;

    @Autowired
    Settlements settlements;

    @Autowired
    Failures failures;

    @RegisterExtension
    final ParticipantSystems financeSystems = ParticipantSystems.onThePlatformsBroker();

    @Test
    void aBenefitReportIsBookedForItsPeriod() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();

        send(agreement, "settlement.benefit-reported", "urn:gov:hn-zz:finance-bureau", """
                {"agreementId": "%s", "participant": "HN-ZZ", "amount": "300000.00", "periodStart": "2027-01-01",
                 "periodEnd": "2027-12-31", "description": "shared tax of the logistics park"}""".formatted(agreement.id()));

        eventually(() -> fixture.benefitReports(agreement.id()).size() == 1);
        assertThat(fixture.benefitReports(agreement.id()))
                .extracting(report -> report.participant().value(), report -> report.amount().toString(),
                        BenefitReport::reportedBy)
                .containsExactly(tuple("HN-ZZ", "300000.00", "urn:gov:hn-zz:finance-bureau"));
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        assertThat(settlements.get(fixture.settlementOf(instance), ADMIN).transfers())
                .extracting(transfer -> transfer.payer() + "->" + transfer.payee() + " " + transfer.amount())
                .containsExactly("HN-ZZ->HN-CS 100000.20", "HN-ZZ->HN-XT 99999.90");
    }

    /**
     * An amount with more digits before the point than the database keeps ({@code numeric(18, 2)}) can fit an event's
     * schema (19 characters, decimals optional): here what was paid in Hong Kong dollars, at a rate that makes it a
     * plausible amount in yuan. It is dead-lettered at once as invalid-content naming the field, as the API answers 400
     * for it, not failed after retries at the insert, and the report sent after it is booked.
     */
    @Test
    void aBenefitReportLargerThanThePlatformKeepsIsInvalidContentAndTheNextIsBooked() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();

        send(agreement, "settlement.benefit-reported", "urn:gov:hn-zz:finance-bureau", benefit(agreement, "111111111.11",
                ", \"original\": {\"amount\": \"" + "1".repeat(19) + "\", \"currency\": \"HKD\", \"rate\": \"0.0000000001\", "
                        + "\"rateDate\": \"2027-06-30\"}"));
        send(agreement, "settlement.benefit-reported", "urn:gov:hn-zz:finance-bureau", benefit(agreement, "300000.00", ""));

        eventually(() -> fixture.benefitReports(agreement.id()).size() == 1);
        eventually(() -> !failures.deadLettersAbout(agreement.id()).isEmpty());
        assertThat(fixture.benefitReports(agreement.id())).extracting(report -> report.amount().toString())
                .containsExactly("300000.00");
        assertThat(failures.deadLettersAbout(agreement.id())).extracting(DeadLetterArchive.DeadLetter::reason,
                DeadLetterArchive.DeadLetter::detail).containsExactly(tuple("invalid-content",
                "/original/amount: an amount has at most 16 digits before the decimal point"));
    }

    private static String benefit(Agreement agreement, String amount, String more) {
        return """
                {"agreementId": "%s", "participant": "HN-ZZ", "amount": "%s", "periodStart": "2027-01-01",
                 "periodEnd": "2027-12-31", "description": "shared tax of the logistics park"%s}"""
                .formatted(agreement.id(), amount, more);
    }

    @Test
    void eachPayeesTreasuryConfirmsItsTransferAndTheSettlementCompletes() {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        fixture.confirm(instance, CS, ZZ, XT);
        SettlementId id = fixture.settlementOf(instance);
        Settlement.Transfer first = settlements.get(id, ADMIN).transfers().get(0);
        Settlement.Transfer second = settlements.get(id, ADMIN).transfers().get(1);

        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, first.id(), CS, "1.00"));
        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, first.id(), CS, "500000.00"));
        send(agreement, "settlement.transfer-received", "urn:gov:hn-cs:treasury", receipt(agreement, second.id(), CS, "500000.00"));

        eventually(() -> settlements.get(id, ADMIN).status() == SettlementStatus.COMPLETED);
        assertThat(settlements.get(id, ADMIN).transfers()).extracting(Settlement.Transfer::confirmedBy)
                .containsOnly("urn:gov:hn-cs:treasury");
        assertThat(fixture.publishedTypes(agreement, "transfer-confirmed")).hasSize(2);
        assertThat(failures.deadLettersAbout(agreement.id()))
                .filteredOn(letter -> letter.detail().contains(first.id() + " is of 500000.00, not 1.00"))
                .as("the wrong amount is dead-lettered").hasSize(1);
    }

    private static String receipt(Agreement agreement, UUID transferId, String participant, String amount) {
        return """
                {"agreementId": "%s", "transferId": "%s", "participant": "%s", "amount": "%s"}"""
                .formatted(agreement.id(), transferId, participant, amount);
    }

    private void send(Agreement agreement, String type, String source, String data) {
        financeSystems.send(FINANCE_REPORTS, agreement.id().toString(), UUID.randomUUID().toString(), source,
                "org.regionalcoop." + type + ".v1", data.getBytes(StandardCharsets.UTF_8));
    }
}
