package org.regionalcoop.consensus;

import org.regionalcoop.kernel.FieldRefusedException;
import org.regionalcoop.kernel.AnswerPath;

import org.regionalcoop.consensus.internal.AgreementSigned;
import org.regionalcoop.consensus.internal.BallotRepository;
import org.regionalcoop.consensus.internal.ConsensusSettings;
import org.regionalcoop.consensus.internal.RemindersSent;
import org.regionalcoop.consensus.internal.RoundClosed;
import org.regionalcoop.consensus.internal.RoundOpened;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The consensus module's API: rounds, ballots and signatures. Each change is announced as an event in
 * the same transaction.
 */
@Service
public class Ballots {

    private final BallotRepository repository;
    private final Agreements agreements;
    private final ApplicationEventPublisher events;
    private final ConsensusSettings policy;
    private final Clock clock;

    Ballots(BallotRepository repository, Agreements agreements, ApplicationEventPublisher events,
            ConsensusSettings policy, Clock clock) {
        this.repository = repository;
        this.agreements = agreements;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** Puts the agreement's current version to the participants it asks; returns the new round's number. */
    @Transactional
    public int openRound(AgreementId id, Duration answerWithin) {
        Agreement agreement = agreements.current(id);
        repository.lastRoundVersion(id).filter(last -> last >= agreement.current().number()).ifPresent(last -> {
            throw new IllegalArgumentException("A new round needs a new version: publish the revised agreement "
                    + "(POST /api/agreements/" + id + "/versions) before completing this task; version " + last
                    + " was already put to the participants");
        });
        List<GovernmentCode> participants = agreement.voters();
        Instant now = clock.instant();
        int round = repository.openRound(id, agreement.current().number(), participants, now);
        events.publishEvent(new RoundOpened(id.value(), round, agreement.current().number(),
                participants.stream().map(GovernmentCode::value).toList(), now.plus(answerWithin)));
        // Answers that came in before the round opened count now; their participants get no task.
        for (BallotRepository.EarlyAnswer early : repository.takeEarly(id, round)) {
            if (repository.exists(early.key())) {
                record(early.key(), early.answer(), early.comment(), AnswerPath.EVENT, early.answeredBy());
            }
        }
        return round;
    }

    /**
     * Records a participant's answer if it is the ballot's first; a later one is kept as a late answer
     * and changes nothing. Returns whether this answer counted.
     */
    @Transactional
    public boolean record(BallotKey key, Answer answer, String comment, AnswerPath path, String answeredBy) {
        Instant now = clock.instant();
        if (repository.answer(key, answer, comment, path, answeredBy, now)) {
            events.publishEvent(new VoteRecorded(key.agreementId().value(), key.round(), key.participant().value(),
                    answer, comment, path, answeredBy, now));
            return true;
        }
        repository.recordLateAnswer(key, answer, comment, path, answeredBy, now);
        return false;
    }

    @Transactional(readOnly = true)
    public Tally tally(AgreementId id, int round) {
        return repository.tally(id, round);
    }

    /** The agreement's latest round, if one was ever opened. */
    @Transactional(readOnly = true)
    public OptionalInt latestRound(AgreementId id) {
        return repository.latestRound(id);
    }

    /**
     * Holds an answer from a participant's system that came before its round opened, e.g. right after an
     * amendment was published. Only a participant of the current version may answer a round that is still
     * to come (within the round cap); anything else is not held. Returns whether it was held.
     */
    @Transactional
    public boolean holdEarly(BallotKey key, Answer answer, String comment, String answeredBy) {
        int latest = repository.latestRound(key.agreementId()).orElse(0);
        if (key.round() <= latest || key.round() > policy.maxRounds()) {
            return false;
        }
        Optional<Agreement> agreement = agreements.find(key.agreementId());
        if (agreement.isEmpty() || !agreement.get().voters().contains(key.participant())) {
            return false;
        }
        repository.holdEarly(key, answer, comment, answeredBy, clock.instant());
        return true;
    }

    @Transactional(readOnly = true)
    public boolean exists(BallotKey key) {
        return repository.exists(key);
    }

    @Transactional(readOnly = true)
    public int lateAnswers(BallotKey key) {
        return repository.lateAnswers(key);
    }

    @Transactional
    public void remindSilent(AgreementId id, int round) {
        Instant now = clock.instant();
        repository.markReminded(id, round, now);
        List<String> silent = repository.tally(id, round).silent().stream().map(GovernmentCode::value).toList();
        events.publishEvent(new RemindersSent(id.value(), round, silent, now));
    }

    @Transactional
    public void closeRound(AgreementId id, int round, RoundOutcome outcome) {
        Instant now = clock.instant();
        repository.closeRound(id, round, outcome, now);
        Tally tally = repository.tally(id, round);
        events.publishEvent(new RoundClosed(id.value(), round, outcome, codes(tally.consenting()),
                codes(tally.declining()), codes(tally.amending()), codes(tally.silent()), now));
    }

    /**
     * Those who did not consent to a specialized agreement that reached consensus drop out (decliners,
     * and the silent when a joint meeting proceeded without them): the platform publishes the version
     * without them, and that is the version the remaining leaders sign.
     */
    @Transactional
    public void dropNonConsenting(AgreementId id, int round) {
        Tally tally = repository.tally(id, round);
        List<GovernmentCode> leaving = new ArrayList<>(tally.declining());
        leaving.addAll(tally.silent());
        if (leaving.isEmpty()) {
            return;
        }
        int version = agreements.withoutParticipants(id, leaving, round).number();
        repository.setSigningVersion(id, round, version);
    }

    /**
     * A leader signs the version the round decided on. They confirm it by its content hash, so nobody
     * signs a text other than the one the participants consented to.
     */
    @Transactional
    public void sign(AgreementId id, int round, GovernmentCode signatory, String signedBy, String signedContentHash,
                     AnswerPath path) {
        int version = repository.signingVersion(id, round);
        String contentHash = contentHash(id, version);
        if (!contentHash.equals(signedContentHash)) {
            throw new FieldRefusedException("signedContentHash", "The signature must confirm version " + version
                    + " by its content hash " + contentHash + ", not '" + signedContentHash + "'");
        }
        Instant now = clock.instant();
        repository.sign(id, version, signatory, signedBy, contentHash, now);
        events.publishEvent(new SignatureRecorded(id.value(), version, signatory.value(), contentHash, signedBy, path, now));
    }

    /** The version the round's leaders sign: the consented one, or the one without those who dropped out. */
    @Transactional(readOnly = true)
    public int signingVersion(AgreementId id, int round) {
        return repository.signingVersion(id, round);
    }

    @Transactional(readOnly = true)
    public boolean hasSigned(AgreementId id, int version, GovernmentCode signatory) {
        return repository.signatories(id, version).contains(signatory.value());
    }

    /** The secretariat's leaders decided at the round's deadline what happens with the silent participants. */
    @Transactional
    public void recordMeetingDecision(AgreementId id, int round, JointMeetingDecided.Decision decision, String minutes,
                                      String decidedBy) {
        events.publishEvent(new JointMeetingDecided(id.value(), round, decision, minutes, decidedBy, clock.instant()));
    }

    /** All consenting leaders have signed: the agreement is signed. */
    @Transactional
    public void completeSigning(AgreementId id, int round) {
        int version = repository.signingVersion(id, round);
        events.publishEvent(new AgreementSigned(id.value(), version, contentHash(id, version),
                repository.signatories(id, version), clock.instant()));
    }

    private String contentHash(AgreementId id, int version) {
        Agreement agreement = agreements.current(id);
        if (agreement.current().number() != version) {
            throw new IllegalStateException("Agreement " + id + " moved on to version " + agreement.current().number()
                    + " while version " + version + " was being signed");
        }
        return agreement.current().contentHash();
    }

    private static List<String> codes(List<GovernmentCode> governments) {
        return governments.stream().map(GovernmentCode::value).toList();
    }
}
