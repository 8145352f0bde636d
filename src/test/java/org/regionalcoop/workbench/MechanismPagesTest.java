package org.regionalcoop.workbench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.bodies.internal.BodyMeetingsProcess;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.BodyKind;
import org.regionalcoop.agreements.ChairRotation;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.MeetingSchedule;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalcoop.workbench.WorkbenchLogin.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proposal page offers every cooperation mechanism (the form explained, governing bodies, a pooled fund, benefit
 * shares of their own), names each rule of the agreements module a proposal breaks next to its field, and a revision
 * edits them; the host records a meeting's costs on a page of its own, which others cannot use.
 */
@PlatformTest
@SuppressWarnings("unchecked")
class MechanismPagesTest {

    private static final List<String> CIRCLE = List.of("JP-TK", "JP-KN", "JP-ST", "JP-CB");

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    Agreements agreements;

    @Autowired
    LifecycleDriver lifecycle;

    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyBrokenRuleOfABodyAFundAndTheBenefitSharesIsNamedBesideItsField() throws Exception {
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");
        MultiValueMap<String, String> broken = circle("Capital circle with broken bodies");
        broken.add("benefitBasis", "ratio");
        broken.add("benefitShares[JP-TK]", "40");
        broken.add("benefitShares[JP-KN]", "20");
        broken.add("benefitShares[JP-ST]", "20");
        broken.add("benefitShares[JP-CB]", "10");
        broken.add("bodies[0].kind", "COUNCIL");
        broken.add("bodies[0].name", "Council");
        broken.addAll("bodies[0].members", List.of("JP-TK", "SH"));
        broken.add("bodies[0].rotation", "YEARLY");
        broken.add("bodies[1].name", "Group without a kind or members");
        broken.add("fundContributions[JP-KN]", "0");

        String english = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(broken))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("href=\"#field-benefitShares\"", "Give every ticked participant a benefit share",
                "they must add up to exactly 100 % (now they add up to 90 %)",
                "href=\"#field-bodies[0].members\"", "Tick at least one member of body 1",
                "href=\"#field-bodies[0].rotation\"", "A chair of body 1 that rotates needs a meeting schedule",
                "href=\"#field-bodies[1].kind\"", "Choose the kind of body 2",
                "href=\"#field-bodies[1].members\"", "Tick at least one member of body 2",
                "href=\"#field-fundBody\"", "Choose the body that allocates the fund",
                "href=\"#field-fund-JP-KN\"", "The contribution of Kanagawa is an amount above zero");

        String chinese = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(broken))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("请为每个勾选的参与方填写", "利益分配比例，合计须恰好为 100%（目前为 90%）", "请为机构 1 至少勾选一名成员", "机构 1 的主席轮换需要会期",
                "请选择机构 2 的类型", "请选择负责分配基金的机构", "神奈川县的出资须为大于零的金额");
    }

    @Test
    void aProposalNamesEveryBadFieldAtOnceThoseItCannotReadAndThoseThatBreakARule() throws Exception {
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");
        MultiValueMap<String, String> proposal = circle("Capital circle " + "x".repeat(300));
        proposal.set("penalty", "one million");
        proposal.set("termEnd", "2026-01-01");

        String english = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(proposal))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("href=\"#field-penalty\"", "href=\"#field-title\"",
                "Give the agreement a title, at most 200 characters long", "href=\"#field-term\"");

        proposal.set("penalty", "12,345,678,901,234,567.00");
        assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(proposal))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("an amount too large to store: named by its field, not a failure page").contains("href=\"#field-penalty\"");

        proposal.set("title", "");
        assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(proposal))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("an empty title: the message says what to do, in the field's own words")
                .contains("href=\"#field-title\"", "请填写协议名称，不超过 200 个字");
    }

    @Test
    void aCouncilAWorkingGroupWithAFundAndABenefitRatioAreProposedCheckedAndRevised() throws Exception {
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");
        String title = "Capital circle council and fund " + UUID.randomUUID().toString().substring(0, 8);
        MultiValueMap<String, String> proposal = withMechanisms(circle(title));

        String more = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(proposal).param("action", ProposalPages.ADD_BODY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(more).as("one more empty body without a script").contains("name=\"bodies[2].kind\"")
                .contains("value=\"Capital-circle council\"");

        String check = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(proposal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Check the proposal before you send it",
                "Equals bind themselves by their own signatures", "No superior",
                "Capital-circle council", "the host rotates yearly, starting with Kanagawa",
                "Allocated to projects by", "Network working group", "30,000,000.00 元",
                "name=\"bodies[1].key\" value=\"working-group\"", "name=\"fundBody\" value=\"1\"");
        String chinese = mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(proposal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("平等的各方以各自的签署约束自身", "首都圈理事会", "主办方每年轮换，首任为神奈川县", "网络工作组", "合作基金");

        mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).params(proposal).param("action", "propose"))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "proposal"));
        AgreementId id = agreements.titled(title, 1).get(0);
        AgreementContent proposed = agreements.current(id).current().content();
        assertThat(proposed.benefitShares()).containsExactly(CostShare.of("JP-TK", "40"), CostShare.of("JP-KN", "30"),
                CostShare.of("JP-ST", "20"), CostShare.of("JP-CB", "10"));
        assertThat(proposed.bodies()).extracting(GoverningBody::key).containsExactly("council", "working-group");
        GoverningBody council = proposed.bodies().get(0);
        assertThat(council.kind()).isEqualTo(BodyKind.COUNCIL);
        assertThat(council.rotation()).isEqualTo(ChairRotation.YEARLY);
        assertThat(council.chairOrder()).extracting(GovernmentCode::value).containsExactly("JP-KN", "JP-TK", "JP-ST", "JP-CB");
        assertThat(council.meetings()).isEqualTo(new MeetingSchedule(Period.ofYears(1), LocalDate.parse("2027-06-01")));
        assertThat(council.sharesMeetingCosts()).isTrue();
        assertThat(council.arbitrates()).isTrue();
        assertThat(proposed.fund().allocatingBody()).isEqualTo("working-group");
        assertThat(proposed.fund().total()).isEqualTo(Money.of("30000000.00"));

        String revision = mvc.perform(get("/agreements/" + id + "/revise").session(tokyo).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revision).as("the revise page is filled with the mechanisms")
                .contains("value=\"Network working group\"", "name=\"fundContributions[JP-TK]\"", "value=\"10000000.00\"");

        MultiValueMap<String, String> withoutFund = withMechanisms(circle(title));
        withoutFund.remove("fundBody");
        withoutFund.remove("fundContributions[JP-TK]");
        withoutFund.remove("fundContributions[JP-KN]");
        withoutFund.set("bodies[0].every", "P6M");
        withoutFund.add("reason", "No fund; the council meets twice a year");
        mvc.perform(post("/agreements/" + id + "/revise").session(tokyo).with(csrf()).params(withoutFund)
                        .param("action", "revise"))
                .andExpect(redirectedUrl("/done"));
        AgreementContent revised = agreements.current(id).current().content();
        assertThat(revised.fund()).as("a revision edits the fund").isNull();
        assertThat(revised.bodies()).extracting(GoverningBody::key).as("and keeps the bodies' keys")
                .containsExactly("council", "working-group");
        assertThat(revised.bodies().get(0).meetings().every()).isEqualTo(Period.ofMonths(6));
        assertThat(revised.benefitShares()).isEqualTo(proposed.benefitShares());
    }

    @Test
    void theHostRecordsAMeetingsCostsWhichOthersCannotAndSeesThemOnTheAgreement() throws Exception {
        LocalDate today = PeoplesDays.today();
        CouncilMeetings.Convening convening = CouncilMeetings.convening(anonymous, runtime, tasks, "Capital-circle council costs " + UUID.randomUUID().toString().substring(0, 8));
        String id = convening.agreementId();
        String convene = convening.task();
        String meeting = BodyMeetingsProcess.VAR_MEETING_ID.from(tasks, convene).get();
        String costs = "/meetings/" + meeting + "/costs";
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");

        mvc.perform(post(costs).session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .param("amount", "1,200,000").param("description", "Conference hall"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Costs are recorded once the host has convened the meeting"));

        // A venue as long as the form takes once overran the timeline's decision, and the meeting was never convened.
        tasks.complete(convene, Map.of("heldOn", today.toString(), "venue", "Tokyo Metropolitan Government Building, "
                + "No. 1 Main Building, 7th floor, the large conference hall beside the assembly", "agenda", "Waste policy"));
        lifecycle.awaitContinuations(AgreementId.of(id));

        String page = mvc.perform(get(costs).session(tokyo).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the meeting before the question").contains("Record a meeting’s costs", "Capital-circle council",
                "Tokyo Metropolitan Government Building", "settlement counts each cost as paid by the host");
        String refused = mvc.perform(post(costs).session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("amount", "0").param("description", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#field-amount\"", "请填写大于零的金额", "href=\"#field-description\"", "请说明费用用途（1 至 1,000 个字符）");
        mvc.perform(post(costs).session(signIn(mvc, "jp-kn.coordinator")).with(csrf())
                        .param("amount", "1").param("description", "Not ours"))
                .andExpect(status().isForbidden());
        mvc.perform(get(costs).session(signIn(mvc, "sh.coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/not-a-meeting/costs").session(tokyo)).andExpect(status().isNotFound());

        java.util.regex.Matcher ticket = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
                .matcher(page);
        assertThat(ticket.find()).as("the cost form carries its ticket").isTrue();
        mvc.perform(post(costs).session(tokyo).with(csrf()).param("amount", "1,200,000").param("description", "Conference hall")
                        .param("submission", ticket.group(1)))
                .andExpect(redirectedUrl("/done")).andExpect(flash().attribute("step", "meeting-cost"));
        assertThat(mvc.perform(post(costs).session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .param("amount", "1,200,000").param("description", "Conference hall").param("submission", ticket.group(1)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .as("sent again (a double click): recorded once").contains("This was sent already");
        assertThat(mvc.perform(post(costs).session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .param("currency", "JPY").param("amount", "2,400,000").param("description", "Interpreters"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .as("paid in yen for a council that settles in yuan: the rate is asked for")
                .contains("href=\"#field-rate\"", "href=\"#field-rateDate\"", "how many yuan one JPY is worth",
                        "<details class=\"details payment-currency\" open=\"open\"");
        mvc.perform(post(costs).session(tokyo).with(csrf()).param("currency", "JPY").param("amount", "2,400,000")
                        .param("rate", "0.0475").param("rateDate", "2026-11-30").param("description", "Interpreters"))
                .andExpect(redirectedUrl("/done"));
        assertThat(mvc.perform(get(costs).session(tokyo).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("2,400,000 yen at 0.0475 count for 114,000.00 yuan")
                .contains("114,000.00 元", "paid as 2,400,000 JPY at 0.0475, agreed on 30 November 2026");
        String agreement = mvc.perform(get("/agreements/" + id).session(signIn(mvc, "jp-cb.coordinator"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agreement).contains("机构会议", "首都圈理事会", "已召集", "1,200,000.00 元", "结算时分摊")
                .doesNotContain("id=\"record-cost-");
        assertThat(agreement).as("the meeting's entries in the timeline, in the reader's words")
                .contains("召集会议：定于" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日召开",
                        "登记会议费用：1,200,000.00 元", "登记会议费用：114,000.00 元")
                .doesNotContain("meeting-convened", "meeting-cost：", "held on");
        assertThat(agreement).as("the host's record of the meeting, for the members who did not host it")
                .contains("第 1 次会议：地点、议程和纪要", "the large conference hall beside the assembly", "Waste policy");
        assertThat(mvc.perform(get("/agreements/" + id).session(tokyo)).andReturn().getResponse().getContentAsString())
                .as("the host may record more").contains("id=\"record-cost-" + meeting + "\"");
    }

    /** A counterpart support binds the supporter alone: the check page does not tell its coordinators that all are asked. */
    @Test
    void theCheckPageOfACounterpartSupportSaysOnlyTheSupporterAnswersAndSigns() throws Exception {
        MockHttpSession shanghai = signIn(mvc, "sh.coordinator");
        MultiValueMap<String, String> support = PostedProposal.framework("Shanghai's support for Urumqi's schools",
                        "COUNTERPART_SUPPORT", "PUBLIC_SERVICES").share("SH", "100").share("XJ-UR", "0").secretariat("SH")
                .term("2027-01-01", "2029-12-31").rules("Urumqi keeps every benefit", "A transfer from Shanghai", "0").form();
        assertThat(mvc.perform(post("/agreements/new").session(shanghai).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(support))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("无上级审批：支援方签署即具约束力", "受援方无需表决或签署")
                .doesNotContain("各参与方的协调员将被要求同意", "各参与方签署即具约束力");
        assertThat(mvc.perform(post("/agreements/new").session(shanghai).with(csrf()).header("Accept-Language", "en")
                        .params(support))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("the supporter’s signature makes the agreement binding", "the supported government is not asked to vote or sign");
    }

    /**
     * Who hosts which meeting follows the turns typed beside the members: a turn given twice, one below 1 or one typed
     * beside a government not ticked as a member is named beside the members, not ordered by chance or dropped.
     */
    @Test
    void turnsToChairGivenTwiceBelowOneOrToANonMemberAreNamedBesideTheMembers() throws Exception {
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");
        for (Map<String, String> turns : List.of(Map.of("JP-TK", "1", "JP-KN", "1"), Map.of("JP-TK", "0", "JP-KN", "1"),
                Map.of("JP-TK", "1", "JP-CB", "2"))) {
            MultiValueMap<String, String> proposal = circle("Capital circle with muddled turns");
            proposal.add("bodies[0].kind", "COUNCIL");
            proposal.add("bodies[0].name", "Council");
            proposal.addAll("bodies[0].members", List.of("JP-TK", "JP-KN", "JP-ST"));
            turns.forEach((member, turn) -> proposal.add("bodies[0].turns[" + member + "]", turn));
            proposal.add("bodies[0].rotation", "YEARLY");
            proposal.add("bodies[0].every", "P1Y");
            proposal.add("bodies[0].first", "2027-06-01");
            assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                            .params(proposal))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                    .as("turns %s", turns).contains("href=\"#field-bodies[0].order\"", "机构 1 担任主席的顺序须为从 1 起的整数");
        }

        MultiValueMap<String, String> proposal = circle("Capital circle with full-width turns");
        proposal.add("bodies[0].kind", "COUNCIL");
        proposal.add("bodies[0].name", "Council");
        proposal.addAll("bodies[0].members", List.of("JP-TK", "JP-KN", "JP-ST"));
        proposal.add("bodies[0].turns[JP-ST]", "１");
        proposal.add("bodies[0].turns[JP-TK]", "２");
        proposal.add("bodies[0].rotation", "YEARLY");
        proposal.add("bodies[0].every", "P1Y");
        proposal.add("bodies[0].first", "2027-06-01");
        assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(proposal))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("turns in full-width digits are turns; a member without one comes after those with one")
                .contains("the host rotates yearly, starting with Saitama", "meets every year from 1 June 2027");
    }

    /**
     * The page offers benefits in proportion to population or GDP; the demo registry states no prefecture's figures,
     * so choosing population is refused beside the benefit field, in both languages, and nothing is proposed.
     */
    @Test
    void benefitsByPopulationAreOfferedAndRefusedBesideTheFieldWhileTheRegistryStatesNoFigures() throws Exception {
        MockHttpSession tokyo = signIn(mvc, "jp-tk.coordinator");
        assertThat(mvc.perform(get("/agreements/new").session(tokyo).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"benefit-population\"", "In proportion to their population",
                        "id=\"benefit-gdp\"", "In proportion to their GDP");
        MultiValueMap<String, String> byPopulation = circle("Capital circle by population");
        byPopulation.add("benefitBasis", "population");

        assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "en")
                        .params(byPopulation))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#field-benefitShares\"", "The registry states this figure not for every participant")
                .contains("id=\"benefit-population\" name=\"benefitBasis\" value=\"population\" checked=\"checked\"");
        assertThat(mvc.perform(post("/agreements/new").session(tokyo).with(csrf()).header("Accept-Language", "zh-CN")
                        .params(byPopulation))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("登记册并未载明每个参与方的该项数据", "按人口比例");
    }

    /** A horizontal proposal among the four prefectures, without mechanisms. */
    private static MultiValueMap<String, String> circle(String title) {
        PostedProposal proposal = PostedProposal.framework(title, "HORIZONTAL", "ENVIRONMENT");
        CIRCLE.forEach(code -> proposal.share(code, "25"));
        return proposal.secretariat("JP-TK").term("2027-04-01", "2031-03-31")
                .rules("Tax revenue of joint sites by the agreed ratio", "None", "0").form();
    }

    /** A yearly council hosted first by Kanagawa, a working group allocating a fund, benefits 40:30:20:10. */
    private static MultiValueMap<String, String> withMechanisms(MultiValueMap<String, String> form) {
        form.add("benefitBasis", "ratio");
        form.add("benefitShares[JP-TK]", "40");
        form.add("benefitShares[JP-KN]", "30");
        form.add("benefitShares[JP-ST]", "20");
        form.add("benefitShares[JP-CB]", "10");
        form.add("bodies[0].kind", "COUNCIL");
        form.add("bodies[0].name", "Capital-circle council");
        form.add("bodies[0].nameZh", "首都圈理事会");
        form.addAll("bodies[0].members", CIRCLE);
        form.add("bodies[0].turns[JP-KN]", "1");
        form.add("bodies[0].turns[JP-TK]", "2");
        form.add("bodies[0].rotation", "YEARLY");
        form.add("bodies[0].every", "P1Y");
        form.add("bodies[0].first", "2027-06-01");
        form.add("bodies[0].sharesMeetingCosts", "true");
        form.add("bodies[0].arbitrates", "true");
        form.add("bodies[1].kind", "WORKING_GROUP");
        form.add("bodies[1].name", "Network working group");
        form.add("bodies[1].nameZh", "网络工作组");
        form.addAll("bodies[1].members", List.of("JP-TK", "JP-KN"));
        form.add("fundBody", "1");
        form.add("fundContributions[JP-TK]", "10,000,000");
        form.add("fundContributions[JP-KN]", "２０,000,000");
        return form;
    }
}
