package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.Ballots;

import org.regionalcoop.events.InboundHandler;
import org.regionalcoop.events.InboundRejection;
import org.springframework.stereotype.Component;

/**
 * Applies answers from participants' systems to their ballots. The first answer withdraws the
 * coordinators' task; an answer to a ballot already answered is kept as a late answer; an answer to a
 * round still to come is held until it opens.
 */
@Component
public class VoteCastHandler implements InboundHandler<VoteCast> {

    private final ParticipantAnswers answers;
    private final Ballots ballots;

    VoteCastHandler(ParticipantAnswers answers, Ballots ballots) {
        this.answers = answers;
        this.ballots = ballots;
    }

    @Override
    public Class<VoteCast> eventType() {
        return VoteCast.class;
    }

    @Override
    public void apply(VoteCast vote, String source) {
        BallotKey ballot = vote.ballot();
        if (!ballots.exists(ballot)) {
            if (ballots.holdEarly(ballot, vote.answer(), vote.comment(), source)) {
                return;
            }
            throw InboundRejection.unappliable("No ballot " + ballot.businessKey() + " was ever opened, "
                    + "and it is no round still to come for that participant");
        }
        answers.answer(ballot, vote.answer(), vote.comment(), source);
    }

    /** The ballot was decided between the question and the correlation, so this answer is late. */
    @Override
    public void applyRefused(VoteCast vote, String source) {
        answers.recordLate(vote.ballot(), vote.answer(), vote.comment(), source);
    }
}
