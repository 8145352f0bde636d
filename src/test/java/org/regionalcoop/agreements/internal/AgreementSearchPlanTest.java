package org.regionalcoop.agreements.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.ManyAgreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With 100,000 agreements among 50 governments, the board's first page and the search's filters are answered from
 * indexes: the plans read none of the agreement tables sequentially, for the administrator (everything) and for a
 * government's staff (the visibility rule). How fast that is belongs to the benchmark, not to a test. The agreements
 * are generated once for all the class's plans (none of them writes).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementSearchPlanTest {

    private static final int AGREEMENTS = 100_000;
    private static final List<String> LARGE_TABLES =
            List.of("agreement", "agreement_version", "agreement_participant", "agreement_agency");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    ServiceLevels serviceLevels;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void proposeMany() {
        ManyAgreements.insert(jdbc, AGREEMENTS);
    }

    @AfterAll
    void removeThem() {
        ManyAgreements.delete(jdbc);
    }

    @Test
    void theFirstPageOfEveryAgreementIsReadFromTheIndexInProposalOrder() throws Exception {
        assertIndexed(AgreementSearch.everything(), true, Set.of(), false);
    }

    @Test
    void aGovernmentsStaffSeeTheirFirstPageAndCountFromIndexes() throws Exception {
        assertIndexed(AgreementSearch.everything(), false, Set.of("PLAN7"), true);
        assertIndexed(search("government", "PLAN8"), false, Set.of("PLAN7"), true);
        assertIndexed(search("agency", ManyAgreements.AGENCY), false, Set.of(ManyAgreements.AGENCY), true);
    }

    @Test
    void titleTextInChineseAndEnglishIsFoundThroughTheTrigramIndex() throws Exception {
        assertIndexed(search("q", "规划协议第4242"), true, Set.of(), true);
        assertIndexed(search("q", "agreement number 4243"), true, Set.of(), true);
        assertThat(named.queryForObject(query(search("q", "规划协议第4242号"), true, Set.of()).count(),
                query(search("q", "规划协议第4242号"), true, Set.of()).parameters(), Long.class)).isEqualTo(1);
    }

    @Test
    void statusFieldPeriodsAndOverdueAreAnsweredFromIndexes() throws Exception {
        assertIndexed(search("status", "in-approval"), true, Set.of(), true);
        assertIndexed(search("field", "energy"), true, Set.of(), true);
        assertIndexed(search("overdue", "true"), true, Set.of(), true);
        assertIndexed(search("approvedFrom", Instant.now().toString().substring(0, 10)), true, Set.of(), true);
    }

    private static AgreementSearch search(String parameter, String value) {
        return AgreementSearch.fromParameters(Map.of(parameter, List.of(value)));
    }

    private AgreementSearchQuery query(AgreementSearch search, boolean administrator, Set<String> governments) {
        return AgreementSearchQuery.of(search, administrator, governments, serviceLevels, Instant.now(), true, ZoneOffset.UTC);
    }

    private void assertIndexed(AgreementSearch search, boolean administrator, Set<String> governments,
                               boolean countToo) throws Exception {
        AgreementSearchQuery query = query(search, administrator, governments);
        MapSqlParameterSource parameters = query.parameters().addValue("limit", 50).addValue("offset", 0);
        String page = query.page(AgreementRepository.AGREEMENT_COLUMNS, AgreementRepository.CURRENT_VERSION, search.sort());
        assertThat(sequentialScans(page, parameters)).as("the first page, planned as %s", plan(page, parameters)).isEmpty();
        if (countToo) {
            assertThat(sequentialScans(query.count(), parameters)).as("the count, planned as %s",
                    plan(query.count(), parameters)).isEmpty();
        }
    }

    private String plan(String statement, MapSqlParameterSource parameters) {
        return String.join("\n", named.queryForList("explain " + statement, parameters, String.class));
    }

    private List<String> sequentialScans(String statement, MapSqlParameterSource parameters) throws Exception {
        String plan = named.queryForObject("explain (format json) " + statement, parameters, String.class);
        List<String> scanned = new ArrayList<>();
        collect(json.readTree(plan).get(0).get("Plan"), scanned);
        return scanned;
    }

    private static void collect(JsonNode node, List<String> scanned) {
        if ("Seq Scan".equals(node.path("Node Type").asText()) && LARGE_TABLES.contains(node.path("Relation Name").asText())) {
            scanned.add(node.path("Relation Name").asText());
        }
        node.path("Plans").forEach(child -> collect(child, scanned));
    }
}
