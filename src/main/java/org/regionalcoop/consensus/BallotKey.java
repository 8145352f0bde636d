package org.regionalcoop.consensus;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;

/**
 * One participant's ballot in one round. Its text form is the ballot process's business key, so an
 * answer from the participant's system finds exactly its ballot.
 */
public record BallotKey(AgreementId agreementId, int round, GovernmentCode participant) {

    public String businessKey() {
        return agreementId + ":" + round + ":" + participant;
    }

    public static BallotKey parse(String businessKey) {
        String[] parts = businessKey.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + businessKey + "' is not a ballot key (agreement:round:participant)");
        }
        return new BallotKey(AgreementId.of(parts[0]), Integer.parseInt(parts[1]), new GovernmentCode(parts[2]));
    }
}
