package org.regionalcoop.agreements;

import org.regionalcoop.agreements.internal.AgreementClosureProcess;
import org.regionalcoop.kernel.FieldRefusedException;
import org.regionalcoop.agreements.internal.AgreementJson;
import org.regionalcoop.agreements.internal.AgreementProposed;
import org.regionalcoop.agreements.internal.AgreementRepository;
import org.regionalcoop.agreements.internal.RevisionWindow;

import org.regionalcoop.agreements.internal.CostShares;
import org.regionalcoop.agreements.internal.ProposalKeys;
import org.regionalcoop.agreements.internal.ProposalSubmitted;
import org.regionalcoop.agreements.internal.ProposalValidator;
import org.regionalcoop.agreements.internal.ServiceLevels;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agreements module's API: propose agreements and read them with their version history. */
@Service
public class Agreements {

    /**
     * Who proposes a renewal: the platform, on the initiator's behalf, at the end of the term; and who carries out what
     * its outcome means for the projects handed over to it.
     */
    public static final String RENEWAL_PROPOSER = "platform:renewal";
    /** Who removes decliners from a specialized agreement: the platform, applying the consensus rule. */
    public static final String CONSENSUS_EDITOR = "platform:consensus";
    /** The longest Idempotency-Key a proposal may be sent with. */
    public static final int PROPOSAL_KEY_LENGTH = 255;
    /** The name of the field or header that carries a proposal's Idempotency-Key, as problems name it. */
    public static final String PROPOSAL_KEY = "Idempotency-Key";

    private final AgreementRepository repository;
    private final ProposalKeys keys;
    private final ProposalValidator validator;
    private final AgreementJson json;
    private final ApplicationEventPublisher events;
    private final ServiceLevels serviceLevels;
    private final RevisionWindow revisionWindow;
    private final Clock clock;

    Agreements(AgreementRepository repository, ProposalKeys keys, ProposalValidator validator, AgreementJson json,
               ApplicationEventPublisher events, ServiceLevels serviceLevels, RevisionWindow revisionWindow, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.revisionWindow = revisionWindow;
        this.serviceLevels = serviceLevels;
        this.validator = validator;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the first version and announces it, in one transaction; nothing is stored on a bad proposal. */
    @Transactional
    public Agreement propose(GovernmentCode initiator, AgreementContent content, Caller caller) {
        refuseIfInvalid(initiator, content, caller);
        return store(AgreementId.random(), initiator, content, caller.userId(), Optional.empty());
    }

    /**
     * {@link #propose} once per Idempotency-Key of the caller's, however often it is sent: the first proposal with the
     * key makes the agreement and keeps the key with it; a proposal with the same key and the same initiator and
     * content finds that agreement and makes nothing, even while the first is still being made (it waits for it); with
     * another initiator or content it is refused. A refused proposal keeps no key, so it may be sent again with it.
     */
    @Transactional
    public Proposed propose(GovernmentCode initiator, AgreementContent content, Caller caller, String key) {
        if (key == null || key.isEmpty() || key.length() > PROPOSAL_KEY_LENGTH
                || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new InvalidRequestException(List.of(new Violation(PROPOSAL_KEY, "must be 1 to " + PROPOSAL_KEY_LENGTH
                    + " visible ASCII characters without spaces, e.g. a UUID")));
        }
        if (initiator == null || content == null) {
            refuseIfInvalid(initiator, content, caller);
        }
        AgreementId id = AgreementId.random();
        String contentHash = json.hash(content);
        // Claimed before the proposal is checked, so a concurrent one with the key waits here, not after checking.
        Optional<ProposalKeys.Claim> earlier = keys.claim(caller.userId(), key,
                new ProposalKeys.Claim(initiator, contentHash, id), clock.instant());
        if (earlier.isPresent()) {
            ProposalKeys.Claim claim = earlier.get();
            if (!claim.initiator().equals(initiator) || !claim.contentHash().equals(contentHash)) {
                throw new ProposalKeyReusedException(key, claim.agreement());
            }
            return new Proposed(current(claim.agreement()), true);
        }
        refuseIfInvalid(initiator, content, caller);
        return new Proposed(store(id, initiator, content, caller.userId(), Optional.empty()), false);
    }

    private void refuseIfInvalid(GovernmentCode initiator, AgreementContent content, Caller caller) {
        List<Violation> violations = validator.validate(initiator, content, caller);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /**
     * What would be wrong with this proposal, each problem naming its field; empty when it may be proposed.
     * Checking who approves it evaluates a decision table, which the engine records in its history: this writes.
     */
    @Transactional
    public List<Violation> check(GovernmentCode initiator, AgreementContent content, Caller caller) {
        return validator.validate(initiator, content, caller);
    }

    /**
     * Proposes what an initiator's system submitted, under the rules of {@link #propose}: the source, already
     * checked to speak for the initiator, acts as the initiator's coordinators and is named as proposer.
     */
    @Transactional
    public void proposeFromSystem(ProposalSubmitted proposal, String source) {
        GovernmentCode initiator = proposal.initiatorCode();
        propose(initiator, proposal.content(), new Caller(source, Set.of(initiator.value() + ".coordinator")));
    }

    private Agreement store(AgreementId id, GovernmentCode initiator, AgreementContent content, String proposedBy,
                            Optional<AgreementId> renewalOf) {
        Instant now = clock.instant();
        String reason = renewalOf.map(original -> "renewal of " + original).orElse("proposed");
        AgreementVersion first = new AgreementVersion(id, 1, content, json.hash(content), proposedBy, now, reason,
                renewalOf.isPresent() ? VersionReason.RENEWAL : VersionReason.PROPOSED,
                renewalOf.map(original -> List.of(original.toString())).orElse(List.of()));
        Agreement agreement = new Agreement(id, initiator, AgreementStatus.PROPOSED, first, proposedBy, now, renewalOf);
        repository.insert(agreement);
        events.publishEvent(new AgreementProposed(id.value(), first.number(), first.contentHash(), content.title(),
                initiator.value(), content.participants().stream().map(GovernmentCode::value).toList(),
                content.secretariat().value(), content.mode(), content.type(),
                content.requestedAmount().toString(), proposedBy, now, content.settlementCurrency().code()));
        // Announcing the proposal started its lifecycle, which moved it on; answer with where it stands.
        return current(id);
    }

    /**
     * Publishes a new version, e.g. with the amendments participants asked for. Only the initiator's
     * coordinators revise; the same rules as for a proposal apply.
     */
    @Transactional
    public AgreementVersion revise(AgreementId id, AgreementContent content, String reason, Caller caller) {
        Agreement agreement = get(id, caller);
        if (!caller.hasGroup(agreement.initiator().value() + ".coordinator")) {
            throw new ForbiddenException("Only the initiator's coordinators revise an agreement");
        }
        Optional<RevisionRefusal> refusal = revisionRefusal(agreement);
        if (refusal.isPresent()) {
            throw new InvalidRequestException(List.of(new Violation("content", switch (refusal.get()) {
                case UNDER_REVIEW -> "version " + agreement.current().number()
                        + " is under review; it is revised once its reviewers ask for a revision";
                case ANSWERS_BEING_COUNTED, JOINT_MEETING, SIGNATURES_BEING_ANNOUNCED -> "the consensus on version "
                        + agreement.current().number() + " is being decided (" + refusal.get().key()
                        + "); a version is published once it asks for amendments or while participants answer";
                default -> "the agreement is " + agreement.status().key()
                        + "; a version is published only before it comes into force";
            })));
        }
        List<Violation> violations = new ArrayList<>(validator.validate(agreement.initiator(), content, caller));
        if (reason == null || reason.isBlank() || reason.length() > TextRules.DESCRIPTION) {
            violations.add(new Violation("reason", "say in up to " + TextRules.DESCRIPTION + " characters what changed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Instant now = clock.instant();
        AgreementVersion next = new AgreementVersion(id, agreement.current().number() + 1, content, json.hash(content),
                caller.userId(), now, reason, VersionReason.REVISED, List.of());
        repository.addVersion(next);
        events.publishEvent(new AgreementRevised(id.value(), next.number(), next.contentHash(), reason,
                content.participants().stream().map(GovernmentCode::value).toList(),
                content.requestedAmount().toString(), caller.userId(), now));
        return next;
    }

    /**
     * Whether a new version may be published now ({@link RevisionWindow}): the workbench offers a revision only then.
     */
    public boolean revisable(Agreement agreement) {
        return revisionWindow.isOpen(agreement.id(), agreement.status());
    }

    /** Why no new version may be published now, to tell the initiator before they write one; empty while one may. */
    public Optional<RevisionRefusal> revisionRefusal(Agreement agreement) {
        return revisionWindow.refusal(agreement.id(), agreement.status());
    }

    /**
     * Publishes a version without the given participants, e.g. the decliners of a specialized agreement
     * that reached consensus among the rest: their cost shares are spread over the others in proportion,
     * and the secretariat passes to the first remaining participant if it was one of them; they leave its bodies too.
     */
    @Transactional
    public AgreementVersion withoutParticipants(AgreementId id, List<GovernmentCode> leaving, int round) {
        String dropped = String.join(", ", leaving.stream().map(GovernmentCode::value).toList());
        String reason = "Did not consent in round " + round + ", dropped out: " + dropped;
        AgreementVersion current = current(id).current();
        AgreementContent content = current.content();
        List<GovernmentCode> remaining = content.participants().stream().filter(p -> !leaving.contains(p)).toList();
        if (remaining.size() < 2) {
            throw new IllegalStateException("Agreement " + id + " would keep fewer than two participants");
        }
        GovernmentCode secretariat = leaving.contains(content.secretariat()) ? remaining.get(0) : content.secretariat();
        AgreementContent reduced = new AgreementContent(content.title(), content.fields(), remaining, secretariat,
                content.mode(), content.type(), content.term(), CostShares.without(content.costShares(), Set.copyOf(leaving)),
                content.benefitSharingRule(), content.compensationRule(), content.defectionPenalty(),
                content.supportRequests(), CostShares.benefitSharesWithout(content.benefitShares(), Set.copyOf(leaving)),
                content.bodies().stream().flatMap(body -> body.without(leaving).stream()).toList(),
                fundWithout(content.fund(), Set.copyOf(leaving)), content.settlementCurrency(), content.benefitBasis());
        Instant now = clock.instant();
        AgreementVersion next = new AgreementVersion(id, current.number() + 1, reduced, json.hash(reduced),
                CONSENSUS_EDITOR, now, reason, VersionReason.DROPPED_OUT, List.of(String.valueOf(round), dropped));
        repository.addVersion(next);
        events.publishEvent(new AgreementRevised(id.value(), next.number(), next.contentHash(), reason,
                remaining.stream().map(GovernmentCode::value).toList(), reduced.requestedAmount().toString(),
                CONSENSUS_EDITOR, now));
        return next;
    }

    /** The fund without the leavers' agreed contributions; none when nobody else pays into it. */
    private static PooledFund fundWithout(PooledFund fund, Set<GovernmentCode> leaving) {
        if (fund == null) {
            return null;
        }
        List<PooledFund.Contribution> staying = fund.contributions().stream()
                .filter(contribution -> !leaving.contains(contribution.participant())).toList();
        return staying.isEmpty() ? null : new PooledFund(fund.allocatingBody(), staying);
    }

    /** Moves the agreement to another stage of its lifecycle and announces it. */
    @Transactional
    public void moveTo(AgreementId id, AgreementStatus status) {
        Instant now = clock.instant();
        AgreementStatus from = repository.updateStatus(id, status, now);
        events.publishEvent(new AgreementStatusChanged(id.value(), from, status, now));
    }

    /**
     * Proposes the renewal of an agreement at the end of its term: the current content for a term of the
     * same calendar length (years, months, days) starting the day after, linked to the original and proposed on its
     * initiator's behalf. Its bodies carry on: they meet on from the first date of their schedule in the new term,
     * hosted by whom was next.
     */
    @Transactional
    public Agreement renew(AgreementId id) {
        Agreement original = current(id);
        AgreementContent content = original.current().content();
        Term next = content.term().following();
        AgreementContent renewed = new AgreementContent(content.title(), content.fields(), content.participants(),
                content.secretariat(), content.mode(), content.type(), next, content.costShares(),
                content.benefitSharingRule(), content.compensationRule(), content.defectionPenalty(),
                content.supportRequests(), content.benefitShares(),
                content.bodies().stream().map(body -> body.continuedFrom(next.start())).toList(),
                content.fund(), content.settlementCurrency(), content.benefitBasis());
        return store(AgreementId.random(), original.initiator(), renewed, RENEWAL_PROPOSER, Optional.of(id));
    }

    /** The secretariat's coordinators evaluated the agreement at the end of its term and decided. */
    @Transactional
    public void recordClosureDecision(AgreementId id, ClosureDecided.Decision decision, String evaluation,
                                      String decidedBy) {
        events.publishEvent(new ClosureDecided(id.value(), decision, evaluation, decidedBy, clock.instant()));
    }

    /**
     * The secretariat's coordinators decided what becomes of a project still running at closure, with their reason.
     * Handing it over needs a renewal to take it.
     */
    @Transactional
    public void decideRunningProject(AgreementId id, UUID projectId, String decision, String reason,
                                     ClosureDecided.Decision closureDecision, String decidedBy) {
        RunningProjectDecided.Decision decided = Keyed.findKey(RunningProjectDecided.Decision.class, decision)
                .orElseThrow(() -> new FieldRefusedException(AgreementClosureProcess.VAR_PROJECT_DECISION.name(),
                        "Decide a running project with complete, hand-over or "
                        + "cancel, not '" + decision + "'"));
        if (decided == RunningProjectDecided.Decision.HAND_OVER && closureDecision != ClosureDecided.Decision.RENEW) {
            throw new FieldRefusedException(AgreementClosureProcess.VAR_PROJECT_DECISION.name(),
                    "A project can be handed over only to a renewal, and this agreement is "
                    + "terminated: complete or cancel it");
        }
        if (reason == null || reason.isBlank() || reason.length() > TextRules.DESCRIPTION) {
            throw new FieldRefusedException(AgreementClosureProcess.VAR_PROJECT_DECISION_REASON.name(),
                    "Say in up to " + TextRules.DESCRIPTION
                    + " characters why this is to become of the project");
        }
        events.publishEvent(new RunningProjectDecided(id.value(), projectId, decided, reason.strip(), decidedBy,
                clock.instant()));
    }

    /** How many agreements stand at each stage of the lifecycle, for administrators. */
    @Transactional(readOnly = true)
    public Map<AgreementStatus, Long> countByStatus() {
        return repository.countByStatus();
    }

    /** The agreement as it stands, if it exists, for the platform's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public Optional<Agreement> find(AgreementId id) {
        return repository.find(id);
    }

    /** The renewal proposed for the agreement at its closure, as it stands, if one was (no caller to check). */
    @Transactional(readOnly = true)
    public Optional<Agreement> renewal(AgreementId id) {
        return repository.renewalOf(id).flatMap(repository::find);
    }

    /** The agreement as it stands, for the lifecycle's own steps (no caller to check). */
    @Transactional(readOnly = true)
    public Agreement current(AgreementId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No agreement " + id));
    }

    /** The agreement, if the caller sees it under {@link #checkVisible}. */
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

    /**
     * The version history for a module that already decided the caller may see it, e.g. because a task
     * on the agreement is offered to them (a reviewing agency takes no part in the agreement).
     */
    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(AgreementId id) {
        return repository.versions(id);
    }

    /**
     * Several agreements at once, for a module that already decided the caller may see them, e.g. the
     * agreements of the tasks on one page of a task list.
     */
    @Transactional(readOnly = true)
    public Map<AgreementId, Agreement> all(Collection<AgreementId> ids) {
        return repository.findAll(ids).stream().collect(Collectors.toMap(Agreement::id, agreement -> agreement));
    }

    /**
     * The ids of the agreements whose title contains the text, newest first; a search that then narrows
     * to what the caller may see (e.g. their tasks).
     */
    @Transactional(readOnly = true)
    public List<AgreementId> titled(String text, int limit) {
        return repository.titled(text, limit);
    }

    /**
     * What the search finds among the agreements the caller sees, one page of it with where each stands, and how
     * many it finds in all.
     */
    @Transactional(readOnly = true)
    public AgreementResults search(AgreementSearch search, Caller caller) {
        Instant now = clock.instant();
        // The API's days are UTC days, as all its times are.
        AgreementRepository.Page page = repository.search(search, caller.isAdministrator(), caller.governments(), now,
                ZoneOffset.UTC);
        return new AgreementResults(page.total(), page.agreements().stream().map(found -> standing(found, now)).toList());
    }

    /**
     * The board's view of a search among the agreements the caller sees: one page of it, and, counted in one pass
     * over what it finds whatever statuses and stages it asks for, how many are in each stage (and so how many it
     * finds in all) and per week over the last weeks how many were proposed, approved and ended.
     *
     * @param days the zone of the board's readers, whose days the search's periods are and whose calendar weeks
     *             (from Monday) the counts are per
     */
    @Transactional(readOnly = true)
    public AgreementOverview overview(AgreementSearch search, int weeks, ZoneId days, Caller caller) {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, days).with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        AgreementRepository.Counts counts = repository.counts(search, caller.isAdministrator(), caller.governments(),
                now, monday, days);
        Map<AgreementStage, Long> stages = new EnumMap<>(AgreementStage.class);
        counts.byStatus().forEach((status, count) -> stages.merge(AgreementStage.of(status), count, Long::sum));
        long total = search.admitsNothing() ? 0 : counts.byStatus().entrySet().stream()
                .filter(status -> search.admittedStatuses().isEmpty() || search.admittedStatuses().contains(status.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        List<AgreementStanding> page = repository.page(search, caller.isAdministrator(), caller.governments(), now, days)
                .stream().map(found -> standing(found, now)).toList();
        return new AgreementOverview(new AgreementResults(total, page), stages, counts.throughput());
    }

    /**
     * Work on the agreement was given to these candidate groups (a task offered to them, a settlement naming them
     * its arbitrators): the governments among them that take no part in it are agencies working on it (reviewing,
     * funding, arbitrating) and see it from now on.
     */
    @Transactional
    public void involve(AgreementId id, Collection<String> candidateGroups) {
        repository.find(id).ifPresent(agreement -> {
            Set<String> parties = agreement.current().content().participants().stream().map(GovernmentCode::value)
                    .collect(Collectors.toCollection(HashSet::new));
            parties.add(agreement.initiator().value());
            for (String group : candidateGroups) {
                int dot = group.indexOf('.');
                if (dot > 0 && !parties.contains(group.substring(0, dot))) {
                    repository.involve(id, group.substring(0, dot), group.substring(dot + 1), clock.instant());
                }
            }
        });
    }

    /**
     * The one rule of who sees an agreement, its versions and audit log (docs/security.md): a platform
     * administrator sees all; staff see their governments' agreements, as initiator or participant, and those
     * their agency reviews, funds or arbitrates from the moment a task on it was offered to the agency. Others get
     * the same "not found" as for an agreement that does not exist.
     */
    @Transactional(readOnly = true)
    public boolean isVisible(AgreementId id, Caller caller) {
        return caller.isAdministrator() || repository.visible(id, caller.governments());
    }

    /** Fails with "not found" unless the caller sees the agreement, by {@link #isVisible}. */
    @Transactional(readOnly = true)
    public void checkVisible(AgreementId id, Caller caller) {
        if (!isVisible(id, caller)) {
            throw notFound(id);
        }
    }

    private AgreementStanding standing(AgreementRepository.Found found, Instant now) {
        AgreementStatus status = found.agreement().status();
        Optional<Duration> level = serviceLevels.of(status);
        Instant due = level.map(found.statusSince()::plus).orElse(null);
        return new AgreementStanding(found.agreement(), AgreementStage.of(status), found.statusSince(),
                found.approvedAt(), level.orElse(null), due, due != null && due.isBefore(now));
    }

    private static NotFoundException notFound(AgreementId id) {
        return new NotFoundException("No agreement " + id + " is visible to you");
    }
}
