package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperation cases of the domain guide from proposal through consensus to approval, driven only
 * through the REST APIs as the staff of each government would.
 */
@PlatformTest
class AgreementLifecycleRestTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    private StaffClient as(String user) {
        return new StaffClient(anonymous, driver, user);
    }

    @Test
    void theYangtzeRiverDeltaIsApprovedCentrallyAtTwoLevelsForItsLargeRequest() {
        Map<String, Object> agreement = as("sh.coordinator").propose(ProposalRequests.yangtzeRiverDelta());
        String id = (String) agreement.get("id");
        String hash = (String) ((Map<String, Object>) agreement.get("current")).get("contentHash");

        for (String government : List.of("sh", "js", "zj", "ah")) {
            as(government + ".coordinator").complete(government.toUpperCase() + ".coordinator", "user_cast_vote", id,
                    Map.of("answer", "consent", "comment", "agreed by the cooperation office"));
        }
        for (String government : List.of("sh", "js", "zj", "ah")) {
            as(government + ".leader").complete(government.toUpperCase() + ".leader", "user_sign_agreement", id,
                    Map.of("signedContentHash", hash));
        }
        assertThat(as("sh.coordinator").agreement(id)).containsEntry("status", "in-approval");

        assertThat(as("hn-pca.reviewer").tasks("HN-PCA.reviewer", "user_review_agreement", id)).isEmpty();
        as("cn-cca.reviewer").complete("CN-CCA.reviewer", "user_review_agreement", id,
                Map.of("reviewDecision", "approve", "conditions", "Report progress every half year"));
        as("cn-cca.leader").complete("CN-CCA.leader", "user_review_agreement", id, Map.of("reviewDecision", "approve"));

        assertThat(as("js.coordinator").agreement(id)).containsEntry("status", "approved");
    }

    @Test
    void changshaZhuzhouXiangtanIsApprovedByHunansProvincialAgency() {
        Map<String, Object> agreement = as("hn-cs.coordinator").propose(ProposalRequests.changshaZhuzhouXiangtan());
        String id = (String) agreement.get("id");
        String hash = (String) ((Map<String, Object>) agreement.get("current")).get("contentHash");

        for (String government : List.of("hn-cs", "hn-zz", "hn-xt")) {
            as(government + ".coordinator").complete(government.toUpperCase() + ".coordinator", "user_cast_vote", id,
                    Map.of("answer", "consent"));
        }
        for (String government : List.of("hn-cs", "hn-zz", "hn-xt")) {
            as(government + ".leader").complete(government.toUpperCase() + ".leader", "user_sign_agreement", id,
                    Map.of("signedContentHash", hash));
        }

        assertThat(as("cn-cca.reviewer").tasks("CN-CCA.reviewer", "user_review_agreement", id)).isEmpty();
        as("hn-pca.reviewer").complete("HN-PCA.reviewer", "user_review_agreement", id, Map.of("reviewDecision", "approve"));

        assertThat(as("hn-zz.coordinator").agreement(id)).containsEntry("status", "approved");
    }

    @Test
    void aCoordinatorSeesNoOtherGovernmentsBallotAndCannotCompleteIt() {
        String id = (String) as("sh.coordinator").propose(ProposalRequests.yangtzeRiverDelta()).get("id");
        List<Map<String, Object>> shanghai = as("sh.coordinator").tasks("SH.coordinator", "user_cast_vote", id);
        assertThat(shanghai).hasSize(1);

        assertThat(as("js.coordinator").tasks("SH.coordinator", "user_cast_vote", id)).isEmpty();
        var completion = anonymous.withBasicAuth("js.coordinator", PlatformTest.DEMO_PASSWORD).postForEntity(
                "/engine-rest/task/{id}/complete", Map.of("variables", Map.of("answer", Map.of("value", "decline"))),
                String.class, shanghai.get(0).get("id"));

        // A task the caller cannot see is answered as a missing one, on the engine's REST API as on /api/tasks.
        assertThat(completion.getStatusCode().value()).isEqualTo(404);
        assertThat(completion.getBody()).contains("https://regionalcoop.org/problems/not-found")
                .doesNotContain("permission");
        assertThat(as("sh.coordinator").tasks("SH.coordinator", "user_cast_vote", id)).hasSize(1);
    }
}
