package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Ballots;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The collections the consensus process iterates over, read from the ballots rather than kept as
 * process variables: used from BPMN expressions as {@code ballotLists} (hence public).
 */
@Component("ballotLists")
public class BallotLists {

    private final Ballots ballots;

    BallotLists(Ballots ballots) {
        this.ballots = ballots;
    }

    /** Participants that have not answered in the round: all of them when it opens. */
    public List<String> pending(String agreementId, int round) {
        return codes(ballots.tally(AgreementId.of(agreementId), round).silent());
    }

    /** Participants whose leaders sign when the round reached consensus. */
    public List<String> consenting(String agreementId, int round) {
        return codes(ballots.tally(AgreementId.of(agreementId), round).consenting());
    }

    private static List<String> codes(List<GovernmentCode> governments) {
        return governments.stream().map(GovernmentCode::value).toList();
    }
}
