package org.regionalcoop.workbench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;


import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.workbench.WorkbenchLogin.signIn;

/**
 * The host's page for convening a meeting of the agreement's council shows the agreement with its bodies, the
 * meeting and its schedule before it asks, in English and in Chinese.
 */
@PlatformTest
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
        CouncilMeetings.Convening convening = CouncilMeetings.convening(anonymous, runtime, tasks, "Capital-circle council pages");
        String id = convening.agreementId();
        String task = convening.task();
        LocalDate today = PeoplesDays.today();
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");

        String english = page("/tasks/" + task, tokyo, "en");
        assertThat(english).contains("Convene the body’s meeting", "Capital-circle council pages",
                "Capital-circle council", "the host rotates yearly, starting with Tokyo", "meets every year from",
                "Meeting number", "Scheduled date", "Venue", "Agenda", "<dd>Tokyo</dd>", "<dd>Capital-circle council</dd>");
        String chinese = page("/tasks/" + task, tokyo, "zh-CN");
        assertThat(chinese).contains("召集机构会议", "首都圈理事会", "理事会", "主办方每年轮换，首任为", "会议地点", "议程",
                "<dd>东京都</dd>", "<dd>首都圈理事会</dd>", "<dd>" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日</dd>");
        // The host and the scheduled day as the process holds them are no words for a reader.
        assertThat(english + chinese).doesNotContain("<dd>JP-TK</dd>", "<dd>" + today + "</dd>");
        assertThat(page("/agreements/" + id, signIn(mvc, "jp-cb.coordinator"), "zh-CN"))
                .contains("议事机构", "首都圈理事会", "（理事会）", "每年开会一次", "会议费用按成本分摊比例分担", "负责争议仲裁");
    }

    private String page(String path, MockHttpSession session, String language) throws Exception {
        return WorkbenchLogin.page(mvc, path, session, language);
    }
}
