package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;

import static org.regionalcoop.kernel.ProcessVariable.*;

/**
 * One participant's ballot in one round ({@code bpmn/agreement_ballot.bpmn}). Its coordinators answer
 * in a task, or its own system answers with a message; whichever comes first withdraws the other.
 * The business key is {@link BallotKey#businessKey()}.
 */
public final class BallotProcess {

    public static final String KEY = "agreement_ballot";
    public static final String MESSAGE_VOTE_RECEIVED = "consensus_vote_received";

    public static final String START_BALLOT_OPENED = "start_ballot_opened";
    public static final String USER_CAST_VOTE = "user_cast_vote";
    public static final String BOUNDARY_VOTE_RECEIVED = "boundary_vote_received";
    public static final String SERVICE_RECORD_STAFF_VOTE = "service_record_staff_vote";
    public static final String END_STAFF_VOTE_RECORDED = "end_staff_vote_recorded";
    public static final String END_SYSTEM_VOTE_RECORDED = "end_system_vote_recorded";

    public static final ProcessVariable<GovernmentCode> VAR_PARTICIPANT = idVariable("participant", GovernmentCode::of);
    /** The answer key: {@code consent}, {@code decline} or {@code amend}. */
    public static final ProcessVariable<Answer> VAR_ANSWER = variable("answer",
            value -> Answer.fromKey(value.toString()), Answer::key);
    public static final ProcessVariable<String> VAR_COMMENT = stringVariable("comment");


    private BallotProcess() {
    }
}
