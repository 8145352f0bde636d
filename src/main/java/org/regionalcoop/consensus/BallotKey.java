package org.regionalcoop.consensus;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;

import java.util.Optional;

/**
 * One participant's ballot in one round. Its text form is the ballot process's business key, so an
 * answer from the participant's system finds exactly its ballot.
 */
public record BallotKey(AgreementId agreementId, int round, GovernmentCode participant) {

    public String businessKey() {
        return agreementId + ":" + round + ":" + participant;
    }

    public static BallotKey parse(String businessKey) {
        return find(businessKey).orElseThrow(() -> new IllegalArgumentException("'" + businessKey
                + "' is not a ballot key (agreement:round:participant)"));
    }

    /** The ballot a business key names; empty for any other process's key, e.g. a project's (agreement:project:id). */
    public static Optional<BallotKey> find(String businessKey) {
        String[] parts = businessKey == null ? new String[0] : businessKey.split(":");
        if (parts.length != 3 || !parts[1].matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(new BallotKey(AgreementId.of(parts[0]), Integer.parseInt(parts[1]), new GovernmentCode(parts[2])));
    }
}
