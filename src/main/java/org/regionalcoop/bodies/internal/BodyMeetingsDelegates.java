package org.regionalcoop.bodies.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalcoop.bodies.BodyMeetings;
import org.regionalcoop.bodies.HostReminded;
import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingId;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

import static org.regionalcoop.bodies.internal.BodyMeetingsProcess.*;

/** The meeting process's service tasks and listeners: thin calls of {@link BodyMeetings}. */
final class BodyMeetingsDelegates {

    /** Who completed the host's last task, kept for the service task after it, which runs in a transaction of its own. */
    static final ProcessVariable<String> VAR_COMPLETED_BY = ProcessVariable.stringVariable("completedBy");

    private BodyMeetingsDelegates() {
    }

    private static AgreementId agreementId(DelegateExecution execution) {
        return VAR_AGREEMENT_ID.from(execution).get();
    }

    private static MeetingId meetingId(DelegateExecution execution) {
        return MeetingId.of(VAR_MEETING_ID.from(execution).get());
    }

    private static String text(DelegateExecution execution, ProcessVariable<String> variable) {
        return variable.from(execution).getOrNull();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Component("scheduleBodyMeeting")
    static class ScheduleMeeting implements JavaDelegate {

        private final BodyMeetings meetings;

        ScheduleMeeting(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Optional<Meeting> next = meetings.scheduleNext(agreementId(execution), text(execution, VAR_BODY));
            VAR_MEETING_SCHEDULED.on(execution).set(next.isPresent());
            next.ifPresent(meeting -> {
                VAR_MEETING_ID.on(execution).set(meeting.id().toString());
                VAR_MEETING_NUMBER.on(execution).set(meeting.number());
                VAR_MEETING_DATE.on(execution).set(meeting.scheduledOn().toString());
                VAR_HOST.on(execution).set(meeting.host().value());
            });
        }
    }

    /** Keeps who completed the host's task: the service task after it no longer runs as that member of staff. */
    @Component("meetingStepAuthor")
    static class StepAuthor implements TaskListener {

        private final PlatformActions platform;

        StepAuthor(PlatformActions platform) {
            this.platform = platform;
        }

        @Override
        public void notify(DelegateTask task) {
            VAR_COMPLETED_BY.on(task.getExecution()).set(platform.currentUser());
        }
    }

    @Component("recordMeetingConvened")
    static class RecordConvening implements JavaDelegate {

        private final BodyMeetings meetings;

        RecordConvening(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String heldOn = blankToNull(text(execution, VAR_HELD_ON));
            meetings.convene(meetingId(execution), LocalDate.parse(heldOn != null ? heldOn : text(execution, VAR_MEETING_DATE)),
                    blankToNull(text(execution, VAR_VENUE)), blankToNull(text(execution, VAR_AGENDA)),
                    text(execution, VAR_COMPLETED_BY));
        }
    }

    @Component("recordMeetingMinutes")
    static class RecordMinutes implements JavaDelegate {

        private final BodyMeetings meetings;

        RecordMinutes(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            meetings.recordMinutes(meetingId(execution), text(execution, VAR_MINUTES), text(execution, VAR_DECISIONS),
                    text(execution, VAR_COMPLETED_BY));
        }
    }

    @Component("remindMeetingConvener")
    static class RemindConvener implements JavaDelegate {

        private final BodyMeetings meetings;

        RemindConvener(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            meetings.remindHost(meetingId(execution), HostReminded.Step.CONVENE);
        }
    }

    @Component("remindMeetingMinutes")
    static class RemindMinutes implements JavaDelegate {

        private final BodyMeetings meetings;

        RemindMinutes(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            meetings.remindHost(meetingId(execution), HostReminded.Step.MINUTES);
        }
    }

    @Component("cancelOpenBodyMeetings")
    static class CancelOpenMeetings implements JavaDelegate {

        private final BodyMeetings meetings;

        CancelOpenMeetings(BodyMeetings meetings) {
            this.meetings = meetings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            meetings.cancelOpenMeetings(agreementId(execution), text(execution, VAR_BODY));
        }
    }
}
