package org.regionalcoop.bodies;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.PeoplesDays;
import org.regionalcoop.PlatformTest;
import org.regionalcoop.ProcessTest;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regionalcoop.LifecycleDriver.ADMINISTRATOR;
import static org.regionalcoop.PlatformTest.PATIENCE;
import static org.regionalcoop.bodies.internal.BodyMeetingsProcess.*;

/**
 * The meetings of one governing body: the host the rotation gives each meeting convenes it and records its minutes,
 * reminded of each step it leaves open; the schedule ends with the term, and closure calls off what is not held.
 */
@ProcessTest
class BodyMeetingsProcessTest {

    private static final Pattern BODY_EVENT = Pattern.compile("body\\.[a-z-]+");

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    BodyMeetings meetings;

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    LifecycleDriver driver;

    @Test
    void theHostConvenesAndRecordsTheMinutesRemindedOfEachStepUntilTheScheduleRunsPastTheTerm() {
        LocalDate today = PeoplesDays.today();
        String agreementId = propose("Capital-circle council, one meeting", today, today.plusMonths(11), today);
        ProcessInstance council = start(agreementId);

        Task convene = awaitTask(council, USER_CONVENE_MEETING);
        assertThat(tasks.getIdentityLinksForTask(convene.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("JP-TK.coordinator");
        assertThat(runtime.getVariables(council.getId())).containsEntry(VAR_MEETING_NUMBER.name(), 1)
                .containsEntry(VAR_MEETING_DATE.name(), today.toString()).containsEntry(VAR_HOST.name(), "JP-TK")
                .containsEntry(VAR_BODY_NAME.name(), "Capital-circle council");
        fire(council, TIMER_CONVENE_REMINDER);
        tasks.complete(convene.getId(), Map.of(VAR_HELD_ON.name(), "", VAR_VENUE.name(), "Tokyo Metropolitan Government Building",
                VAR_AGENDA.name(), "Joint disaster stockpile"));

        Task minutes = awaitTask(council, USER_RECORD_MINUTES);
        fire(council, TIMER_MINUTES_REMINDER);
        tasks.complete(minutes.getId(), Map.of(VAR_MINUTES.name(), "All four members attended.",
                VAR_DECISIONS.name(), "Stock a shared disaster store in Saitama\n\n Harmonise waste collection by 2028 "));

        awaitEnded(council);
        assertThat(endEvents(council)).containsExactlyInAnyOrder(END_CONVENER_REMINDED, END_MINUTES_REMINDED,
                END_SCHEDULE_OVER);
        assertThat(meetings.ofAgreement(AgreementId.of(agreementId), ADMINISTRATOR)).hasSize(1);
        Meeting held = meetings.ofAgreement(AgreementId.of(agreementId), ADMINISTRATOR).get(0);
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.heldOn()).as("left empty: the scheduled date").isEqualTo(today);
        assertThat(held.decisions()).containsExactly("Stock a shared disaster store in Saitama",
                "Harmonise waste collection by 2028");
        assertThat(driver.publishedTypes(AgreementId.of(agreementId), "body.")).map(BodyMeetingsProcessTest::bodyEvent)
                .containsExactly("body.meeting-scheduled",
                "body.host-reminded", "body.meeting-convened", "body.host-reminded", "body.minutes-recorded");
    }

    @Test
    void theNextMeetingGoesToTheNextHostAndClosureCallsItOff() {
        LocalDate today = PeoplesDays.today();
        String agreementId = propose("Capital-circle council, yearly", today, today.plusYears(4), today);
        ProcessInstance council = start(agreementId);
        tasks.complete(awaitTask(council, USER_CONVENE_MEETING).getId(), Map.of(VAR_HELD_ON.name(), today.plusDays(1).toString(),
                VAR_VENUE.name(), "Tokyo", VAR_AGENDA.name(), "Waste policy"));
        tasks.complete(awaitTask(council, USER_RECORD_MINUTES).getId(), Map.of(VAR_MINUTES.name(), "Held.", VAR_DECISIONS.name(), ""));

        await().atMost(PATIENCE).until(() -> Integer.valueOf(2).equals(runtime.getVariable(council.getId(), VAR_MEETING_NUMBER.name())));
        assertThat(runtime.getVariables(council.getId())).containsEntry(VAR_HOST.name(), "JP-KN")
                .containsEntry(VAR_MEETING_DATE.name(), today.plusYears(1).toString());
        assertThat(management.createJobQuery().processInstanceId(council.getId()).activityId(TIMER_CONVENE_DUE).count())
                .as("the next host is asked to convene ahead of next year's date").isEqualTo(1);

        runtime.createMessageCorrelation(MESSAGE_AGREEMENT_CLOSING)
                .processInstanceVariableEquals(VAR_AGREEMENT_ID.name(), agreementId).correlateAll();

        awaitEnded(council);
        assertThat(endEvents(council)).containsExactly(END_MEETINGS_CLOSED);
        assertThat(meetings.ofAgreement(AgreementId.of(agreementId), ADMINISTRATOR))
                .map(meeting -> meeting.number() + " " + meeting.host().value() + " " + meeting.status().key())
                .containsExactly("1 JP-TK held", "2 JP-KN cancelled");
    }

    /** The part of an event type that names the body's event, e.g. {@code body.host-reminded}. */
    private static String bodyEvent(String type) {
        Matcher event = BODY_EVENT.matcher(type);
        return event.find() ? event.group() : type;
    }

    private String propose(String title, LocalDate start, LocalDate end, LocalDate firstMeeting) {
        ResponseEntity<Map> proposed = anonymous.withBasicAuth("jp-tk.coordinator", PlatformTest.DEMO_PASSWORD)
                .postForEntity("/api/agreements", CapitalCircle.proposal(title, start, end, firstMeeting), Map.class);
        assertThat(proposed.getStatusCode()).as("%s", proposed.getBody()).isEqualTo(HttpStatus.CREATED);
        return (String) proposed.getBody().get("id");
    }

    /** As the platform starts it once the agreement is in force. */
    private ProcessInstance start(String agreementId) {
        return runtime.startProcessInstanceByKey(KEY, businessKey(agreementId, "council"), Map.of(
                VAR_AGREEMENT_ID.name(), agreementId, VAR_BODY.name(), "council",
                VAR_BODY_NAME.name(), meetings.bodyName(AgreementId.of(agreementId), "council")));
    }

    private Task awaitTask(ProcessInstance instance, String key) {
        await().atMost(PATIENCE).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(key).count() == 1);
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private void fire(ProcessInstance instance, String timer) {
        List<Job> jobs = management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).list();
        assertThat(jobs).as(timer).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    private void awaitEnded(ProcessInstance instance) {
        await().atMost(PATIENCE).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).finished().count() == 1);
    }

    private List<String> endEvents(ProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("noneEndEvent").list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
