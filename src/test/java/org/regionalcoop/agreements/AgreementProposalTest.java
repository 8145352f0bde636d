package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.agreements.ProposalRequests.*;

@PlatformTest
class AgreementProposalTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LifecycleDriver driver;

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    private ResponseEntity<Map> propose(String user, Map<String, Object> proposal) {
        return as(user).postForEntity("/api/agreements", proposal, Map.class);
    }

    @Test
    void aCoordinatorProposesAndTheParticipantsSeeTheFirstVersion() {
        ResponseEntity<Map> created = propose("sh.coordinator", yangtzeRiverDelta());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> agreement = created.getBody();
        String id = (String) agreement.get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/agreements/" + id);
        assertThat(agreement).containsEntry("status", "in-consensus").containsEntry("initiator", "SH")
                .containsEntry("proposedBy", "sh.coordinator");
        Map<String, Object> current = (Map<String, Object>) agreement.get("current");
        assertThat(current).containsEntry("number", 1);
        assertThat((String) current.get("contentHash")).matches("[0-9a-f]{64}");
        Map<String, Object> content = (Map<String, Object>) current.get("content");
        assertThat(content.get("defectionPenalty")).isEqualTo("5000000.00");
        assertThat((List<Map<String, Object>>) content.get("costShares")).extracting(s -> s.get("percent"))
                .containsExactly("40", "25", "20", "15");

        assertThat(as("js.coordinator").getForEntity("/api/agreements/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> versions = as("ah.leader").getForObject("/api/agreements/" + id + "/versions", List.class);
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0)).containsEntry("contentHash", current.get("contentHash"));
        assertThat(as("zj.coordinator").getForEntity("/api/agreements/" + id + "/versions/1", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anotherGovernmentsAgreementIsIndistinguishableFromAMissingOne() {
        String id = (String) propose("sh.coordinator", yangtzeRiverDelta()).getBody().get("id");

        ResponseEntity<Map> foreign = as("hn-cs.coordinator").getForEntity("/api/agreements/" + id, Map.class);
        ResponseEntity<Map> missing = as("hn-cs.coordinator")
                .getForEntity("/api/agreements/00000000-0000-0000-0000-000000000000", Map.class);

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("title")).isEqualTo(missing.getBody().get("title"));
        assertThat(as("hn-cs.coordinator").getForObject("/api/agreements", List.class))
                .extracting(a -> ((Map<String, Object>) a).get("id")).doesNotContain(id);
        assertThat(as("admin").getForEntity("/api/agreements/" + id, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSuperiorInitiatesATopDownAgreement() {
        Map<String, Object> proposal = changshaZhuzhouXiangtan();
        proposal.put("initiator", "HN");
        contentOf(proposal).put("mode", "top-down");

        assertThat(propose("hn.coordinator", proposal).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void theSameContentHasTheSameHashWhateverItsJsonOrder() {
        Map<String, Object> first = changshaZhuzhouXiangtan();
        Map<String, Object> reordered = proposal("HN-CS", new TreeMap<>(contentOf(changshaZhuzhouXiangtan())));
        contentOf(reordered).put("defectionPenalty", 5000000);

        String hash1 = hashOf(propose("hn-cs.coordinator", first));
        String hash2 = hashOf(propose("hn-cs.coordinator", reordered));

        assertThat(hash1).isEqualTo(hash2);
    }

    @Test
    void citiesOfAProvinceWithoutACoordinationAgencyAreRefusedAtProposal() {
        Map<String, Object> zhejiang = proposal("ZJ-HZ", content("Hangzhou Bay water quality", "bottom-up", "specialized",
                List.of("ZJ-HZ", "ZJ-NB"), "ZJ-HZ", List.of(share("ZJ-HZ", "60"), share("ZJ-NB", "40")),
                List.of(support("infrastructure-investment", "30000000.00"))));
        Map<String, Object> hunan = proposal("HN-CS", content("Xiang River ferry timetable", "bottom-up", "specialized",
                List.of("HN-CS", "HN-ZZ"), "HN-CS", List.of(share("HN-CS", "60"), share("HN-ZZ", "40")),
                List.of(support("infrastructure-investment", "30000000.00"))));
        long before = driver.agreementCount();

        ResponseEntity<Map> refused = propose("zj-hz.coordinator", zhejiang);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).containsExactly(Map.of(
                "field", "content.participants",
                "message", "no coordination agency reviews agreements among ZJ-HZ and ZJ-NB: the province ZJ (Zhejiang) has none"));
        assertThat(driver.agreementCount()).isEqualTo(before);
        assertThat(propose("hn-cs.coordinator", hunan).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        Map<String, Object> proposal = yangtzeRiverDelta();
        Map<String, Object> content = contentOf(proposal);
        content.put("participants", List.of("SH", "JS", "JS", "HX", "HN-PCA"));
        content.put("costShares", List.of(share("SH", "50"), share("JS", "49.99")));
        content.put("secretariat", "BJ");
        content.put("title", " ");
        content.put("term", Map.of("start", "2027-01-01", "end", "2026-01-01"));
        content.put("supportRequests", List.of(support("fiscal-transfer", null), support("land-quota", "10.00")));
        long before = driver.agreementCount();

        ResponseEntity<Map> response = propose("sh.coordinator", proposal);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("content.title", "content.participants[2]", "content.participants[3]", "content.participants[4]",
                        "content.secretariat", "content.term.end", "content.costShares",
                        "content.supportRequests[0].amount", "content.supportRequests[1].amount");
        assertThat((String) response.getBody().get("detail"))
                .contains("content.costShares: shares add up to 99.99 %, not exactly 100 %")
                .contains("content.participants[3]: no government with code 'HX' is registered")
                .contains("content.participants[4]: HN-PCA is a coordination agency, not a government");
        assertThat(driver.agreementCount()).isEqualTo(before);
    }

    @Test
    void onlyAnInitiatorsCoordinatorMayPropose() {
        ResponseEntity<Map> response = propose("js.coordinator", yangtzeRiverDelta());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").toString()).contains("initiator: you are not a coordinator of SH");
    }

    @Test
    void unreadableValuesAreNamedByTheirPath() {
        Map<String, Object> badMode = yangtzeRiverDelta();
        contentOf(badMode).put("mode", "sideways");
        Map<String, Object> badMoney = yangtzeRiverDelta();
        contentOf(badMoney).put("defectionPenalty", "12.345");

        ResponseEntity<Map> mode = propose("sh.coordinator", badMode);
        ResponseEntity<Map> money = propose("sh.coordinator", badMoney);

        assertThat(mode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(mode.getBody().get("detail").toString())
                .isEqualTo("content.mode: unknown value 'sideways'; expected one of bottom-up, top-down, counterpart-support, horizontal");
        assertThat(money.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(money.getBody().get("detail").toString()).startsWith("content.defectionPenalty: ")
                .contains("at most two decimals");
    }

    @Test
    void everyUnreadableValueIsNamedNotOnlyTheFirst() {
        Map<String, Object> proposal = yangtzeRiverDelta();
        contentOf(proposal).put("mode", "sideways");
        contentOf(proposal).put("fields", List.of("transport", "TRANSPORT"));
        contentOf(proposal).put("defectionPenalty", "12.345");
        contentOf(proposal).put("term", Map.of("start", "2027-13-01", "end", "2031-12-31"));

        ResponseEntity<Map> response = propose("sh.coordinator", proposal);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("content.mode", "content.fields[1]", "content.defectionPenalty", "content.term.start");
        assertThat(response.getBody().get("detail").toString())
                .contains("content.fields[1]: unknown value 'TRANSPORT'; expected one of transport, environment");
    }

    @Test
    void versionsCannotBeChangedOnceWritten() {
        String id = (String) propose("sh.coordinator", yangtzeRiverDelta()).getBody().get("id");

        assertThatThrownBy(() -> jdbc.update("update agreement_version set reason = 'tampered' where agreement_id = ?::uuid", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("agreement versions are immutable");
    }

    private static String hashOf(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (String) ((Map<String, Object>) response.getBody().get("current")).get("contentHash");
    }
}
