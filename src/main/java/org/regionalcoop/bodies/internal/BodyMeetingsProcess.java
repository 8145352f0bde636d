package org.regionalcoop.bodies.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.ProcessVariable;

import static org.regionalcoop.kernel.ProcessVariable.booleanVariable;
import static org.regionalcoop.kernel.ProcessVariable.integerVariable;
import static org.regionalcoop.kernel.ProcessVariable.stringVariable;

/**
 * The meetings of one governing body ({@code bpmn/body_meetings.bpmn}), started when its agreement comes into force
 * and interrupted when the agreement enters closure: the next meeting is scheduled with its host by the body's
 * rotation; the host convenes it and then records its minutes and decisions, each step with a reminder when it is
 * left open; then the next meeting, until the schedule runs past the term. Business key: agreement id, a colon and
 * the body's key.
 */
public final class BodyMeetingsProcess {

    public static final String KEY = "body_meetings";
    /** Correlated to every meeting process of an agreement when the agreement enters closure. */
    public static final String MESSAGE_AGREEMENT_CLOSING = "body_meetings_agreement_closing";

    public static final String START_AGREEMENT_IN_FORCE = "start_agreement_in_force";
    public static final String XOR_NEXT_MEETING = "xor_next_meeting";
    public static final String SERVICE_SCHEDULE_MEETING = "service_schedule_meeting";
    public static final String XOR_MEETING_IN_TERM = "xor_meeting_in_term";
    public static final String END_SCHEDULE_OVER = "end_schedule_over";
    public static final String TIMER_CONVENE_DUE = "timer_convene_due";
    public static final String USER_CONVENE_MEETING = "user_convene_meeting";
    public static final String TIMER_CONVENE_REMINDER = "timer_convene_reminder";
    public static final String SERVICE_REMIND_CONVENER = "service_remind_convener";
    public static final String END_CONVENER_REMINDED = "end_convener_reminded";
    public static final String SERVICE_RECORD_CONVENING = "service_record_convening";
    public static final String USER_RECORD_MINUTES = "user_record_minutes";
    public static final String TIMER_MINUTES_REMINDER = "timer_minutes_reminder";
    public static final String SERVICE_REMIND_MINUTES = "service_remind_minutes";
    public static final String END_MINUTES_REMINDED = "end_minutes_reminded";
    public static final String SERVICE_RECORD_MINUTES = "service_record_minutes";
    public static final String SUB_AGREEMENT_CLOSING = "sub_agreement_closing";
    public static final String START_AGREEMENT_CLOSING = "start_agreement_closing";
    public static final String SERVICE_CANCEL_OPEN_MEETINGS = "service_cancel_open_meetings";
    public static final String END_MEETINGS_CLOSED = "end_meetings_closed";

    /** Input: the agreement. */
    public static final ProcessVariable<AgreementId> VAR_AGREEMENT_ID = AgreementId.VARIABLE;
    /** Input: the body's key in the agreement's content. */
    public static final ProcessVariable<String> VAR_BODY = stringVariable("body");
    /** Input: the body's name, for the host's task list. */
    public static final ProcessVariable<String> VAR_BODY_NAME = stringVariable("bodyName");
    /** Per meeting: whether the schedule has one more within the term. */
    public static final ProcessVariable<Boolean> VAR_MEETING_SCHEDULED = booleanVariable("meetingScheduled");
    public static final ProcessVariable<String> VAR_MEETING_ID = stringVariable("meetingId");
    public static final ProcessVariable<Integer> VAR_MEETING_NUMBER = integerVariable("meetingNumber");
    /** Per meeting: its scheduled date, ISO-8601. */
    public static final ProcessVariable<String> VAR_MEETING_DATE = stringVariable("meetingDate");
    /** Per meeting: the code of the member that hosts it. */
    public static final ProcessVariable<String> VAR_HOST = stringVariable("host");
    /** The host's convening: the date it is held on (ISO-8601), its venue and agenda. */
    public static final ProcessVariable<String> VAR_HELD_ON = stringVariable("heldOn");
    public static final ProcessVariable<String> VAR_VENUE = stringVariable("venue");
    public static final ProcessVariable<String> VAR_AGENDA = stringVariable("agenda");
    /** The host's record of the meeting: its minutes, and its decisions one per line. */
    public static final ProcessVariable<String> VAR_MINUTES = stringVariable("meetingMinutes");
    public static final ProcessVariable<String> VAR_DECISIONS = stringVariable("meetingDecisions");

    private BodyMeetingsProcess() {
    }

    public static String businessKey(String agreementId, String body) {
        return agreementId + ":" + body;
    }
}
