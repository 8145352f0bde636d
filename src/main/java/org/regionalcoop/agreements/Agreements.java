package org.regionalcoop.agreements;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.web.InvalidRequestException;
import org.regionalcoop.web.NotFoundException;
import org.regionalcoop.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The agreements module's API: propose agreements and read them with their version history. */
@Service
public class Agreements {

    private final AgreementRepository repository;
    private final ProposalValidator validator;
    private final AgreementJson json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Agreements(AgreementRepository repository, ProposalValidator validator, AgreementJson json,
               ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the first version and announces it, in one transaction; nothing is stored on a bad proposal. */
    @Transactional
    public Agreement propose(GovernmentCode initiator, AgreementContent content, Caller caller) {
        List<Violation> violations = validator.validate(initiator, content, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AgreementId id = AgreementId.random();
        Instant now = clock.instant();
        AgreementVersion first = new AgreementVersion(id, 1, content, json.hash(content), caller.userId(), now, "proposed");
        Agreement agreement = new Agreement(id, initiator, AgreementStatus.PROPOSED, first, caller.userId(), now);
        repository.insert(agreement);
        events.publishEvent(new AgreementProposed(id.value(), first.number(), first.contentHash(), content.title(),
                initiator.value(), content.participants().stream().map(GovernmentCode::value).toList(),
                content.secretariat().value(), content.mode(), content.type(),
                content.requestedAmount().toString(), caller.userId(), now));
        return agreement;
    }

    /**
     * Publishes a new version, e.g. with the amendments participants asked for. Only the initiator's
     * coordinators revise; the same rules as for a proposal apply.
     */
    @Transactional
    public AgreementVersion revise(AgreementId id, AgreementContent content, String reason, Caller caller) {
        Agreement agreement = get(id, caller);
        List<Violation> violations = new ArrayList<>(validator.validate(agreement.initiator(), content, caller));
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            violations.add(new Violation("reason", "say in up to 1000 characters what changed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        AgreementVersion next = new AgreementVersion(id, agreement.current().number() + 1, content, json.hash(content),
                caller.userId(), now, reason);
        repository.addVersion(next);
        events.publishEvent(new AgreementRevised(id.value(), next.number(), next.contentHash(), reason,
                content.participants().stream().map(GovernmentCode::value).toList(),
                content.requestedAmount().toString(), caller.userId(), now));
        return next;
    }

    /** The agreement as it stands, for the lifecycle's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public Agreement current(AgreementId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No agreement " + id));
    }

    /** The agreement, if the caller's government initiates or takes part in it (or the caller administers). */
    @Transactional(readOnly = true)
    public Agreement get(AgreementId id, Caller caller) {
        checkVisible(id, caller);
        return repository.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(AgreementId id, Caller caller) {
        checkVisible(id, caller);
        return repository.versions(id);
    }

    @Transactional(readOnly = true)
    public List<Agreement> visibleTo(Caller caller, int limit, int offset) {
        return repository.findForGovernments(caller.governments(), limit, offset);
    }

    private void checkVisible(AgreementId id, Caller caller) {
        if (caller.isAdministrator()) {
            return;
        }
        List<String> involved = repository.involvedGovernments(id);
        if (involved.stream().noneMatch(caller.governments()::contains)) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(AgreementId id) {
        return new NotFoundException("No agreement " + id + " is visible to you");
    }
}
