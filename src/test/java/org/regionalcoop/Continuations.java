package org.regionalcoop;

import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For tests that work only through HTTP: waits, as an administrator would watch in Cockpit, until the engine's job
 * executor has run the steps that a completion or an answer left behind a transaction boundary
 * (docs/decisions/transaction-boundaries.md). In-process tests use {@link LifecycleDriver#awaitContinuations}.
 */
public final class Continuations {

    private Continuations() {
    }

    /** Returns once no step of the agreement's processes waits for the job executor (failed ones have no retries left). */
    @SuppressWarnings("unchecked")
    public static void await(TestRestTemplate anonymous, String agreementId) {
        TestRestTemplate admin = anonymous.withBasicAuth("admin", PlatformTest.DEMO_PASSWORD);
        org.awaitility.Awaitility.await().atMost(PlatformTest.PATIENCE).until(() -> {
            List<Map<String, Object>> instances = admin.getForObject(
                    "/engine-rest/process-instance?businessKeyLike={id}%", List.class, agreementId);
            Set<Object> ids = instances.stream().map(instance -> instance.get("id")).collect(Collectors.toSet());
            List<Map<String, Object>> jobs = admin.getForObject("/engine-rest/job?messages=true&withRetriesLeft=true",
                    List.class);
            return jobs.stream().noneMatch(job -> ids.contains(job.get("processInstanceId")));
        });
    }
}
