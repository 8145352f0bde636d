package org.regionalcoop.consensus.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * Durations, due dates and the round cap for the consensus processes, used from BPMN expressions as
 * {@code consensusPolicy} (hence public).
 */
@Component("consensusPolicy")
public class ConsensusPolicy {

    private final ConsensusSettings settings;
    private final Clock clock;

    ConsensusPolicy(ConsensusSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public int maxRounds() {
        return settings.maxRounds();
    }

    public Date jointMeetingDue() {
        return Date.from(clock.instant().plus(settings.jointMeeting()));
    }

    public Date signatureDue() {
        return Date.from(clock.instant().plus(settings.signature()));
    }

    Duration roundDeadline() {
        return settings.roundDeadline();
    }

    Duration extension() {
        return settings.extension();
    }

    Date dueIn(Duration duration) {
        return Date.from(clock.instant().plus(duration));
    }
}
