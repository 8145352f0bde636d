package org.regionalcoop.settlement;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.workbench.WorkbenchLogin;
import org.regionalcoop.agreements.Agreement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.settlement.SettlementFixture.END_OF_2027;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agreement's settlements in the workbench: the matrix of positions, the transfers, and the spreadsheet. */
@PlatformTest
class SettlementSheetsTest {

    @Autowired
    SettlementFixture fixture;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /**
     * The ring road: Changsha paid 1,000,000.00 more than its share, Zhuzhou and Xiangtan each 500,000.00 less;
     * participants in the order of their codes, transfers as netted (ties to the lower code: Xiangtan first).
     */
    @Test
    void theSettlementsShowPositionsAsAMatrixAndDownloadAsUtf8WithAByteOrderMark() throws Exception {
        Agreement agreement = fixture.changshaZhuzhouXiangtan();
        fixture.ringRoad(agreement);
        ProcessInstance instance = fixture.settle(agreement, SettlementKind.PERIODIC, END_OF_2027);
        String settlement = fixture.settlementOf(instance).toString();
        MockHttpSession arbitrator = signIn("hn-pca.arbitrator");

        String page = mvc.perform(get("/agreements/{id}/settlements", agreement.id()).session(arbitrator)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Positions", "Cost paid", "Net", "Changsha", "1,000,000.00 元", "-500,000.00 元",
                "Awaiting the payee’s receipt").doesNotContain("{0}");

        byte[] csv = mvc.perform(get("/agreements/{id}/settlements.csv", agreement.id()).session(arbitrator)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("结算,结算截止（中国时间，UTC+8）,状态,行类型,参与方（付款方）,已付成本,应担成本")
                .endsWith("净额,收款方,金额（元）,到账时间（中国时间，UTC+8）");
        assertThat(text.lines().skip(1).toList()).containsExactly(
                settlement + ",2028-01-01 08:00:00,等待答复,头寸,长沙市,6000000.00,5000000.00,1000000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,1000000.00,,,",
                settlement + ",2028-01-01 08:00:00,等待答复,头寸,湘潭市,2000000.00,2500000.00,-500000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,-500000.00,,,",
                settlement + ",2028-01-01 08:00:00,等待答复,头寸,株洲市,2000000.00,2500000.00,-500000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,-500000.00,,,",
                settlement + ",2028-01-01 08:00:00,等待答复,转账,湘潭市,,,,,,,,,,,,长沙市,500000.00,",
                settlement + ",2028-01-01 08:00:00,等待答复,转账,株洲市,,,,,,,,,,,,长沙市,500000.00,");


        mvc.perform(get("/agreements/{id}/settlements.csv", agreement.id()).session(signIn("sh.finance_officer")))
                .andExpect(status().isNotFound());
    }

    private MockHttpSession signIn(String user) throws Exception {
        return WorkbenchLogin.signIn(mvc, user);
    }
}
