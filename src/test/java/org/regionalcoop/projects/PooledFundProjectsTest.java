package org.regionalcoop.projects;

import org.regionalcoop.audit.AuditEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.BodyKind;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.PooledFund;
import org.regionalcoop.funds.FundEntryKind;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.funds.Funds;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementStatus;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.regionalcoop.workbench.WorkbenchLogin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.regionalcoop.projects.internal.JointProjectProcess.*;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;

/**
 * The pooled-fund paths of {@code joint_project}: a horizontal network of Changsha, Zhuzhou and Xiangtan whose working
 * group (Zhuzhou and Xiangtan) allocates the fund to projects its working circle (Changsha and Xiangtan) leads.
 */
@ProcessTest
class PooledFundProjectsTest {

    private static final List<CostShare> SHARES = List.of(CostShare.of("HN-CS", "50"), CostShare.of("HN-ZZ", "30"),
            CostShare.of("HN-XT", "20"));

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    Projects projects;

    @Autowired
    Funds funds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TaskService taskService;

    @Autowired
    SettlementFixture settlements;

    @Test
    void anAllocatedProjectStartsWithTheFundsMoneyAndItsCircleReportsItsMilestones() throws Exception {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.URBAN_PLANNING, "600.00", "Tram line study");

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.REGISTERED);
        List<Task> allocation = fixtures.openTasks(project, USER_ALLOCATE_FUND);
        assertThat(allocation).as("only the working group decides").hasSize(1);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession xiangtan = WorkbenchLogin.signIn(mvc, "hn-xt.coordinator");
        assertThat(page(mvc, xiangtan, allocation.get(0).getId(), "en")).as("what the fund holds, before the question")
                .contains("Allocate the fund’s money", "Tram line study", "Asked of the agreement’s fund", "600.00 元",
                        "Held for projects awaiting a decision", "Still available", "400.00 元", "Decline");
        assertThat(page(mvc, xiangtan, allocation.get(0).getId(), "zh-CN"))
                .contains("分配合作基金", "向协议基金申请的金额", "仍可分配", "400.00 元", "已缴1,000.00 元，约定600.00 元");
        assertThatThrownBy(() -> fixtures.complete(project, USER_ALLOCATE_FUND, "HN-CS.coordinator",
                Map.of(VAR_ALLOCATION.name(), "allocate"))).as("Changsha sits on the circle, not on the working group")
                .isInstanceOf(AssertionError.class);
        fixtures.complete(project, USER_ALLOCATE_FUND, "HN-XT.coordinator", Map.of(VAR_ALLOCATION.name(), "allocate"));

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(fixtures.events(project)).containsExactly("fund.reserved", "fund.allocated", "project.started");
        assertThat(statement(network)).extracting(FundStatement::reserved, FundStatement::allocated,
                FundStatement::available).containsExactly(Money.of("0.00"), Money.of("600.00"), Money.of("400.00"));
        assertThat(projects.get(project.id(), ADMINISTRATOR).contributions()).as("the fund pays the whole budget")
                .allSatisfy(contribution -> assertThat(contribution.amount()).isEqualTo(Money.of("0.00")));
        fixtures.complete(project, USER_REPORT_MILESTONE, "HN-CS.coordinator",
                Map.of(VAR_SUMMARY.name(), "Study delivered", VAR_ACTUAL_COST.name(), "580.00"));
        assertThat(fixtures.openTasks(project, USER_VERIFY_MILESTONE)).hasSize(1);
    }

    @Test
    void aDeclinedProjectIsCancelledAndItsMoneyGoesBackToTheFund() {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.SCIENCE_AND_TECHNOLOGY, "700.00", "Cable car");

        fixtures.complete(project, USER_ALLOCATE_FUND, "HN-ZZ.coordinator",
                Map.of(VAR_ALLOCATION.name(), "decline", VAR_ALLOCATION_REASON.name(), "Not one of the network's focal points"));

        assertThat(fixtures.endEvents(project)).containsExactly(END_PROJECT_UNFUNDED);
        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(fixtures.events(project)).containsExactly("fund.reserved", "fund.released");
        assertThat(statement(network).available()).isEqualTo(Money.of("1000.00"));
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("fund-allocation"))
                .extracting(AuditEntry::reason).containsExactly("Not one of the network's focal points");
    }

    @Test
    void aProjectHandedOverWhileItAwaitsItsAllocationIsAllocatedUnderTheRenewalFromTheFundThatHoldsItsMoney()
            throws Exception {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.LABOUR_MARKET, "600.00", "Job fair");
        assertThat(fixtures.openTasks(project, USER_ALLOCATE_FUND)).hasSize(1);
        Agreement renewal = fixtures.handOverToRenewal(network, "HN-CS");

        driver.reachConsensus(renewal);

        assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.ADOPTED);
        assertThat(projects.get(project.id(), ADMINISTRATOR).project().agreementId()).isEqualTo(renewal.id().value());
        ProjectSummary moved = projects.get(project.id(), ADMINISTRATOR).project();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        assertThat(page(mvc, WorkbenchLogin.signIn(mvc, "hn-xt.coordinator"),
                fixtures.openTasks(moved, USER_ALLOCATE_FUND).get(0).getId(), "en"))
                .as("the balances of the fund that holds the money")
                .contains("<dt>Still available</dt><dd><strong>400.00 元</strong>");
        fixtures.complete(moved, USER_ALLOCATE_FUND, "HN-XT.coordinator",
                Map.of(VAR_ALLOCATION.name(), "allocate", VAR_ALLOCATION_REASON.name(), "Carried on by the network"));

        assertThat(fixtures.projectStatus(moved)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(statement(network)).as("the closed agreement's fund, which held the money, pays it out")
                .extracting(FundStatement::paidIn, FundStatement::reserved, FundStatement::allocated,
                        FundStatement::available)
                .containsExactly(Money.of("1000.00"), Money.of("0.00"), Money.of("600.00"), Money.of("400.00"));
        assertThat(statement(network).entries()).extracting(FundStatement.Entry::kind)
                .containsExactly(FundEntryKind.PAY_IN, FundEntryKind.RESERVE, FundEntryKind.ALLOCATE);
        assertThat(statement(agreements.current(renewal.id()))).as("the renewal's fund holds only what is paid into it")
                .extracting(FundStatement::paidIn, FundStatement::allocated)
                .containsExactly(Money.of("0.00"), Money.of("0.00"));
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("fund-allocation"))
                .extracting(AuditEntry::reason).containsExactly("Carried on by the network");
        assertThat(fixtures.events(moved)).as("the project starts under the renewal").contains("project.started");
    }

    /** The renewal's working group is Changsha and Zhuzhou: Xiangtan, which sat on the closed one, no longer decides. */
    @Test
    void theAllocationOfAHandedOverProjectMovesToTheMembersOfTheRenewalsAllocatingBody() {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.PUBLIC_SERVICES, "600.00", "Shared clinic");
        Agreement renewal = fixtures.handOverToRenewal(network, "HN-CS");
        AgreementContent content = renewal.current().content();
        revise(renewal, List.of(body("working-group", BodyKind.WORKING_GROUP, "HN-CS", "HN-ZZ"),
                body("circle", BodyKind.WORKING_CIRCLE, "HN-CS", "HN-XT")), content.fund());

        driver.reachConsensus(renewal);

        ProjectSummary moved = projects.get(project.id(), ADMINISTRATOR).project();
        assertThat(moved.agreementId()).isEqualTo(renewal.id().value());
        assertThat(candidateGroups(fixtures.openTasks(moved, USER_ALLOCATE_FUND).get(0)))
                .containsExactlyInAnyOrder("HN-CS.coordinator", "HN-ZZ.coordinator");
        assertThatThrownBy(() -> fixtures.complete(moved, USER_ALLOCATE_FUND, "HN-XT.coordinator",
                Map.of(VAR_ALLOCATION.name(), "allocate"))).as("Xiangtan left the working group")
                .isInstanceOf(AssertionError.class);
        fixtures.complete(moved, USER_ALLOCATE_FUND, "HN-CS.coordinator", Map.of(VAR_ALLOCATION.name(), "allocate"));
        assertThat(fixtures.projectStatus(moved)).isEqualTo(ProjectStatus.ACTIVE);
    }

    /**
     * The network renews without a fund and without its working group: the closed fund's money held for the project
     * is still allocated by the working group the closed agreement named for it, and booked in the closed ledger.
     */
    @Test
    void aRenewalWithoutAFundLeavesTheHeldMoneyToTheClosedFundsAllocatingBody() throws Exception {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.INDUSTRY, "600.00", "Industrial park wastewater works");
        Agreement renewal = fixtures.handOverToRenewal(network, "HN-CS");
        revise(renewal, List.of(body("circle", BodyKind.WORKING_CIRCLE, "HN-CS", "HN-XT")), null);

        driver.reachConsensus(renewal);

        ProjectSummary moved = projects.get(project.id(), ADMINISTRATOR).project();
        assertThat(moved.agreementId()).isEqualTo(renewal.id().value());
        Task allocation = fixtures.openTasks(moved, USER_ALLOCATE_FUND).get(0);
        assertThat(candidateGroups(allocation)).containsExactlyInAnyOrder("HN-ZZ.coordinator", "HN-XT.coordinator");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        assertThat(page(mvc, WorkbenchLogin.signIn(mvc, "hn-zz.coordinator"), allocation.getId(), "en"))
                .contains("<dt>Still available</dt><dd><strong>400.00 元</strong>");
        fixtures.complete(moved, USER_ALLOCATE_FUND, "HN-ZZ.coordinator",
                Map.of(VAR_ALLOCATION.name(), "allocate", VAR_ALLOCATION_REASON.name(), "Paid for by the last term"));

        assertThat(fixtures.projectStatus(moved)).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(statement(network)).extracting(FundStatement::reserved, FundStatement::allocated)
                .containsExactly(Money.of("0.00"), Money.of("600.00"));
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("fund-allocation"))
                .extracting(AuditEntry::reason).containsExactly("Paid for by the last term");
    }

    /**
     * Zhuzhou's 400.00 into the fund, paid on 15 February but reported after the final settlement to 1 March was
     * calculated: the fund stays with the closed agreement and its money is shared by its agreed contributions (600 :
     * 400), so the closed agreement settles once more to that cut-off. Zhuzhou bears 40 % of its 400.00 (160.00) and
     * Changsha owes it the rest, 240.00; the renewal, whose fund holds none of it, counts nothing.
     */
    @Test
    void aPaymentIntoTheFundReportedAfterTheFinalSettlementIsCountedOnceByTheClosedAgreementSettlingAgain() {
        Agreement network = networkWithFund("1000.00");
        ProcessInstance finalSettlement = settlements.settle(network, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        assertThat(settlements.status(finalSettlement)).isEqualTo(SettlementStatus.FINALIZED);
        funds.recordPayment(network.id(), new GovernmentCode("HN-ZZ"), Money.of("400.00"),
                Instant.parse("2027-02-15T00:00:00Z"), "urn:gov:hn-zz");
        Agreement renewal = fixtures.handOverToRenewal(network, "HN-CS");

        driver.reachConsensus(renewal);
        driver.awaitContinuations(network);

        assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.ADOPTED);
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).isEqualTo("fund, HN-ZZ 400.00 paid 2027-02-15T00:00:00Z");
                });
        assertThat(settlements.proposedTransfers(network.id())).as("the second settlement nets the late payment alone")
                .containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 24000");
        assertThat(jdbc.queryForObject("select count(*) from settlement_fund_payment where agreement_id = ?",
                Integer.class, renewal.id().value())).as("nor does the renewal count it").isZero();
    }

    /**
     * The network closed and its renewal, with the same fund, is in force. Zhuzhou's 400.00 paid on 15 February, before
     * the final cut-off of 1 March, reported only now: the closed fund takes it, as it was owed under the closed
     * agreement, which settles once more for it (Changsha owes Zhuzhou 240.00, as when it is reported before the
     * renewal is decided). Its 100.00 paid on 15 March, after the cut-off, is owed under the renewal, whose fund takes
     * it. Had the renewal no fund, the closed fund would refuse it, naming why.
     */
    @Test
    void aPaymentIntoTheClosedFundAfterItsRenewalIsInForceCountsOnceWhereItWasOwed() {
        Agreement network = networkWithFund("1000.00");
        ProcessInstance finalSettlement = settlements.settle(network, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        Agreement renewal = fixtures.handOverToRenewal(network, "HN-CS");
        driver.reachConsensus(renewal);
        assertThat(agreements.current(renewal.id()).status()).isEqualTo(AgreementStatus.ADOPTED);
        agreements.moveTo(network.id(), AgreementStatus.CLOSED);

        funds.recordPayment(network.id(), new GovernmentCode("HN-ZZ"), Money.of("400.00"),
                Instant.parse("2027-02-15T00:00:00Z"), "urn:gov:hn-zz");
        driver.awaitContinuations(network);

        assertThat(statement(network).paidIn()).isEqualTo(Money.of("1400.00"));
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("late-payment"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.decision()).isEqualTo("settled-again");
                    assertThat(entry.subject()).isEqualTo("fund, HN-ZZ 400.00 paid 2027-02-15T00:00:00Z");
                    assertThat(entry.reasonKey()).isEqualTo("late-payment-settled-again");
                });
        assertThat(settlements.proposedTransfers(network.id())).containsExactly("final to 2027-03-01: HN-CS pays HN-ZZ 24000");

        funds.recordPayment(network.id(), new GovernmentCode("HN-ZZ"), Money.of("100.00"),
                Instant.parse("2027-03-15T00:00:00Z"), "urn:gov:hn-zz");

        assertThat(statement(agreements.current(renewal.id())).paidIn()).as("owed under the renewal")
                .isEqualTo(Money.of("100.00"));
        assertThat(statement(network).paidIn()).isEqualTo(Money.of("1400.00"));
        assertThat(driver.audit(network.id())).filteredOn(entry -> entry.kind().equals("late-payment")).hasSize(1);
    }

    /** Closed without a renewal, the network's fund refuses a payment made after its final cut-off, saying why. */
    @Test
    void aPaymentIntoAClosedFundMadeAfterItsFinalCutOffIsRefusedWhenNoRenewalTakesIt() {
        Agreement network = networkWithFund("1000.00");
        ProcessInstance finalSettlement = settlements.settle(network, SettlementKind.FINAL, "2027-03-01T00:00:00Z");
        settlements.confirm(finalSettlement, "HN-CS", "HN-ZZ", "HN-XT");
        fixtures.close(network, "HN-CS", "terminate", "cancel");
        agreements.moveTo(network.id(), AgreementStatus.CLOSED);

        assertThatThrownBy(() -> funds.recordPayment(network.id(), new GovernmentCode("HN-ZZ"), Money.of("400.00"),
                Instant.parse("2027-03-15T00:00:00Z"), "urn:gov:hn-zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("final settlement's cut-off 2027-03-01T00:00:00Z")
                .hasMessageContaining("no renewal");
        assertThat(statement(network).paidIn()).isEqualTo(Money.of("1000.00"));
    }

    @Test
    void aProjectCancelledAtTheClosureWhileItAwaitsItsAllocationGivesTheHeldMoneyBack() {
        Agreement network = networkWithFund("1000.00");
        ProjectSummary project = register(network, CooperationField.TRADE, "600.00", "Trade fair");

        fixtures.close(network, "HN-CS", "terminate", "cancel");

        assertThat(fixtures.projectStatus(project)).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(statement(network)).extracting(FundStatement::reserved, FundStatement::available)
                .containsExactly(Money.of("0.00"), Money.of("1000.00"));
        assertThat(fixtures.events(project)).containsSubsequence("fund.reserved", "fund.released");
    }

    @Test
    void aRegistrationNamesABadLeadAndAFundPartAboveWhatIsAvailable() {
        Agreement network = networkWithFund("500.00");
        ProjectRegistration both = registration("Both leads", CooperationField.URBAN_PLANNING, new GovernmentCode("HN-CS"), "circle", "100.00");
        ProjectRegistration unknown = registration("Unknown circle", CooperationField.URBAN_PLANNING, null, "harbour-circle", "100.00");
        ProjectRegistration tooMuch = registration("Too much", CooperationField.URBAN_PLANNING, null, "circle", "500.01");

        assertThat(projects.check(network.id(), both, LifecycleDriver.coordinatorOf("HN-CS"))).extracting(Violation::field)
                .containsExactly("leadBody");
        assertThat(projects.check(network.id(), unknown, LifecycleDriver.coordinatorOf("HN-CS")))
                .containsExactly(new Violation("leadBody", "the agreement has no body 'harbour-circle'"));
        assertThatThrownBy(() -> projects.register(network.id(), tooMuch, LifecycleDriver.coordinatorOf("HN-CS")))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.violations())
                        .containsExactly(new Violation("fundPart",
                                "500.01 yuan is above the 500.00 yuan the agreement's fund has available")));
        assertThat(projects.ofAgreement(network.id(), ADMINISTRATOR)).as("nothing registered").isEmpty();
    }

    /** A horizontal network in force whose fund Changsha paid this much into. */
    private Agreement networkWithFund(String paidIn) {
        List<GovernmentCode> members = List.of(new GovernmentCode("HN-CS"), new GovernmentCode("HN-ZZ"),
                new GovernmentCode("HN-XT"));
        AgreementContent content = new AgreementContent("Changsha-Zhuzhou-Xiangtan network fund",
                List.of(CooperationField.URBAN_PLANNING), members, members.get(0), CooperationMode.HORIZONTAL,
                AgreementType.FRAMEWORK, new org.regionalcoop.agreements.Term(LocalDate.of(2027, 1, 1),
                LocalDate.of(2029, 12, 31)), SHARES, "no benefits divided", "short payers compensate",
                Money.of("0.00"), List.of(), List.of(),
                List.of(body("working-group", BodyKind.WORKING_GROUP, "HN-ZZ", "HN-XT"),
                        body("circle", BodyKind.WORKING_CIRCLE, "HN-CS", "HN-XT")),
                new PooledFund("working-group", List.of(new PooledFund.Contribution(members.get(0), Money.of("600.00")),
                        new PooledFund.Contribution(members.get(1), Money.of("400.00")))));
        Agreement agreement = agreements.propose(members.get(0), content, LifecycleDriver.coordinatorOf("HN-CS"));
        driver.reachConsensus(agreement);
        assertThat(agreements.current(agreement.id()).status()).isEqualTo(AgreementStatus.ADOPTED);
        funds.recordPayment(agreement.id(), members.get(0), Money.of(paidIn), Instant.parse("2027-02-01T00:00:00Z"),
                "urn:gov:hn-cs");
        return agreements.current(agreement.id());
    }

    /** The renewal's initiator revises it, before the members' consent, to these bodies and this fund (or none). */
    private void revise(Agreement renewal, List<GoverningBody> bodies, PooledFund fund) {
        AgreementContent c = renewal.current().content();
        driver.amend(renewal, new AgreementContent(c.title(), c.fields(), c.participants(), c.secretariat(),
                c.mode(), c.type(), c.term(), c.costShares(), c.benefitSharingRule(), c.compensationRule(),
                c.defectionPenalty(), c.supportRequests(), c.benefitShares(), bodies, fund, c.settlementCurrency(),
                c.benefitBasis()), "The network renews with other bodies");
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private static GoverningBody body(String key, BodyKind kind, String... members) {
        return new GoverningBody(key, kind, key, null, java.util.Arrays.stream(members).map(GovernmentCode::new).toList(),
                null, null, false, false);
    }

    /** Each test's project in a field of its own: projects of other agreements' circles count as repeated construction. */
    private ProjectSummary register(Agreement network, CooperationField field, String fundPart, String name) {
        return projects.register(network.id(), registration(name, field, null, "circle", fundPart),
                LifecycleDriver.coordinatorOf("HN-CS"));
    }

    private static ProjectRegistration registration(String name, CooperationField field, GovernmentCode lead,
                                                    String leadBody, String fundPart) {
        return new ProjectRegistration(name, lead, field, new GovernmentCode("HN-CS"),
                Money.of(fundPart), Money.of("0.00"), SHARES,
                List.of(new MilestonePlan("Delivered", LocalDate.of(2028, 6, 30), Money.of("0.00"))), leadBody,
                Money.of(fundPart));
    }

    private static String page(MockMvc mvc, MockHttpSession session, String task, String language) throws Exception {
        return mvc.perform(get("/tasks/" + task).session(session).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private FundStatement statement(Agreement network) {
        return funds.statement(network.id());
    }
}
