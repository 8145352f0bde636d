package org.regionalcoop.workbench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;

/** A capital-circle council whose first meeting the host, Tokyo, is asked to convene: for the meeting pages' tests. */
final class CouncilMeetings {

    /** The agreement proposed and the host's task to convene its council's first meeting. */
    record Convening(String agreementId, String task) {
    }

    private CouncilMeetings() {
    }

    /**
     * Proposes the horizontal council example under this title with a yearly meeting from today, starts its meetings
     * as the platform does once the agreement is in force, and returns the host's task to convene the first one.
     */
    @SuppressWarnings("unchecked")
    static Convening convening(TestRestTemplate anonymous, RuntimeService runtime, TaskService tasks, String title)
            throws IOException {
        LocalDate today = PeoplesDays.today();
        Map<String, Object> proposal = new ObjectMapper().readValue(
                Path.of("docs", "examples", "proposeAgreement", "horizontal-council.json").toFile(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        Map<String, Object> content = (Map<String, Object>) proposal.get("content");
        content.put("title", title);
        content.put("term", Map.of("start", today.toString(), "end", today.plusYears(2).toString()));
        Map<String, Object> council = new LinkedHashMap<>(((List<Map<String, Object>>) content.get("bodies")).get(0));
        council.put("meetings", Map.of("every", "P1Y", "first", today.toString()));
        content.put("bodies", List.of(council));
        String id = (String) anonymous.withBasicAuth("jp-tk.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForObject("/api/agreements", proposal, Map.class).get("id");
        runtime.startProcessInstanceByKey("body_meetings", id + ":council", Map.of("agreementId", id, "body", "council",
                "bodyName", "Capital-circle council"));
        await().atMost(PATIENCE).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(id + ":council")
                .taskDefinitionKey("user_convene_meeting").count() == 1);
        return new Convening(id, tasks.createTaskQuery().processInstanceBusinessKey(id + ":council").singleResult().getId());
    }
}
