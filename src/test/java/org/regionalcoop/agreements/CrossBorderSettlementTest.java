package org.regionalcoop.agreements;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ParticipantSystems;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.projects.ProjectFixtures;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.settlement.SettlementFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;

/**
 * A cooperation across a border: Shanghai and Tokyo settle in yen, and Shanghai pays its contribution in yuan at the
 * rate both agreed; a member pays into a yuan fund in Hong Kong dollars. Driven through the REST API and Kafka only, from {@code docs/examples/proposeAgreement/cross-border.json}.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class CrossBorderSettlementTest {

    private static final Path EXAMPLE = Path.of("docs", "examples", "proposeAgreement", "cross-border.json");
    private static final String FINANCE_REPORTS = "coop.finance-reports.v1";

    @Autowired
    ApiStaff staff;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettlementFixture settlementFixture;

    @Autowired
    ProjectFixtures projectFixtures;

    @Test
    void aSettlementCurrencyIsOneTheAmountsFitAndOneNoGrantIsPaidIn() {
        Map<String, Object> proposal = read();
        assertThat(errors(withContent(proposal, "settlementCurrency", "RMB")))
                .extracting(error -> error.get("field")).containsExactly("content.settlementCurrency");
        assertThat(errors(withContent(proposal, "settlementCurrency", "KWD"))).containsExactly(Map.of(
                "field", "content.settlementCurrency", "message", "KWD has 3 minor units; amounts are kept to two "
                        + "decimals, so agreements settle in a currency with at most two"));
        assertThat(errors(withContent(proposal, "defectionPenalty", "5000000.50"))).containsExactly(Map.of(
                "field", "content.defectionPenalty", "message", "an amount in JPY has no decimals"));
        Map<String, Object> asking = withContent(withContent(proposal, "mode", "counterpart-support"), "supportRequests",
                List.of(Map.of("type", "fiscal-transfer", "amount", "1000000.00")));
        assertThat(errors(asking)).extracting(error -> error.get("field") + ": " + error.get("message"))
                .contains("content.settlementCurrency: support from a superior is paid in CNY from a yuan budget: an "
                        + "agreement that asks for money settles in CNY, not JPY");
    }

    /** The renewal of the yen agreement, proposed at the end of its term, settles in yen too. */
    @Test
    void theRenewalOfAnAgreementSettlingInYenSettlesInYen() {
        String id = (String) staff.as("sh.coordinator").propose(read()).get("id");

        Agreement renewal = agreements.renew(AgreementId.of(id));

        assertThat(renewal.current().content().settlementCurrency()).isEqualTo(CurrencyCode.of("JPY"));
        assertThat(renewal.current().content().term().start()).isEqualTo(LocalDate.of(2030, 4, 1));
    }

    /**
     * By hand. A project of 10,000,000 yen, cost shares Tokyo 60 %, Shanghai 40 %. Tokyo pays 6,000,000 yen; Shanghai
     * pays 190,000.03 yuan at the agreed 21.0526 yen per yuan: 3,999,994.631578 yen, rounded half up to 3,999,995 yen.
     * Paid in all 9,999,995 yen: Tokyo's 60 % is 5,999,997, Shanghai's 40 % 3,999,998, so Tokyo bore 3 yen too much.
     * Tokyo reports 1,000,001 yen of shared savings, received as 6,666.67 US dollars at the agreed 150 yen per dollar
     * (1,000,000.5 yen, half up 1,000,001): 60 % is 600,000.6 yen, 40 % is 400,000.4; in whole yen both
     * round down and the yen left over goes to the larger remainder, Tokyo's (never 400,000.40 yen: yen have no sen).
     * Tokyo owes Shanghai 400,000 yen of savings less the 3 yen of costs: one transfer of 399,997 yen.
     */
    @Test
    void aContributionPaidInYuanAtTheAgreedRateSettlesInYenToTheYen() {
        Map<String, Object> proposed = staff.as("sh.coordinator").propose(read());
        String id = (String) proposed.get("id");
        assertThat((Map<String, Object>) ((Map<String, Object>) proposed.get("current")).get("content"))
                .containsEntry("settlementCurrency", "JPY");
        try (AgreementFeed feed = new AgreementFeed(staff.bootstrapServers(), id)) {
            assertThat(feed.await("agreement.proposed").get("settlementCurrency").asText()).isEqualTo("JPY");
        }
        staff.agreedByAll(proposed, List.of("sh", "jp-tk"));
        assertThat(staff.as("jp-tk.coordinator").agreement(id)).containsEntry("status", "adopted");

        Map<String, Object> registration = new LinkedHashMap<>(Map.of("name", "Shore power for cruise berths " + id,
                "lead", "JP-TK", "field", "environment", "location", "JP-TK", "budget", "10000000",
                "grantPart", "0", "costShares", List.of(share("JP-TK", "60"), share("SH", "40")),
                "milestones", List.of(Map.of("name", "Berths electrified", "dueDate", "2028-12-31", "grantAmount", "0"))));
        registration.put("budget", "10000000.50");
        assertThat((List<Map<String, Object>>) staff.as("jp-tk.coordinator").post("/api/agreements/{id}/projects",
                registration, HttpStatus.BAD_REQUEST, id).get("errors"))
                .containsExactly(Map.of("field", "budget", "message", "an amount in JPY has no decimals"));
        registration.put("budget", "10000000");
        String project = (String) staff.as("jp-tk.coordinator").post("/api/agreements/{id}/projects", registration,
                HttpStatus.CREATED, id).get("id");

        try (ParticipantSystems systems = new ParticipantSystems(staff.bootstrapServers())) {
            systems.send(FINANCE_REPORTS, "JP-TK", "project.contribution-paid", Map.of("agreementId", id,
                    "projectId", project, "participant", "JP-TK", "amount", "6000000", "paidAt", Instant.now().toString()));
            systems.send(FINANCE_REPORTS, "SH", "project.contribution-paid", Map.of("agreementId", id,
                    "projectId", project, "participant", "SH", "amount", "3999995", "paidAt", Instant.now().toString(),
                    "original", Map.of("amount", "190000.03", "currency", "CNY", "rate", "21.0526",
                            "rateDate", "2026-11-30")));
            LocalDate yesterday = PeoplesDays.today().minusDays(1);
            systems.send(FINANCE_REPORTS, "JP-TK", "settlement.benefit-reported", Map.of("agreementId", id,
                    "participant", "JP-TK", "amount", "1000001.00", "periodStart", yesterday.withDayOfYear(1).toString(),
                    "periodEnd", yesterday.toString(), "description", "Port fees saved",
                    "original", Map.of("amount", "6666.67", "currency", "USD", "rate", "150", "rateDate", "2026-11-30")));
            // Shanghai's yuan convert to 5 yen less than its 4,000,000 yen contribution: recorded, though not settled.
            await().atMost(PATIENCE).until(() -> paymentsRecorded(project) == 2 && settlementFixture.benefitReports(AgreementId.of(id)).size() == 1);
        }
        assertThat(projectFixtures.payments(ProjectId.of(project), "SH")).singleElement()
                .as("the ledger keeps what was paid, in what, at which rate of which day, and what it counts for")
                .extracting(ProjectFixtures.Payment::amount, ProjectFixtures.Payment::original)
                .containsExactly(Money.of("3999995"), new OriginalAmount(Money.of("190000.03"), CurrencyCode.of("CNY"),
                        "21.0526", LocalDate.of(2026, 11, 30)));

        assertThat(settlementFixture.benefitReports(AgreementId.of(id))).singleElement()
                .as("the benefit counts in yen and keeps the dollars it was received in")
                .satisfies(report -> {
                    assertThat(report.amount()).isEqualTo(Money.of("1000001.00"));
                    assertThat(report.original().currency().code()).isEqualTo("USD");
                    assertThat(report.original().amount().yuan()).isEqualByComparingTo("6666.67");
                    assertThat(new java.math.BigDecimal(report.original().rate())).isEqualByComparingTo("150");
                });

        driver.fireTimer(agreements.current(AgreementId.of(id)), "timer_settlement_due");
        List<Map<String, Object>> settlements = staff.as("sh.coordinator").list("/api/agreements/{id}/settlements", id);
        Map<String, Object> settlement = staff.as("sh.coordinator").get("/api/settlements/{id}", settlements.get(0).get("id"));
        assertThat(settlement).containsEntry("currency", "JPY");
        assertThat((List<Map<String, Object>>) settlement.get("positions"))
                .extracting(position -> position.get("participant") + " paid " + position.get("costPaid") + " cost "
                        + position.get("cost") + " fair benefit " + position.get("benefitFair") + " net " + position.get("net"))
                .containsExactlyInAnyOrder(
                        "JP-TK paid 6000000.00 cost 3.00 fair benefit 600001.00 net -399997.00",
                        "SH paid 3999995.00 cost -3.00 fair benefit 400000.00 net 399997.00");
        assertThat((List<Map<String, Object>>) settlement.get("transfers"))
                .extracting(transfer -> transfer.get("payer") + " pays " + transfer.get("payee") + " " + transfer.get("amount"))
                .containsExactly("JP-TK pays SH 399997.00");
    }

    /**
     * Suzhou pays its part of the Jiangsu network's yuan fund in Hong Kong dollars, at the 0.9091 yuan per dollar the
     * members agreed: 3,300,000.05 HKD is 3,000,030.045455 yuan, rounded half up to 3,000,030.05.
     */
    @Test
    void aPaymentIntoAFundInAnotherCurrencyCountsItsConversionAndTheLedgerKeepsBoth() {
        Map<String, Object> proposed = staff.as("js-nj.coordinator").propose(read(Path.of("docs", "examples", "proposeAgreement",
                "network-fund.json")));
        String id = (String) proposed.get("id");
        staff.agreedByAll(proposed, List.of("js-nj", "js-sz", "js-wx"));
        String paidAt = Instant.now().minusSeconds(3600).toString();
        StaffClient suzhou = staff.as("js-sz.finance_officer");

        Map<String, Object> inDollars = new LinkedHashMap<>(Map.of("participant", "JS-SZ", "amount", "3300000.05",
                "paidAt", paidAt, "currency", "HKD"));
        assertThat(fieldErrors(suzhou.post("/api/agreements/{id}/fund/payments", inDollars, HttpStatus.BAD_REQUEST, id)))
                .containsExactly("rate: the rate agreed for a payment in HKD is required: units of CNY per unit of HKD",
                        "rateDate: the day the rate was agreed is required");
        assertThat(fieldErrors(suzhou.post("/api/agreements/{id}/fund/payments", Map.of("participant", "JS-SZ",
                "amount", "3000000.00", "paidAt", paidAt, "rate", "0.9091"), HttpStatus.BAD_REQUEST, id)))
                .containsExactly("rate: a payment in CNY, the agreement's settlement currency, has no rate");
        inDollars.put("rate", "0.9091");
        inDollars.put("rateDate", "2026-11-30");
        Map<String, Object> fund = suzhou.post("/api/agreements/{id}/fund/payments", inDollars, HttpStatus.CREATED, id);

        assertThat(fund).containsEntry("paidIn", "3000030.05");
        assertThat(jdbc.queryForMap("""
                select amount, original_amount, original_currency, rate, rate_date from fund_ledger_entry
                 where agreement_id = ?::uuid and kind = 'pay-in'""", id))
                .containsEntry("original_currency", "HKD").containsEntry("rate_date", java.sql.Date.valueOf("2026-11-30"))
                .satisfies(row -> {
                    assertThat((java.math.BigDecimal) row.get("amount")).isEqualByComparingTo("3000030.05");
                    assertThat((java.math.BigDecimal) row.get("original_amount")).isEqualByComparingTo("3300000.05");
                    assertThat((java.math.BigDecimal) row.get("rate")).isEqualByComparingTo("0.9091");
                });
    }

    private static List<String> fieldErrors(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .map(error -> error.get("field") + ": " + error.get("message")).toList();
    }

    private List<Map<String, Object>> errors(Map<String, Object> proposal) {
        return (List<Map<String, Object>>) staff.as("sh.coordinator").post("/api/agreements", proposal, HttpStatus.BAD_REQUEST)
                .get("errors");
    }

    private int paymentsRecorded(String projectId) {
        return projectFixtures.payments(ProjectId.of(projectId)).size();
    }

    private static Map<String, Object> read() {
        return read(EXAMPLE);
    }

    private static Map<String, Object> read(Path file) {
        try {
            return new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static Map<String, Object> share(String participant, String percent) {
        return Map.of("participant", participant, "percent", percent);
    }

    private static Map<String, Object> withContent(Map<String, Object> proposal, String field, Object value) {
        Map<String, Object> content = new LinkedHashMap<>((Map<String, Object>) proposal.get("content"));
        content.put(field, value);
        Map<String, Object> changed = new LinkedHashMap<>(proposal);
        changed.put("content", content);
        return changed;
    }
}
