package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.BallotKey;

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
    public static final String SERVICE_RECORD_SYSTEM_VOTE = "service_record_system_vote";
    public static final String END_STAFF_VOTE_RECORDED = "end_staff_vote_recorded";
    public static final String END_SYSTEM_VOTE_RECORDED = "end_system_vote_recorded";

    public static final String VAR_PARTICIPANT = "participant";
    /** The answer key: {@code consent}, {@code decline} or {@code amend}. */
    public static final String VAR_ANSWER = "answer";
    public static final String VAR_COMMENT = "comment";
    /** Who answered, for answers from a participant's system (its CloudEvents source). */
    public static final String VAR_ANSWERED_BY = "answeredBy";

    private BallotProcess() {
    }
}
