package org.regionalcoop.audit;

import org.junit.jupiter.api.Test;
import org.regionalcoop.Failures;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.internal.ParticipantAnswers;
import org.regionalcoop.monitoring.Interventions;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every decision on an agreement lands in its audit log: who, by which path, what and why. */
@PlatformTest
class AuditTrailTest {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Autowired
    ParticipantAnswers participants;

    @Autowired
    MessageSource messages;

    @Autowired
    Failures failures;

    @Autowired
    Interventions interventions;

    private TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, PlatformTest.DEMO_PASSWORD);
    }

    private String onlyTask(String user, Agreement agreement, String taskDefinitionKey) {
        Map<String, Object> page = as(user).getForObject("/api/tasks?agreementId={id}&taskDefinitionKey={key}",
                Map.class, agreement.id().toString(), taskDefinitionKey);
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) page.get("tasks");
        assertThat(tasks).as("%s's %s tasks", user, taskDefinitionKey).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private void complete(String user, String task, Map<String, Object> values) {
        assertThat(as(user).postForEntity("/api/tasks/{id}/complete", values, Void.class, task).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private List<Map<String, Object>> audit(String user, Agreement agreement) {
        return as(user).getForObject("/api/agreements/{id}/audit", List.class, agreement.id().toString());
    }

    @Test
    void aRoundsAnswersAndSignaturesAreLoggedWithTheirPathAndAuthor() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        complete("sh.coordinator", onlyTask("sh.coordinator", agreement, "user_cast_vote"),
                Map.of("answer", "consent", "comment", "good for the Delta"));
        participants.answer(new BallotKey(agreement.id(), 1, new GovernmentCode("JS")), Answer.CONSENT, null,
                "urn:gov:js:cooperation-office");
        driver.awaitContinuations(agreement);
        complete("sh.leader", onlyTask("sh.leader", agreement, "user_sign_agreement"),
                Map.of("signedContentHash", agreement.current().contentHash()));

        List<Map<String, Object>> trail = audit("js.coordinator", agreement);

        assertThat(trail).extracting(e -> e.get("kind"), e -> e.get("decision"), e -> e.get("path"),
                        e -> e.get("decidedBy"), e -> e.get("subject"), e -> e.get("reason"))
                .containsExactly(
                        tuple("vote", "consent", "task", "sh.coordinator", "round 1, SH", "good for the Delta"),
                        tuple("vote", "consent", "event", "urn:gov:js:cooperation-office", "round 1, JS", null),
                        tuple("signature", "signed version 1", "task", "sh.leader", "SH",
                                "confirmed content hash " + agreement.current().contentHash()));
    }

    @Test
    void aJointMeetingsDecisionIsLoggedWithItsMinutes() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS", "ZJ");
        complete("sh.coordinator", onlyTask("sh.coordinator", agreement, "user_cast_vote"), Map.of("answer", "consent"));
        driver.fireTimer(agreement, "timer_round_deadline");
        complete("sh.leader", onlyTask("sh.leader", agreement, "user_hold_joint_meeting"),
                Map.of("meetingDecision", "extend", "minutes", "Jiangsu and Zhejiang asked for a week"));

        assertThat(audit("zj.coordinator", agreement)).last().satisfies(entry -> assertThat(entry)
                .containsEntry("kind", "joint-meeting").containsEntry("decision", "extend")
                .containsEntry("decidedBy", "sh.leader").containsEntry("path", "task")
                .containsEntry("subject", "round 1").containsEntry("reason", "Jiangsu and Zhejiang asked for a week"));
    }

    @Test
    void anotherGovernmentCannotReadTheTrail() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");

        ResponseEntity<Map> foreign = as("hn-cs.coordinator").getForEntity("/api/agreements/{id}/audit", Map.class,
                agreement.id().toString());

        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(audit("admin", agreement)).isEmpty();
    }

    /** The rule of docs/decisions/engine-errors.md holds for the API as for the pages: the error is the administrators'. */
    @Test
    void theEngineErrorOfARetriedStepIsReadByAdministratorsOnly() {
        Agreement agreement = driver.propose(AgreementType.FRAMEWORK, "10000000.00", "SH", "JS");
        var incident = failures.incidentOn(agreement);
        failures.repair(incident);
        interventions.retry(incident.getId(), LifecycleDriver.ADMINISTRATOR);

        assertThat(audit("admin", agreement)).filteredOn(entry -> "incident-retry".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> assertThat((String) entry.get("reason")).contains("brokenStep"));
        assertThat(audit("sh.coordinator", agreement)).as("a participant reads that the step was retried, not the error")
                .filteredOn(entry -> "incident-retry".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry).containsEntry("decidedBy", "admin").containsEntry("decision", "retry");
                    assertThat(entry.get("reason")).isNull();
                });
    }

    /** A reason the eligibility table can give that the log does not recognise would reach a Chinese page in English. */
    @Test
    void everyReasonTheGrantRulesGiveHasAKeyInBothLanguages() throws Exception {
        Matcher output = Pattern.compile("_reason\"><text>\"([^\"]+)\"</text>")
                .matcher(Files.readString(Path.of("bpmn", "grant_eligibility.dmn")));
        List<String> reasons = new ArrayList<>();
        while (output.find()) {
            reasons.add(output.group(1));
        }
        assertThat(reasons).isNotEmpty();
        assertThat(PlatformReasons.GRANT_DECLINES).containsKeys(reasons.toArray(String[]::new));
        for (String key : PlatformReasons.GRANT_DECLINES.values()) {
            assertThat(messages.getMessage("audit.reason." + key, null, Locale.SIMPLIFIED_CHINESE))
                    .as(key).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(messages.getMessage("audit.reason." + key, null, Locale.ENGLISH)).as(key).isNotBlank();
        }
    }
}
