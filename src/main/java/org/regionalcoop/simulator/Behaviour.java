package org.regionalcoop.simulator;

import java.util.Optional;

/** How a simulated government answers every ballot put to it. */
enum Behaviour {
    CONSENT("consent"), DECLINE("decline"), AMEND("amend"),
    /** Never answers: its ballots run into their deadline, as with a participant whose system is down. */
    SILENT(null);

    private final String answer;

    Behaviour(String answer) {
        this.answer = answer;
    }

    /** The {@code answer} of the vote-cast event, or empty when the government stays silent. */
    Optional<String> answer() {
        return Optional.ofNullable(answer);
    }
}
