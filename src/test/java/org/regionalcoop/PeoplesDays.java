package org.regionalcoop;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today on the calendar of the people the platform serves ({@code platform.display-zone}, Beijing's by default):
 * the day the platform checks a typed day against ("not in the future"), which is Greenwich's tomorrow in its
 * evening.
 */
public final class PeoplesDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PeoplesDays() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
