package org.regionalcoop.agreements;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms and their renewals in calendar terms, across leap days. */
class TermTest {

    @Test
    void aOneYearTermFromTheFirstOfAprilEndsOnTheThirtyFirstOfMarch() {
        assertThat(Term.of(LocalDate.of(2028, 4, 1), Period.ofYears(1)))
                .isEqualTo(new Term(LocalDate.of(2028, 4, 1), LocalDate.of(2029, 3, 31)));
    }

    @Test
    void aOneYearTermFromTheFirstOfMarchBeforeALeapDayEndsOnIt() {
        assertThat(Term.of(LocalDate.of(2027, 3, 1), Period.ofYears(1)))
                .isEqualTo(new Term(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aRenewalRunsAsManyCalendarYearsWhateverLeapDaysEitherTermHolds() {
        Term leap = new Term(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29));
        assertThat(leap.length()).isEqualTo(Period.ofYears(1));
        assertThat(leap.following()).isEqualTo(new Term(LocalDate.of(2028, 3, 1), LocalDate.of(2029, 2, 28)));

        Term fiveYears = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31));
        assertThat(fiveYears.following()).isEqualTo(new Term(LocalDate.of(2032, 1, 1), LocalDate.of(2036, 12, 31)));

        Term fiscal = Term.of(LocalDate.of(2028, 4, 1), Period.ofYears(1));
        assertThat(fiscal.following().following())
                .isEqualTo(new Term(LocalDate.of(2030, 4, 1), LocalDate.of(2031, 3, 31)));
    }

    @Test
    void aTermOfMonthsAndDaysKeepsThemInTheRenewal() {
        Term odd = new Term(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 20));
        assertThat(odd.length()).isEqualTo(Period.of(0, 2, 6));
        assertThat(odd.following()).isEqualTo(new Term(LocalDate.of(2027, 3, 21), LocalDate.of(2027, 5, 26)));
    }
}
