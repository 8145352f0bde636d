package org.regionalcoop.workbench;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.internal.SettlementProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.END_OF_2027;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages beside and outside the tasks, as Hunan's staff use them: a settlement's positions and
 * transfers beside the task that confirms it.
 */
@PlatformTest
class StaffPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    SettlementFixture settlements;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aFinanceOfficerSeesEveryPositionItemByItemAndWhoPaysWhomBeforeConfirming() throws Exception {
        Agreement agreement = settlements.changshaZhuzhouXiangtan();
        settlements.ringRoad(agreement);
        ProcessInstance settlement = settlements.settle(agreement, SettlementProcess.PERIODIC, END_OF_2027);
        String task = settlements.task(settlement, SettlementProcess.USER_CONFIRM_SETTLEMENT, "HN-ZZ.finance_officer").getId();
        MockHttpSession zhuzhou = signIn("hn-zz.finance_officer");

        String english = page("/tasks/" + task, zhuzhou, "en");
        assertThat(english).contains("Periodic settlement for the period ending 1 January 2028", "Costs paid",
                "6,000,000.00 元", "5,000,000.00 元", "2,500,000.00 元", "receives 1,000,000.00 元", "pays 500,000.00 元",
                "Zhuzhou pays Changsha", "Xiangtan pays Changsha", "Confirm the settlement");

        String chinese = page("/tasks/" + task, zhuzhou, "zh-CN");
        assertThat(chinese).contains("定期结算", "已支付成本", "应收 1,000,000.00 元", "应付 500,000.00 元",
                "株洲市向长沙市支付", "湘潭市向长沙市支付").doesNotContain("Costs paid", "pays");

        assertThat(page("/agreements/" + agreement.id(), zhuzhou, "en")).as("the agreement page lists it too")
                .contains("Zhuzhou pays Changsha", "Proposed, waiting for the participants’ answers");
    }

    String page(String path, MockHttpSession session, String language) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpSession signIn(String user) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", user)
                        .param("password", PlatformTest.DEMO_PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
