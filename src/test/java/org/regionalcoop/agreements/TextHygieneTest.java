package org.regionalcoop.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.approval.internal.ApprovalProcess;
import org.regionalcoop.consensus.internal.BallotProcess;
import org.regionalcoop.grants.GrantProgrammes;
import org.regionalcoop.kernel.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text the platform cannot store, NUL, a surrogate without its pair, or more than a field takes, is refused
 * at the edge with 400 naming every such field, on the platform API and the engine's REST API alike, and
 * nothing is stored. The bodies are written by hand: a JSON library would refuse to write a lone surrogate.
 */
@PlatformTest
class TextHygieneTest {

    private static final String NUL = "\\u0000";
    private static final String LONE_SURROGATE = "\\ud800";
    private static final String INVALID_REQUEST = "https://regionalcoop.org/problems/invalid-request";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService tasks;

    @Test
    void aProposalWithBadTextNamesEveryBadFieldAndStoresNothing() throws Exception {
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        Map<String, Object> content = ProposalRequests.contentOf(proposal);
        content.put("title", "Bus lines TITLE_NUL");
        content.put("compensationRule", "Pro rata RULE_SURROGATE");
        content.put("benefitSharingRule", "x".repeat(4001));
        String body = json.writeValueAsString(proposal)
                .replace("TITLE_NUL", NUL).replace("RULE_SURROGATE", LONE_SURROGATE);
        long before = driver.agreementCount();

        ResponseEntity<Map> refused = post("sh.coordinator", "/api/agreements", body);

        assertInvalid(refused, "content.title", "content.compensationRule", "content.benefitSharingRule");
        assertThat(refused.getBody().get("detail").toString())
                .contains("content.title: contains the character U+0000 at position 10, which cannot be stored")
                .contains("content.compensationRule: contains an unpaired surrogate (U+D800)")
                .contains("content.benefitSharingRule: is longer than 4000 characters");
        assertThat(driver.agreementCount()).isEqualTo(before);
    }

    @Test
    void aBallotsCommentAndCompletionWithBadTextAreRefusedOverBothApis() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = ballotOf(agreement, "SH.coordinator").getId();

        assertInvalid(post("sh.coordinator", "/api/tasks/" + task + "/comments",
                "{\"message\": \"looks fine" + NUL + "\"}"), "message");
        assertInvalid(post("sh.coordinator", "/api/tasks/" + task + "/complete",
                "{\"answer\": \"consent\", \"comment\": \"ok " + LONE_SURROGATE + "\"}"), "comment");
        assertInvalid(post("sh.coordinator", "/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"answer\": {\"value\": \"consent\"}, \"comment\": {\"value\": \"ok" + NUL + "\"}}}"),
                "variables.comment.value");
        assertInvalid(get("sh.coordinator", "/engine-rest/task?nameLike=%00"), "nameLike");

        assertThat(ballotOf(agreement, "SH.coordinator").getId()).as("still open").isEqualTo(task);
        assertThat(tasks.getTaskComments(task)).isEmpty();
    }

    /** A field's own limit, as the document states it, is what the API holds: one character more is named. */
    @Test
    void textOneCharacterOverItsFieldsOwnLimitIsRefusedNamingTheField() {
        assertInvalid(post("admin", "/api/grant-programmes", "{\"agency\": \"" + "A".repeat(GrantProgrammes.AGENCY + 1)
                + "\", \"supportType\": \"" + "x".repeat(GrantProgrammes.SUPPORT_TYPE + 1)
                + "\", \"year\": \"" + "2".repeat(GrantProgrammes.YEAR + 1)
                + "\", \"budget\": \"" + "1".repeat(GrantProgrammes.BUDGET + 1)
                + "\", \"currency\": \"" + "C".repeat(GrantProgrammes.CURRENCY_CODE + 1) + "\"}"),
                "agency", "supportType", "year", "budget", "currency");

        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        String task = ballotOf(agreement, "SH.coordinator").getId();
        // The engine's assignee column holds 255 characters.
        assertInvalid(post("sh.coordinator", "/api/tasks/" + task + "/delegate", "{\"to\": \"" + "u".repeat(256) + "\"}"), "to");
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).as("not delegated").isNull();
    }

    /**
     * An amount with more digits before the point than the database keeps ({@code numeric(18, 2)}; settlement counts
     * fen in a {@code bigint}) is a bad field like any other: named, and nothing stored. A proposal asking for one was
     * taken (its event breaking its own schema) and a benefit report of one, or of one in another currency whose
     * conversion is one, answered 500.
     */
    @Test
    void anAmountLargerThanTheDatabaseKeepsIsRefusedNamingTheField() throws Exception {
        String seventeenDigits = "1".repeat(Money.INTEGER_DIGITS + 1) + ".00";
        Map<String, Object> proposal = ProposalRequests.yangtzeRiverDelta();
        Map<String, Object> content = ProposalRequests.contentOf(proposal);
        content.put("defectionPenalty", seventeenDigits);
        ((List<Map<String, Object>>) content.get("supportRequests")).get(0).put("amount", seventeenDigits);
        long before = driver.agreementCount();

        assertInvalid(post("sh.coordinator", "/api/agreements", json.writeValueAsString(proposal)),
                "content.defectionPenalty", "content.supportRequests[0].amount");
        assertThat(driver.agreementCount()).isEqualTo(before);

        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        assertInvalid(post("sh.coordinator", "/api/agreements/" + agreement.id() + "/benefit-reports",
                "{\"participant\": \"SH\", \"amount\": \"" + "1".repeat(20) + "\", \"periodStart\": \"2026-01-01\", "
                        + "\"periodEnd\": \"2026-06-30\", \"description\": \"tax base\"}"), "amount");
        // Within the limit as received, beyond it once converted: the conversion is refused, not its insert.
        assertInvalid(post("sh.coordinator", "/api/agreements/" + agreement.id() + "/benefit-reports",
                "{\"participant\": \"SH\", \"amount\": \"9999999999999999.00\", \"currency\": \"HKD\", \"rate\": \"10000\", "
                        + "\"rateDate\": \"2026-07-01\", \"periodStart\": \"2026-01-01\", \"periodEnd\": \"2026-06-30\"}"), "amount");
    }

    @Test
    void rejectingAReviewWithoutAReasonIsTheReviewersMistakeOnTheEngineApiToo() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        driver.reachConsensus(agreement);
        Task review = driver.openTasks(agreement, ApprovalProcess.USER_REVIEW_AGREEMENT).get(0);

        ResponseEntity<Map> refused = post("cn-cca.reviewer", "/engine-rest/task/" + review.getId() + "/complete",
                "{\"variables\": {\"reviewDecision\": {\"value\": \"reject\"}}}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("type", INVALID_REQUEST);
        assertThat((String) refused.getBody().get("detail")).endsWith("reason (理由 / Reason) is required");
        assertThat(driver.openTasks(agreement, ApprovalProcess.USER_REVIEW_AGREEMENT)).hasSize(1);
    }

    private Task ballotOf(Agreement agreement, String group) {
        return driver.openTasks(agreement, BallotProcess.USER_CAST_VOTE).stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).get(0).getGroupId().equals(group))
                .findFirst().orElseThrow();
    }

    private static void assertInvalid(ResponseEntity<Map> answer, String... fields) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).containsEntry("type", INVALID_REQUEST).containsEntry("status", 400);
        assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder((Object[]) fields);
    }

    private ResponseEntity<Map> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD).getForEntity(URI.create(path), Map.class);
    }
}
