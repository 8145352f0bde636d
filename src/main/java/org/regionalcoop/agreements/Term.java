package org.regionalcoop.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.time.Period;

/** The agreement's term, inclusive of both dates; closure starts when it ends. */
@Schema(description = "The agreement's term, both dates included; closure starts when it ends")
public record Term(@Schema(requiredMode = REQUIRED, example = "2027-01-01",
                           description = "the first day the agreement runs (a calendar date)") LocalDate start,
                   @Schema(requiredMode = REQUIRED, example = "2031-12-31",
                           description = "the last day it runs, after the start; closure begins the day after")
                   LocalDate end) {

    /**
     * The term of this calendar length from its first day: a year from 1 April ends on 31 March, a year from
     * 1 March 2027 on 29 February 2028. Counted in days it would drift by one across a leap day.
     */
    public static Term of(LocalDate start, Period length) {
        return new Term(start, start.plus(length).minusDays(1));
    }

    /** How long the term runs in calendar years, months and days (the day after its end is a whole period on). */
    public Period length() {
        return Period.between(start, end.plusDays(1));
    }

    /** The term as long in calendar terms that starts the day after this one ends: a renewal's. */
    public Term following() {
        return of(end.plusDays(1), length());
    }
}
