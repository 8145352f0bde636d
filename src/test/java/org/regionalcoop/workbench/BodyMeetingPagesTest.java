package org.regionalcoop.workbench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.workbench.WorkbenchLogin.signIn;

/**
 * The host's page for convening a meeting of the agreement's council shows the agreement with its bodies, the
 * meeting and its schedule before it asks, in English and in Chinese.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class BodyMeetingPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = WorkbenchLogin.workbench(context);
    }

    @Test
    void theHostSeesTheCouncilAndTheMeetingBeforeConveningIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> proposal = new ObjectMapper().readValue(
                Path.of("docs", "examples", "proposeAgreement", "horizontal-council.json").toFile(),
                new TypeReference<LinkedHashMap<String, Object>>() {
                });
        Map<String, Object> content = (Map<String, Object>) proposal.get("content");
        content.put("title", "Capital-circle council pages");
        content.put("term", Map.of("start", today.toString(), "end", today.plusYears(2).toString()));
        Map<String, Object> council = new LinkedHashMap<>(((List<Map<String, Object>>) content.get("bodies")).get(0));
        council.put("meetings", Map.of("every", "P1Y", "first", today.toString()));
        content.put("bodies", List.of(council));
        String id = (String) anonymous.withBasicAuth("jp-tk.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForObject("/api/agreements", proposal, Map.class).get("id");
        // As the platform starts it once the agreement is in force.
        runtime.startProcessInstanceByKey("body_meetings", id + ":council", Map.of("agreementId", id, "body", "council",
                "bodyName", "Capital-circle council"));
        await().atMost(PATIENCE).until(() -> tasks.createTaskQuery().processInstanceBusinessKey(id + ":council")
                .taskDefinitionKey("user_convene_meeting").count() == 1);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(id + ":council").singleResult().getId();
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");

        String english = page("/tasks/" + task, tokyo, "en");
        assertThat(english).contains("Convene the body’s meeting", "Capital-circle council pages",
                "Capital-circle council", "the host rotates yearly, starting with Tokyo", "meets every 12 months from",
                "Meeting number", "Scheduled date", "Venue", "Agenda");
        String chinese = page("/tasks/" + task, tokyo, "zh-CN");
        assertThat(chinese).contains("召集机构会议", "首都圈理事会", "理事会", "主办方每年轮换，首任为", "会议地点", "议程");
        assertThat(page("/agreements/" + id, signIn(mvc, "jp-cb.coordinator"), "zh-CN"))
                .contains("协调机构", "首都圈理事会", "会议费用按成本分摊比例分担", "负责争议仲裁");
    }

    private String page(String path, MockHttpSession session, String language) throws Exception {
        return WorkbenchLogin.page(mvc, path, session, language);
    }
}
