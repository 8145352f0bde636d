package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one visibility rule, through the API: an agency that takes no part in an agreement sees it, its versions and
 * its audit log from the moment a task on it is offered to the agency (to review, to decide a grant), with every
 * role of its staff; before that, and for other agencies, the agreement does not exist. The platform administrator
 * sees all of them all the time.
 */
@PlatformTest
class AgreementVisibilityTest {

    /** Every role of a provincial coordination agency in the demo registry. */
    private static final List<String> AGENCY_ROLES =
            List.of("coordinator", "leader", "finance_officer", "reviewer", "grant_officer", "arbitrator");

    @Autowired
    TestRestTemplate http;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApprovingAgencySeesTheAgreementFromTheMomentItIsAskedToReviewIt() {
        Agreement agreement = driver.propose(AgreementType.SPECIALIZED, "2000000.00", "HN-CS", "HN-ZZ", "HN-XT");

        for (String role : AGENCY_ROLES) {
            assertHidden("hn-pca." + role, agreement);
        }
        assertSeen("admin", agreement);
        assertSeen("hn-zz.finance_officer", agreement);

        driver.reachConsensus(agreement);

        assertThat(involvement(agreement)).containsExactly("HN-PCA reviewer");
        for (String role : AGENCY_ROLES) {
            assertSeen("hn-pca." + role, agreement);
        }
        assertHidden("js-pca.reviewer", agreement);
        assertHidden("sh.coordinator", agreement);
    }

    @Test
    void theGrantOfficersAgencySeesTheAgreementOnceAGrantDecisionIsOfferedToIt() {
        Agreement agreement = driver.propose(AgreementType.SPECIALIZED, "2000000.00", "HN-CS", "HN-ZZ");
        driver.reachConsensus(agreement);
        assertThat(involvement(agreement)).containsExactly("HN-PCA reviewer");

        driver.complete(agreement, "user_review_agreement", "HN-PCA.reviewer", Map.of("reviewDecision", "approve"));

        assertThat(driver.openTasks(agreement, "user_decide_grant")).isNotEmpty();
        assertThat(involvement(agreement)).containsExactly("HN-PCA grant_officer", "HN-PCA reviewer");
        assertSeen("hn-pca.grant_officer", agreement);
        assertHidden("cn-cca.grant_officer", agreement);
    }

    @Test
    void theSearchListsWhatTheRuleShowsAndOnlyThat() {
        Agreement agreement = driver.propose(AgreementType.SPECIALIZED, "2000000.00", "HN-ZZ", "HN-XT");
        String id = agreement.id().toString();

        assertThat(ids("hn-pca.arbitrator", "/api/agreements?government=HN-ZZ&limit=200")).doesNotContain(id);
        assertThat(ids("hn-xt.coordinator", "/api/agreements?government=HN-ZZ&limit=200")).contains(id);
        assertThat(ids("admin", "/api/agreements?government=HN-XT&limit=200")).contains(id);

        driver.reachConsensus(agreement);

        assertThat(ids("hn-pca.arbitrator", "/api/agreements?agency=HN-PCA&government=HN-ZZ&limit=200")).contains(id);
        assertThat(ids("js-pca.arbitrator", "/api/agreements?limit=200")).doesNotContain(id);
    }

    private List<String> involvement(Agreement agreement) {
        return jdbc.queryForList("select agency || ' ' || role from agreement_agency where agreement_id = ? order by 1",
                String.class, agreement.id().value());
    }

    private void assertSeen(String user, Agreement agreement) {
        for (String path : paths(agreement)) {
            assertThat(as(user).getForEntity(path, Object.class).getStatusCode()).as("%s reads %s", user, path)
                    .isEqualTo(HttpStatus.OK);
        }
    }

    private void assertHidden(String user, Agreement agreement) {
        for (String path : paths(agreement)) {
            ResponseEntity<Map> answer = as(user).getForEntity(path, Map.class);
            assertThat(answer.getStatusCode()).as("%s reads %s", user, path).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static List<String> paths(Agreement agreement) {
        String base = "/api/agreements/" + agreement.id();
        return List.of(base, base + "/versions", base + "/versions/1", base + "/audit");
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String user, String path) {
        ResponseEntity<List> answer = as(user).getForEntity(path, List.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((List<Map<String, Object>>) answer.getBody()).stream().map(a -> (String) a.get("id")).toList();
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }
}
