package org.regionalcoop.grants;

import org.regionalcoop.PeoplesDays;
import org.regionalcoop.grants.internal.GrantProcess;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.LifecycleDriver;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Agreements asking for given support, their grants process, and programmes of the tests' own. */
@Component
class GrantFixtures {

    private final LifecycleDriver driver;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final GrantProgrammes programmes;

    GrantFixtures(LifecycleDriver driver, RuntimeService runtime, JdbcTemplate jdbc, Clock clock, GrantProgrammes programmes) {
        this.programmes = programmes;
        this.driver = driver;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Proposes an agreement among the participants (the first initiates) asking for this support. */
    Agreement propose(List<SupportRequest> support, String... participants) {
        return driver.proposeAsking(support, participants);
    }

    /** Starts the grants process as the lifecycle will: business key and {@code agreementId} = the agreement id. */
    String startGrants(Agreement agreement) {
        return runtime.startProcessInstanceByKey(GrantProcess.KEY, agreement.id().toString(),
                Map.of(GrantProcess.VAR_AGREEMENT_ID.name(), agreement.id().toString())).getId();
    }

    static SupportRequest money(SupportType type, String yuan) {
        return new SupportRequest(type, Money.of(yuan), type + " for the tests");
    }

    static SupportRequest status(SupportType type) {
        return new SupportRequest(type, null, type + " for the tests");
    }

    int year() {
        return clock.instant().atZone(PeoplesDays.ZONE).getYear();
    }

    /**
     * A programme of this year with exactly this budget, opened as a platform administrator opens one; fails if the
     * agency already has one for the type.
     */
    long newProgramme(String agency, SupportType type, String budget) {
        return programmes.open(new GrantProgrammes.Opening(agency, type.key(), String.valueOf(year()), budget, null),
                LifecycleDriver.ADMINISTRATOR).id();
    }

    /** A programme of its own in a far year, for tests that race on a budget no other test touches. */
    long isolatedProgramme(String budget) {
        return jdbc.queryForObject("""
                insert into grant_programme (agency, support_type, year, budget)
                values ('CN-CCA', 'fiscal-transfer', (select coalesce(max(year), 5000) + 1 from grant_programme where year >= 5000), ?)
                returning id
                """, Long.class, new BigDecimal(budget));
    }
}
