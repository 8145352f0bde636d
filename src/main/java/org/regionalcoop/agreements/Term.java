package org.regionalcoop.agreements;

import java.time.LocalDate;

/** The agreement's term, inclusive of both dates; closure starts when it ends. */
public record Term(LocalDate start, LocalDate end) {
}
