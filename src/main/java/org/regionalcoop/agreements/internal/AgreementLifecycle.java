package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementRevised;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.ApprovalRequirement;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.Term;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.ProcessVariable;
import org.regionalcoop.organizations.GovernmentCode;

import org.camunda.bpm.engine.RuntimeService;
import org.regionalcoop.security.PlatformActions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.regionalcoop.agreements.AgreementLifecycleProcess.*;

/**
 * Starts the lifecycle process when an agreement is proposed, in the same transaction, and serves the
 * process's expressions as {@code agreementLifecycle} (hence public): status changes, the end of the
 * term, renewal.
 */
@Component("agreementLifecycle")
public class AgreementLifecycle {

    private final Agreements agreements;
    private final RuntimeService runtime;
    private final AgreementSettings durations;
    private final PlatformActions platform;
    private final Clock clock;
    private final DisplayZone zone;
    private final ApprovalRequirement approval;

    AgreementLifecycle(Agreements agreements, RuntimeService runtime, AgreementSettings durations,
                       PlatformActions platform, Clock clock, DisplayZone zone, ApprovalRequirement approval) {
        this.agreements = agreements;
        this.approval = approval;
        this.runtime = runtime;
        this.durations = durations;
        this.platform = platform;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener
    void start(AgreementProposed proposed) {
        Map<String, Object> variables = new HashMap<>();
        VAR_AGREEMENT_ID.on(variables).set(new AgreementId(proposed.agreementId()));
        VAR_INITIATOR.on(variables).set(GovernmentCode.of(proposed.initiator()));
        VAR_SECRETARIAT.on(variables).set(GovernmentCode.of(proposed.secretariat()));
        VAR_AGREEMENT_TYPE.on(variables).set(proposed.agreementType());
        VAR_AGREEMENT_TITLE.on(variables).set(proposed.title());
        platform.asPlatform(() -> runtime.startProcessInstanceByKey(KEY, proposed.agreementId().toString(), variables));
    }

    /** A revision may retitle the agreement: Cockpit shows the current version's title. */
    @EventListener
    void retitle(AgreementRevised revised) {
        String title = agreements.current(AgreementId.of(revised.agreementId().toString())).current().content().title();
        platform.asPlatform(() -> {
            runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                    .processInstanceBusinessKey(revised.agreementId().toString()).active().list()
                    .forEach(lifecycle -> runtime.setVariables(lifecycle.getId(),
                            ProcessVariable.variables().set(VAR_AGREEMENT_TITLE, title).build()));
            return null;
        });
    }

    /** Whether the signed agreement's form of cooperation asks a superior to approve it. */
    public boolean superiorApprovalRequired(String agreementId) {
        Agreement agreement = agreements.current(AgreementId.of(agreementId));
        return approval.superiorApprovalRequired(agreement.initiator(), agreement.current().content());
    }

    public void move(String agreementId, String status) {
        agreements.moveTo(AgreementId.of(agreementId), AgreementStatus.fromKey(status));
    }

    /**
     * When the term ends: the end of its last day on the governments' calendar ({@link DisplayZone}), or sooner
     * when a demonstration shortens terms with {@code platform.agreements.durations.term-override}.
     */
    public Date termEnds(String agreementId) {
        Optional<Duration> override = Optional.ofNullable(durations.termOverride());
        if (override.isPresent()) {
            return Date.from(clock.instant().plus(override.get()));
        }
        Term term = agreements.current(AgreementId.of(agreementId)).current().content().term();
        return Date.from(zone.endOf(term.end()));
    }

    /** How often an agreement in force is settled, as an ISO-8601 duration for the lifecycle's timer cycle. */
    public String settlementPeriod() {
        return durations.settlementPeriod().toString();
    }

    /**
     * Now, as the (exclusive) {@code periodEnd} of a settlement that settles everything so far: rounded up to
     * the next whole second, never down, so a fact recorded earlier in the current second is settled too.
     */
    public String settlementCutOff() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).toString();
    }

    /** Proposes the renewal: the same content for a term as long, starting the day after; returns its id. */
    public String renew(String agreementId) {
        return agreements.renew(AgreementId.of(agreementId)).id().toString();
    }
}
