package org.regionalcoop.monitoring;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.StepFailures;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A step that fails after a member of staff completed their task does not take their completion with it: they are
 * answered 2xx, the task stays completed, administrators find an incident, and once the cause is gone a retry carries
 * the agreement on (docs/decisions/transaction-boundaries.md).
 */
@PlatformTest
class FailedStepAfterCompletionTest {

    private static final String ANNOUNCE_SIGNED = "service_complete_signing";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    StepFailures failures;

    @Test
    void theLastSignatureStandsWhenTheStepAfterItFailsAndARetryCarriesTheAgreementToApproval() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        String hash = agreements.current(agreement.id()).current().contentHash();
        for (Task ballot : driver.openTasks(agreement, "user_cast_vote")) {
            tasks.complete(ballot.getId(), Map.of("answer", "consent"));
        }
        driver.awaitContinuations(agreement);
        failures.failAt(ANNOUNCE_SIGNED, agreement.id());
        try {
            driver.complete(agreement, "user_sign_agreement", "SH.leader", Map.of("signedContentHash", hash));
            Task last = driver.openTasks(agreement, "user_sign_agreement").get(0);

            ResponseEntity<String> signed = anonymous.withBasicAuth("js.leader", PlatformTest.DEMO_PASSWORD)
                    .postForEntity("/api/tasks/{id}/complete", Map.of("signedContentHash", hash), String.class, last.getId());

            assertThat(signed.getStatusCode()).as("the leader's answer: %s", signed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(history.createHistoricTaskInstanceQuery().taskId(last.getId()).finished().count()).isOne();
            Map<String, Object> incident = await().atMost(PlatformTest.PATIENCE)
                    .until(() -> incidentOf(agreement), Optional::isPresent).orElseThrow();
            assertThat((String) incident.get("error")).contains("out of service");
            assertThat(driver.openTasks(agreement, "user_sign_agreement")).isEmpty();
            assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.IN_CONSENSUS);
        } finally {
            failures.repair(ANNOUNCE_SIGNED);
        }

        String incidentId = (String) incidentOf(agreement).orElseThrow().get("id");
        assertThat(admin().postForEntity("/api/monitoring/incidents/{id}/retry", null, Void.class, incidentId)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(PlatformTest.PATIENCE)
                .until(() -> agreements.current(agreement.id()).status() == AgreementStatus.IN_APPROVAL);
        assertThat(driver.openTasks(agreement, "user_review_agreement")).hasSize(1);
        assertThat(incidentOf(agreement)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Optional<Map<String, Object>> incidentOf(Agreement agreement) {
        List<Map<String, Object>> incidents = admin().getForObject("/api/monitoring/incidents", List.class);
        return incidents.stream()
                .filter(found -> ANNOUNCE_SIGNED.equals(found.get("failingStep"))
                        && agreement.id().toString().equals(found.get("agreementId")))
                .findFirst();
    }

    private TestRestTemplate admin() {
        return anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
    }
}
