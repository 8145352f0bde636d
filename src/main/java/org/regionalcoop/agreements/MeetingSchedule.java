package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.Period;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * When a governing body meets: on its first date, then every period after it, within the agreement's term.
 * Dates are reckoned from the first in calendar terms (first plus n periods), so a meeting on 31 January every
 * month falls on the last day of February, then on 31 March again, never drifting.
 */
@Schema(description = "When a body meets: every period (ISO-8601) from its first date, within the agreement's term")
public record MeetingSchedule(
        @Schema(requiredMode = REQUIRED, implementation = String.class, pattern = "^P.+$", example = "P1Y",
                description = "ISO-8601 period between meetings, positive (e.g. P1Y yearly, P6M twice a year)")
        Period every,
        @Schema(requiredMode = REQUIRED, example = "2027-06-01", description = "the first meeting's date, within the term")
        LocalDate first) {

    /** The date of the meeting with this number, counting the first as 1. */
    public LocalDate dateOf(int meeting) {
        if (meeting < 1) {
            throw new IllegalArgumentException("meetings are counted from 1: " + meeting);
        }
        return first.plus(every.multipliedBy(meeting - 1));
    }
}
