package org.regionalcoop.agreements;

import org.regionalcoop.ParticipantSystems;

import java.util.List;
import java.util.Map;

/** What the participants' own cooperation offices send the platform about an agreement, through their systems. */
final class CooperationOffices {

    static final String REPLIES = "coop.participant-replies.v1";

    private CooperationOffices() {
    }

    /** Each member consents to the version the round put to it. */
    static void consent(ParticipantSystems systems, String agreementId, int round, List<String> members) {
        for (String member : members) {
            systems.send(REPLIES, member, "consensus.vote-cast", Map.of("agreementId", agreementId, "round", round,
                    "participant", member, "answer", "consent"));
        }
    }

    /** Each member's leader signs the version with this number and content hash. */
    static void sign(ParticipantSystems systems, String agreementId, Object version, Object contentHash,
                     List<String> members, String leaderTitle) {
        for (String member : members) {
            systems.send(REPLIES, member, "consensus.signature-given", Map.of("agreementId", agreementId,
                    "version", version, "participant", member, "contentHash", contentHash,
                    "leader", leaderTitle + " of " + member));
        }
    }
}
