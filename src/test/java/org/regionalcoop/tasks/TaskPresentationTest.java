package org.regionalcoop.tasks;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.EngineStatements;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.regionalcoop.tasks.TaskContextVariables.*;

/**
 * What the Tasklist shows of a task: its name carries the agreement's title, the task keeps the title and due date
 * its filters list, and the rest of what its form shows is read from the modules' tables when the form asks for
 * its variables. Changsha and Zhuzhou's agreements are reviewed by Hunan's provincial coordination agency.
 */
@ProcessTest
class TaskPresentationTest {

    @Autowired
    LifecycleDriver driver;

    @Autowired
    Agreements agreements;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FormService forms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    EngineStatements statements;

    /**
     * A task being created has no variables stored; the engine would select them anyway when the presentation reads
     * and sets the task's own (one statement per task created, before TaskPresentation said there are none).
     */
    @Test
    void namingATaskBeingCreatedSelectsNoneOfItsVariables() {
        var proposed = statements.during(() -> driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ"));

        List<Task> ballots = driver.openTasks(proposed.result(), "user_cast_vote");
        assertThat(ballots).hasSize(2).allSatisfy(ballot -> {
            assertThat(ballot.getName()).contains(proposed.result().current().content().title());
            assertThat(tasks.getVariablesLocal(ballot.getId())).containsOnlyKeys(AGREEMENT_TITLE.name(), TaskPresentation.DUE_DATE.name());
            assertThat(proposed.of("selectVariablesByTaskId", ballot.getId())).as("selects of %s's variables", ballot.getId()).isEmpty();
        });
    }

    @Test
    void aBallotIsNamedAfterItsAgreementAndShowsTheVersionPutToTheVote() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        String title = agreement.current().content().title();

        List<Task> ballots = driver.openTasks(agreement, "user_cast_vote");
        assertThat(ballots).hasSize(2).extracting(Task::getName).containsOnly("答复 / Answer: " + title + " (第 1 轮 / round 1)");
        assertThat(tasks.getVariablesLocal(ballots.get(0).getId())).as("what the filters list, on the task itself")
                .containsOnlyKeys(AGREEMENT_TITLE.name(), TaskPresentation.DUE_DATE.name());
        Map<String, Object> context = forms.getTaskFormVariables(ballots.get(0).getId());
        assertThat(context).containsEntry(AGREEMENT_TITLE.name(), title)
                .containsEntry(AGREEMENT_TYPE.name(), "Framework agreement, Bottom-up")
                .containsEntry(AGREEMENT_TERM.name(), "2027-01-01 to 2031-12-31")
                .containsEntry(COST_SHARES.name(), "Changsha (HN-CS) 50 %, Zhuzhou (HN-ZZ) 50 %")
                .containsEntry(SUPPORT_REQUESTED.name(), "Fiscal transfer 10,000,000.00 yuan (transport fund)");
        assertThat(AGREEMENT_TEXT.from(context).get()).startsWith(title + " (version 1)")
                .contains("Participants: Changsha (HN-CS), Zhuzhou (HN-ZZ)", "Penalty for leaving early: 1,000,000.00 yuan");
        assertThat(TaskPresentation.DUE_DATE.from(context).get()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(UTC\\+8\\)");
        assertThat(AGREEMENT_TITLE.from(runtime, ballots.get(0).getProcessInstanceId()).getOptional())
                .as("the task's own, not the process's").isEmpty();
    }

    @Test
    void aSignatureShowsTheTextAndHashItConfirmsAndIsGivenByConfirmingThem() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        String title = agreement.current().content().title();
        driver.openTasks(agreement, "user_cast_vote").forEach(ballot ->
                tasks.complete(ballot.getId(), Map.of("answer", "consent")));
        driver.awaitContinuations(agreement);

        Task signature = driver.openTasks(agreement, "user_sign_agreement").stream()
                .filter(task -> "HN-CS".equals(tasks.getVariable(task.getId(), "signer"))).findFirst().orElseThrow();
        assertThat(signature.getName()).isEqualTo("签署 / Sign: " + title);
        Map<String, Object> form = forms.getTaskFormVariables(signature.getId());
        String shown = CONTENT_HASH.from(form).get();
        assertThat(shown).isEqualTo(agreements.current(agreement.id()).current().contentHash());
        assertThat(AGREEMENT_TEXT.from(form).get()).startsWith(title + " (version 1)");

        ResponseEntity<String> unconfirmed = complete("hn-cs.leader", signature, Map.of());
        assertThat(unconfirmed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unconfirmed.getBody()).contains("signatureConfirmed (我已阅读此版本并代表本政府签署 / I have read this version and sign it for my government) is required");

        ResponseEntity<String> signed = complete("hn-cs.leader", signature,
                Map.of("signatureConfirmed", true, "signedContentHash", shown));
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.openTasks(agreement, "user_sign_agreement")).extracting(Task::getId).doesNotContain(signature.getId());
    }

    @Test
    void rejectingAReviewWithoutAReasonIsRefusedNamingTheFieldAndWithOneIsRecorded() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        driver.reachConsensus(agreement);
        Task review = driver.openTasks(agreement, "user_review_agreement").get(0);
        assertThat(review.getName()).isEqualTo("审批 / Review: " + agreement.current().content().title());
        assertThat(forms.getTaskFormVariables(review.getId()))
                .containsEntry(SUPPORT_REQUESTED.name(), "Fiscal transfer 10,000,000.00 yuan (transport fund)")
                .containsKey(AGREEMENT_TEXT.name());

        ResponseEntity<String> refused = complete("hn-pca.reviewer", review, Map.of("reviewDecision", "reject"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("reason (理由 / Reason) is required").doesNotContain("An error happened");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("nothing was applied").isOne();

        assertThat(complete("hn-pca.reviewer", review, Map.of("reviewDecision", "approve")).getStatusCode())
                .as("approving needs no reason: the form hides it").isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theTaskKeepsOnlyWhatItsFiltersListWrittenOnceAndOnlyTheDueDateFollowsAChange() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        Task ballot = driver.openTasks(agreement, "user_cast_vote").get(0);

        tasks.setDueDate(ballot.getId(), Date.from(Instant.parse("2030-03-01T08:30:00Z")));

        // A variable's revision counts its writes; the engine keeps no history of them (operations.EngineHistory).
        Map<String, Integer> revisions = new HashMap<>();
        jdbc.query("select NAME_, REV_ from ACT_RU_VARIABLE where TASK_ID_ = ?",
                row -> { revisions.put(row.getString(1), row.getInt(2)); }, ballot.getId());
        assertThat(revisions).containsOnly(entry(AGREEMENT_TITLE.name(), 1), entry(TaskPresentation.DUE_DATE.name(), 2));
        assertThat(TaskPresentation.DUE_DATE.from(tasks, ballot.getId()).getLocal())
                .as("on the readers' clock, Beijing's by default").isEqualTo("2030-03-01 16:30 (UTC+8)");
        tasks.complete(ballot.getId(), Map.of("answer", "consent"));
    }

    /** The Tasklist reads a Camunda Form's values as its user; the engine checks they may read the task's variables. */
    @Test
    void theTasklistReadsTheFormsContextAsTheTasksCandidateAndNobodyElse() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        Task ballot = driver.openTasks(agreement, "user_cast_vote").stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "HN-CS.coordinator".equals(link.getGroupId()))).findFirst().orElseThrow();

        ResponseEntity<Map> candidate = anonymous.withBasicAuth("hn-cs.coordinator", PlatformTest.DEMO_PASSWORD).getForEntity(
                "/engine-rest/task/{id}/form-variables?deserializeValues=false", Map.class, ballot.getId());
        assertThat(candidate.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(candidate.getBody()).containsEntry(COST_SHARES.name(),
                Map.of("type", "String", "value", "Changsha (HN-CS) 50 %, Zhuzhou (HN-ZZ) 50 %", "valueInfo", Map.of()));

        ResponseEntity<String> other = anonymous.withBasicAuth("bj.coordinator", PlatformTest.DEMO_PASSWORD).getForEntity(
                "/engine-rest/task/{id}/form-variables", String.class, ballot.getId());
        assertThat(other.getStatusCode().is4xxClientError()).as("Beijing takes no part").isTrue();
        assertThat(other.getBody()).doesNotContain("Changsha (HN-CS) 50 %");
    }

    /** The Tasklist asks in its reader's language (the browser's Accept-Language): a Chinese reader's form says it in Chinese. */
    @Test
    void aChineseReaderReadsTheFormsContextInChinese() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "HN-CS", "HN-ZZ");
        String title = agreement.current().content().title();
        Task ballot = driver.openTasks(agreement, "user_cast_vote").stream()
                .filter(task -> tasks.getIdentityLinksForTask(task.getId()).stream()
                        .anyMatch(link -> "HN-CS.coordinator".equals(link.getGroupId()))).findFirst().orElseThrow();
        HttpHeaders chinese = new HttpHeaders();
        chinese.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8");

        ResponseEntity<Map<String, Map<String, Object>>> form = anonymous.withBasicAuth("hn-cs.coordinator", PlatformTest.DEMO_PASSWORD)
                .exchange("/engine-rest/task/{id}/form-variables?deserializeValues=false", HttpMethod.GET, new HttpEntity<>(chinese),
                        new ParameterizedTypeReference<>() { }, ballot.getId());

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> context = new HashMap<>();
        form.getBody().forEach((name, variable) -> context.put(name, variable.get("value")));
        assertThat(context).containsEntry(AGREEMENT_TYPE.name(), "框架协议，自下而上")
                .containsEntry(AGREEMENT_TERM.name(), "2027-01-01 至 2031-12-31")
                .containsEntry(COST_SHARES.name(), "长沙市 (HN-CS) 50 %、株洲市 (HN-ZZ) 50 %")
                .containsEntry(SUPPORT_REQUESTED.name(), "财政转移支付 10,000,000.00 元（transport fund）");
        assertThat(AGREEMENT_TEXT.from(context).get()).startsWith(title + "（第 1 版）")
                .contains("类型：框架协议，自下而上", "合作领域：交通", "参与方：长沙市 (HN-CS)、株洲市 (HN-ZZ)",
                        "期限：2027-01-01 至 2031-12-31", "提前退出的违约金：1,000,000.00 元")
                .doesNotContain("Type:", "Participants:", "Term:", "yuan", "none");
    }

    private ResponseEntity<String> complete(String user, Task task, Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD).postForEntity(
                "/engine-rest/task/{id}/complete", Map.of("variables", variables), String.class, task.getId());
    }
}
