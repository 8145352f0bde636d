package org.regionalcoop.bodies;

import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import org.regionalcoop.kernel.Keyed;

/** Where a meeting of a governing body stands. */
@EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
public enum MeetingStatus implements Keyed {
    /** On the body's schedule; its host has yet to convene it. */
    SCHEDULED,
    /** The host convened it; its minutes are awaited. */
    CONVENED,
    /** Held: its minutes and decisions are recorded. */
    HELD,
    /** Called off because the agreement left force before it was held. */
    CANCELLED;

    public static MeetingStatus fromKey(String key) {
        return Keyed.fromKey(MeetingStatus.class, key);
    }
}
