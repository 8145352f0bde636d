package org.regionalcoop.grants.internal;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;

/** The grant officers' due date for BPMN expressions, as {@code grantPolicy} (hence public). */
@Component("grantPolicy")
public class GrantPolicy {

    private final GrantSettings settings;
    private final Clock clock;

    GrantPolicy(GrantSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Date decisionDue() {
        return Date.from(clock.instant().plus(settings.decisionDue()));
    }
}
