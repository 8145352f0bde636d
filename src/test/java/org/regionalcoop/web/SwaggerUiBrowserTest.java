package org.regionalcoop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regionalcoop.HeadlessChromium;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.settlement.SettlementFixture;
import org.regionalcoop.settlement.SettlementKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI, as a government's coordinator uses it: for every operation a coordinator may call, "Try it out" and
 * "Execute" with what Swagger UI fills in from the document — the request bodies of {@code docs/examples/} and
 * the parameters' examples — and the answer shown is a success. Ids of things that must exist first come from
 * what the UI itself created (the proposed agreement, the registered project) or from the set-up (an approved
 * agreement, a settlement, a task delegated to the coordinator), typed into the id fields as a user would.
 * Each operation's block is photographed to {@code target/browser/swagger-ui-<operationId>.png}.
 */
@PlatformTest
class SwaggerUiBrowserTest {

    private static final String COORDINATOR = "sh.coordinator";
    /**
     * Operations a government's coordinator may not call, by their rules: monitoring is for administrators, grant
     * programmes for the agencies' grant officers and administrators, revocations and reclaims for the deciding
     * agency's grant officers. Every other operation of the document must be driven below. The documented examples
     * of these run as their roles' demo logins elsewhere: revokeGrant's and reclaimGrant's in {@code GrantApiTest},
     * retryIncident and replayDeadLetter (no body; an incident and a dead letter made there) in
     * {@code MonitoringApiTest}.
     */
    private static final Set<String> OTHER_ROLES = Set.of("countAgreementsByStatus", "listOpenEscalations",
            "listIncidents", "retryIncident", "getOutbox", "getConsumerLag", "getThroughput", "getDeadLetters",
            "replayDeadLetter", "listGrantProgrammes", "openGrantProgramme", "listBudgetYears", "openBudgetYear",
            "getProgrammeBalances", "getProgrammeLedger", "revokeGrant", "reclaimGrant");
    /**
     * Operations on a meeting of a governing body or on a pooled fund, which the Shanghai-Jiangsu agreement of this
     * test has not: {@code HorizontalCouncilTest} (getMeeting, and every example of recordCost as the host's
     * coordinator) and {@code PooledFundNetworkTest} (getFund, and every example of pay as the paying member's finance
     * officer) send exactly what the document shows ({@link DocumentedExamples}), validated against the same document.
     */
    private static final Set<String> BODIES_AND_FUNDS = Set.of("getMeeting", "recordCost", "getFund", "pay");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    ObjectMapper json;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    SettlementFixture settlements;

    @Autowired
    Agreements agreements;

    @Autowired
    TaskService tasks;

    private WebDriver browser;
    private WebDriverWait waiting;
    private final Set<String> driven = new LinkedHashSet<>();

    @BeforeEach
    void openSwaggerUi() {
        browser = HeadlessChromium.start(HeadlessChromium.options(1280, 1000).addArguments("--lang=en"));
        waiting = HeadlessChromium.waiting(browser, PlatformTest.PATIENCE);
    }

    @AfterEach
    void close() throws IOException {
        HeadlessChromium.keepPage(browser, "swagger-ui");
        browser.quit();
    }

    @Test
    void everyOperationACoordinatorMayCallSucceedsWithTheExamplesSwaggerUiFillsIn() {
        Agreement approved = approvedAgreementOfShanghaiAndJiangsu();
        String settlement = settlements.settlementOf(settlements.settle(approved, SettlementKind.PERIODIC,
                SettlementFixture.END_OF_2027)).toString();
        String toDelegate = coordinatorsBallot(driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS"));
        String delegatedToMe = signatureTheLeaderDelegatedToTheCoordinator();

        signIn();
        browser.get("http://localhost:" + port + "/swagger-ui/index.html");
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        shoot("swagger-ui");

        execute("Organizations", "listGovernments", Map.of());
        execute("Organizations", "getGovernment", Map.of());
        execute("Organizations", "findLowestCommonSuperior", Map.of());

        JsonNode proposed = execute("Agreements", "proposeAgreement", Map.of());
        assertThat(proposed.path("initiator").asText()).isEqualTo("SH");
        Map<String, String> agreement = Map.of("id", proposed.path("id").asText());
        execute("Agreements", "searchAgreements", Map.of());
        execute("Agreements", "getAgreement", agreement);
        execute("Agreements", "listAgreementVersions", agreement);
        execute("Agreements", "getAgreementVersion", agreement);

        execute("Tasks", "listMyTasks", Map.of());
        Map<String, String> ballot = Map.of("id", coordinatorsBallot(agreements.current(AgreementId.of(agreement.get("id")))));
        execute("Tasks", "getTask", ballot);
        execute("Tasks", "claimTask", ballot);
        execute("Tasks", "unclaimTask", ballot);
        execute("Tasks", "commentOnTask", ballot);
        execute("Tasks", "listTaskComments", ballot);
        execute("Tasks", "completeTask", ballot);
        execute("Tasks", "delegateTask", Map.of("id", toDelegate));
        execute("Tasks", "resolveTask", Map.of("id", delegatedToMe));

        execute("Agreements", "reviseAgreement", agreement);
        execute("Audit", "getAgreementAudit", agreement);
        execute("Meetings", "listAgreementMeetings", agreement);
        execute("Grants", "listAgreementGrants", agreement);
        execute("Settlement", "listAgreementSettlements", agreement);
        execute("Settlement", "recordCounterpartSupport", agreement);
        execute("Settlement", "getSettlement", Map.of("id", settlement));

        Map<String, String> inForce = Map.of("id", approved.id().toString());
        JsonNode project = execute("Projects", "registerProject", inForce);
        execute("Projects", "listAgreementProjects", inForce);
        execute("Projects", "getProject", Map.of("id", project.path("id").asText()));
        JsonNode benefit = execute("Settlement", "reportBenefit", inForce);
        assertThat(benefit.path("participant").asText()).isEqualTo("SH");
        execute("Settlement", "listBenefitReports", inForce);

        assertThat(driven).as("every operation a coordinator may call, driven in Swagger UI")
                .containsExactlyInAnyOrderElementsOf(operationsOfTheDocument().stream()
                        .filter(operation -> !OTHER_ROLES.contains(operation) && !BODIES_AND_FUNDS.contains(operation)).toList());
    }

    /**
     * The coordinator's login on every request of the browser, as a browser sends it once its user answered the
     * HTTP Basic prompt of the document and the API; a headless browser has no prompt to type into.
     */
    private void signIn() {
        String login = Base64.getEncoder().encodeToString((COORDINATOR + ":" + PlatformTest.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ChromeDriver chromium = (ChromeDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + login)));
    }

    /**
     * Opens the operation's block, "Try it out", types the given path ids over whatever is filled in, "Execute":
     * the answer Swagger UI shows must be a success. Returns the answer's body (empty for none).
     */
    private JsonNode execute(String tag, String operationId, Map<String, String> ids) {
        WebElement block = waiting.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-" + tag.replace(' ', '_') + "-" + operationId)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", block);
        if (!block.getAttribute("class").contains("is-open")) {
            block.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        waiting.until(ExpectedConditions.elementToBeClickable(block.findElement(By.cssSelector(".try-out__btn")))).click();
        ids.forEach((name, value) -> {
            WebElement field = block.findElement(By.cssSelector("tr[data-param-name='" + name + "'][data-param-in='path'] input"));
            field.clear();
            field.sendKeys(value);
        });
        block.findElement(By.cssSelector("button.execute")).click();
        WebElement status = waiting.until(driver -> block.findElements(By.cssSelector(".live-responses-table .response .response-col_status"))
                .stream().findFirst().orElse(null));
        String body = (String) ((JavascriptExecutor) browser).executeScript("var shown = arguments[0].querySelector("
                + "'.live-responses-table .response-col_description .highlight-code pre'); "
                + "return shown ? shown.textContent : '';", block);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                block.findElement(By.cssSelector(".live-responses-table")));
        shoot("swagger-ui-" + operationId);
        driven.add(operationId);
        int answered = Integer.parseInt(status.getText().strip());
        // Swagger UI renders every open block again at each change: left open, the thirty answers made each step slower.
        block.findElement(By.cssSelector(".opblock-summary-control")).click();
        assertThat(answered).as("%s answered in Swagger UI: %s", operationId, body).isBetween(200, 299);
        try {
            return body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(operationId + " answered what is not JSON: " + body, e);
        }
    }

    /** Shanghai and Jiangsu consented, signed, were approved and granted: projects may start under it. */
    private Agreement approvedAgreementOfShanghaiAndJiangsu() {
        Agreement agreement = driver.approve(driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS"),
                "CN-CCA.reviewer");
        driver.awardGrants(agreement);
        Agreement approved = agreements.current(agreement.id());
        assertThat(approved.status()).isEqualTo(AgreementStatus.APPROVED);
        return approved;
    }

    private String coordinatorsBallot(Agreement agreement) {
        List<Task> ballots = new ArrayList<>(driver.openTasks(agreement, "user_cast_vote").stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "SH.coordinator".equals(link.getGroupId())))
                .toList());
        assertThat(ballots).hasSize(1);
        return ballots.get(0).getId();
    }

    /** Jiangsu consented with Shanghai; Shanghai's leader hands the signature to the coordinator to prepare. */
    private String signatureTheLeaderDelegatedToTheCoordinator() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "1000000.00", "SH", "JS");
        for (Task ballot : driver.openTasks(agreement, "user_cast_vote")) {
            tasks.complete(ballot.getId(), Map.of("answer", "consent"));
        }
        driver.awaitContinuations(agreement);
        Task signature = driver.openTasks(agreement, "user_sign_agreement").stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "SH.leader".equals(link.getGroupId())))
                .findFirst().orElseThrow();
        assertThat(anonymous.withBasicAuth("sh.leader", PlatformTest.DEMO_PASSWORD).postForEntity(
                "/api/tasks/{id}/delegate", Map.of("to", COORDINATOR), Void.class, signature.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return signature.getId();
    }

    private List<String> operationsOfTheDocument() {
        JsonNode document;
        try {
            document = json.readTree(anonymous.withBasicAuth(COORDINATOR, PlatformTest.DEMO_PASSWORD)
                    .getForObject("/v3/api-docs", String.class));
        } catch (IOException e) {
            throw new AssertionError("The OpenAPI document is not JSON", e);
        }
        List<String> operations = new ArrayList<>();
        document.path("paths").forEach(path -> path.properties().forEach(operation ->
                operations.add(operation.getValue().path("operationId").asText())));
        return operations;
    }

    /** What the browser shows: after an execution, the answer Swagger UI shows for it. */
    private void shoot(String name) {
        try {
            HeadlessChromium.keep(browser, name.toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            throw new AssertionError("No screenshot of " + name, e);
        }
    }
}
