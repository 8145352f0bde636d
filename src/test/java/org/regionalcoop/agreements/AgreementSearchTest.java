package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;

/**
 * {@code GET /api/agreements} finds by every filter, in Chinese and English titles, sorts, pages with the total in
 * a header, and refuses a value that means nothing naming its parameter. Each test marks its agreements' titles
 * with a word of its own, so the agreements other tests leave in the shared database do not count.
 */
@PlatformTest
class AgreementSearchTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;


    private final String mark = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void findsByTitleInChineseAndEnglishWhateverTheCase() {
        Agreement chinese = propose("长株潭城际轨道交通" + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement english = propose("Xiang River Water Quality " + mark, CooperationField.ENVIRONMENT, "HN-CS", "HN-XT");

        assertThat(ids("admin", "q=" + mark)).containsExactlyInAnyOrder(id(chinese), id(english));
        assertThat(ids("admin", "q=城际轨道交通" + mark)).containsExactly(id(chinese));
        assertThat(ids("admin", "q=water quality " + mark)).containsExactly(id(english));
        assertThat(ids("admin", "q=" + mark + "&field=environment")).containsExactly(id(english));
        assertThat(ids("admin", "q=" + mark + "&mode=bottom-up&government=HN-ZZ")).containsExactly(id(chinese));
        assertThat(ids("admin", "q=" + mark + "&mode=top-down")).isEmpty();
        assertThat(ids("hn-xt.coordinator", "q=" + mark)).containsExactly(id(english));
    }

    @Test
    void findsByStatusStageAgencyAndPeriods() {
        Agreement consensus = propose("Consensus " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement approval = propose("Approval " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-XT");
        driver.reachConsensus(approval);
        jdbc.update("update agreement set approved_at = timestamptz '2026-03-15 10:00Z' where id = ?", approval.id().value());

        assertThat(ids("admin", "q=" + mark + "&status=in-consensus")).containsExactly(id(consensus));
        assertThat(ids("admin", "q=" + mark + "&stage=approval")).containsExactly(id(approval));
        assertThat(ids("admin", "q=" + mark + "&stage=approval,consensus")).hasSize(2);
        assertThat(ids("admin", "q=" + mark + "&stage=approval&status=in-consensus")).isEmpty();
        assertThat(ids("admin", "q=" + mark + "&agency=HN-PCA")).containsExactly(id(approval));
        assertThat(ids("admin", "q=" + mark + "&approvedFrom=2026-03-15&approvedTo=2026-03-15")).containsExactly(id(approval));
        assertThat(ids("admin", "q=" + mark + "&approvedFrom=2026-03-16")).isEmpty();
        assertThat(ids("admin", "q=" + mark + "&proposedFrom=2000-01-01&proposedTo=2000-12-31")).isEmpty();
        assertThat(ids("admin", "q=" + mark + "&proposedFrom=2000-01-01")).hasSize(2);
    }

    @Test
    void anAgreementLongerInItsStageThanItsServiceLevelIsOverdue() {
        Agreement late = propose("Late " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement onTime = propose("On time " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        // The consensus stage's service level is 42 days (platform.agreements.durations.consensus-stage).
        jdbc.update("update agreement set status_since = now() - interval '43 days' where id = ?", late.id().value());

        assertThat(ids("admin", "q=" + mark + "&overdue=true")).containsExactly(id(late));
        assertThat(ids("admin", "q=" + mark + "&overdue=false")).containsExactly(id(onTime));
        AgreementResults results = agreements.search(AgreementSearch.fromParameters(Map.of("q", List.of(mark),
                "sort", List.of("since"))), ADMINISTRATOR);
        assertThat(results.agreements()).extracting(AgreementStanding::overdue).containsExactly(true, false);
        assertThat(results.agreements()).extracting(AgreementStanding::stage)
                .containsOnly(AgreementStage.CONSENSUS);
    }

    @Test
    void sortsAndPagesWithTheTotalInAHeader() {
        Agreement b = propose("B " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement a = propose("A " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement c = propose("C " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");

        ResponseEntity<List> first = get("admin", "q=" + mark + "&sort=title&limit=2");
        assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("3");
        assertThat(idsOf(first)).containsExactly(id(a), id(b));
        assertThat(ids("admin", "q=" + mark + "&sort=title&limit=2&offset=2")).containsExactly(id(c));
        assertThat(ids("admin", "q=" + mark + "&sort=-title")).containsExactly(id(c), id(b), id(a));
        assertThat(ids("admin", "q=" + mark)).as("newest first by default").containsExactly(id(c), id(a), id(b));
    }

    @Test
    void aBadValueIsRefusedNamingItsParameter() {
        assertRefused("status=open", "status", "'open' is not a status: proposed, in-consensus");
        assertRefused("stage=done", "stage", "'done' is not a stage: proposal, consensus, approval, in-force");
        assertRefused("government=shanghai", "government", "'shanghai' is not a government code");
        assertRefused("mode=sideways", "mode", "'sideways' is not a mode: bottom-up");
        assertRefused("field=space", "field", "'space' is not a field: transport");
        assertRefused("proposedFrom=31.01.2026", "proposedFrom", "'31.01.2026' is not a date such as 2026-01-31");
        assertRefused("approvedFrom=2026-02-01&approvedTo=2026-01-01", "approvedFrom", "must not be after the end");
        assertRefused("overdue=maybe", "overdue", "'maybe' is not true or false");
        assertRefused("sort=age", "sort", "'age' is not an order: proposed, -proposed");
        assertRefused("limit=500", "limit", "must be between 1 and 200");
        assertRefused("offset=-1", "offset", "must be between 0 and");
    }

    @SuppressWarnings("unchecked")
    private void assertRefused(String query, String parameter, String message) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<Map> refused = http.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD)
                .exchange("/api/agreements?" + query, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
        assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
        assertThat(errors).as(query).hasSize(1);
        assertThat(errors.get(0).get("field")).isEqualTo(parameter);
        assertThat((String) errors.get(0).get("message")).contains(message);
    }

    @Test
    void theBoardsOverviewCountsWhatTheSearchFindsByStageAndWeekInOnePass() {
        Agreement consensus = propose("Overview consensus " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        Agreement approval = propose("Overview approval " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-XT");
        driver.reachConsensus(approval);
        jdbc.update("update agreement set approved_at = now() where id = ?", approval.id().value());
        Agreement elsewhere = propose("Overview elsewhere " + mark, CooperationField.ENERGY, "SH", "JS");

        AgreementOverview all = agreements.overview(search("q=" + mark), 12, ZoneOffset.UTC, ADMINISTRATOR);
        assertThat(all.results().total()).isEqualTo(3);
        assertThat(all.results().agreements()).hasSize(3);
        assertThat(all.byStage()).containsEntry(AgreementStage.CONSENSUS, 2L).containsEntry(AgreementStage.APPROVAL, 1L)
                .containsEntry(AgreementStage.ENDED, 0L);
        assertThat(all.throughput()).hasSize(12);
        WeeklyThroughput thisWeek = all.throughput().get(11);
        assertThat(thisWeek.proposed()).isEqualTo(3);
        assertThat(thisWeek.approved()).isEqualTo(1);
        assertThat(thisWeek.ended()).isZero();

        AgreementOverview inApproval = agreements.overview(search("q=" + mark + "&stage=approval"), 12, ZoneOffset.UTC, ADMINISTRATOR);
        assertThat(inApproval.results().total()).as("the total counts the stage asked for").isEqualTo(1);
        assertThat(inApproval.results().agreements()).extracting(standing -> standing.agreement().id()).containsExactly(approval.id());
        assertThat(inApproval.byStage()).as("the funnel shows every stage whatever is asked for")
                .containsEntry(AgreementStage.CONSENSUS, 2L).containsEntry(AgreementStage.APPROVAL, 1L);
        assertThat(agreements.overview(search("q=" + mark + "&stage=approval&status=in-consensus"), 12, ZoneOffset.UTC, ADMINISTRATOR)
                .results().total()).isZero();

        AgreementOverview xiangtan = agreements.overview(search("q=" + mark), 12, ZoneOffset.UTC,
                new Caller("hn-xt.coordinator", Set.of("HN-XT.coordinator")));
        assertThat(xiangtan.results().total()).as("the visibility rule holds for the counts too").isEqualTo(1);
        assertThat(xiangtan.byStage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1);
        assertThat(xiangtan.throughput().get(11).proposed()).isEqualTo(1);
        assertThat(List.of(consensus, elsewhere)).noneMatch(agreement -> xiangtan.results().agreements().stream()
                .anyMatch(standing -> standing.agreement().id().equals(agreement.id())));
    }

    @Test
    void theBoardReckonsItsWeeksAndPeriodsOnItsReadersCalendarWhileTheApiKeepsUtcDays() {
        Agreement agreement = propose("Overview at midnight in Beijing " + mark, CooperationField.TRANSPORT, "HN-CS", "HN-ZZ");
        LocalDate monday = PeoplesDays.today().with(DayOfWeek.MONDAY);
        // Monday 00:00 in Beijing is Sunday 16:00 in Greenwich: this week on the board, last week in UTC.
        Instant mondayInBeijing = monday.atStartOfDay(PeoplesDays.ZONE).toInstant();
        jdbc.update("update agreement set proposed_at = ? where id = ?", Timestamp.from(mondayInBeijing), agreement.id().value());
        String fromMonday = "q=" + mark + "&proposedFrom=" + monday;

        AgreementOverview board = agreements.overview(search(fromMonday), 12, PeoplesDays.ZONE, ADMINISTRATOR);
        assertThat(board.results().total()).isEqualTo(1);
        WeeklyThroughput thisWeek = board.throughput().get(11);
        assertThat(thisWeek.week()).isEqualTo(monday);
        assertThat(thisWeek.proposed()).isEqualTo(1);

        assertThat(agreements.overview(search(fromMonday), 12, ZoneOffset.UTC, ADMINISTRATOR).results().total())
                .as("on Sunday in Greenwich").isZero();
        assertThat(ids("hn-cs.coordinator", fromMonday)).as("the API's days are UTC days").isEmpty();
        assertThat(ids("hn-cs.coordinator", "q=" + mark + "&proposedFrom=" + monday.minusDays(1) + "&proposedTo=" + monday.minusDays(1)))
                .containsExactly(id(agreement));
    }

    private static AgreementSearch search(String query) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], List.of(parts[1]));
        }
        return AgreementSearch.fromParameters(parameters);
    }

    private Agreement propose(String title, CooperationField field, String... participants) {
        AgreementContent content = LifecycleDriver.content(AgreementType.SPECIALIZED, "1000000.00", participants);
        AgreementContent titled = new AgreementContent(title, List.of(field), content.participants(),
                content.secretariat(), content.mode(), content.type(), content.term(), content.costShares(),
                content.benefitSharingRule(), content.compensationRule(), content.defectionPenalty(),
                content.supportRequests());
        return agreements.propose(new GovernmentCode(participants[0]), titled, LifecycleDriver.coordinatorOf(participants[0]));
    }

    private static String id(Agreement agreement) {
        return agreement.id().toString();
    }

    private List<String> ids(String user, String query) {
        ResponseEntity<List> answer = get(user, query);
        assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.OK);
        return idsOf(answer);
    }

    private ResponseEntity<List> get(String user, String query) {
        return http.withBasicAuth(user, PlatformTest.DEMO_PASSWORD).getForEntity("/api/agreements?" + query, List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> idsOf(ResponseEntity<List> answer) {
        return ((List<Map<String, Object>>) answer.getBody()).stream().map(a -> (String) a.get("id")).toList();
    }
}
