package org.regionalcoop.bodies.internal;

import org.regionalcoop.kernel.DisplayZone;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** When a body's meeting steps are due, for the meeting process's expressions as {@code bodyPolicy} (hence public). */
@Component("bodyPolicy")
public class BodyPolicy {

    private final BodySettings settings;
    private final Clock clock;
    private final DisplayZone zone;

    BodyPolicy(BodySettings settings, Clock clock, DisplayZone zone) {
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    /** When the host is asked to convene: the set time ahead of the meeting's date, at once if that has passed. */
    public Date conveneAt(String meetingDate) {
        Instant ahead = start(meetingDate).minus(settings.conveneAhead());
        Instant now = clock.instant();
        return Date.from(ahead.isBefore(now) ? now : ahead);
    }

    /** The convening is due by the meeting's date. */
    public Date conveneDue(String meetingDate) {
        return Date.from(start(meetingDate));
    }

    public Date minutesDue(String meetingDate) {
        Instant due = start(meetingDate).plus(settings.minutesDue());
        Instant now = clock.instant();
        return Date.from(due.isBefore(now) ? now.plus(settings.minutesDue()) : due);
    }

    /** How long a host's task stays open before a reminder, as an ISO-8601 duration for the timer. */
    public String reminderAfter() {
        return settings.reminderAfter().toString();
    }

    /** The meeting's day begins on the governments' calendar ({@link DisplayZone}). */
    private Instant start(String date) {
        return zone.startOf(LocalDate.parse(date));
    }
}
