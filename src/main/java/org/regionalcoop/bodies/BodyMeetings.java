package org.regionalcoop.bodies;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.GoverningBody;
import org.regionalcoop.agreements.MeetingSchedule;
import org.regionalcoop.bodies.internal.MeetingRepository;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.DisplayZone;
import org.regionalcoop.kernel.ForbiddenException;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.kernel.PaidIn;
import org.regionalcoop.kernel.TextRules;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.organizations.Role;
import org.regionalcoop.organizations.RoleAssignment;
import org.regionalcoop.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The meetings of an agreement's governing bodies: scheduled one after another by the body's schedule within the
 * term, each hosted by the member the body's rotation gives it; the host convenes it, records its minutes and
 * decisions, and records what it cost. Every step is announced as an event.
 */
@Service
public class BodyMeetings {

    private final MeetingRepository repository;
    private final Agreements agreements;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DisplayZone zone;

    BodyMeetings(MeetingRepository repository, Agreements agreements, ApplicationEventPublisher events, Clock clock,
                 DisplayZone zone) {
        this.repository = repository;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** The bodies of the agreement that meet on a schedule, each of which holds its meetings in a process. */
    @Transactional(readOnly = true)
    public List<String> scheduledBodies(AgreementId agreementId) {
        return agreements.current(agreementId).current().content().bodies().stream()
                .filter(body -> body.meetings() != null).map(GoverningBody::key).toList();
    }

    /**
     * Puts the body's next meeting on record: the one after its last, or, for its first, the first on its schedule
     * not already past when the agreement came into force. None when the schedule runs beyond the term.
     */
    @Transactional
    public Optional<Meeting> scheduleNext(AgreementId agreementId, String bodyKey) {
        AgreementContent content = agreements.current(agreementId).current().content();
        GoverningBody body = body(content, agreementId, bodyKey);
        MeetingSchedule schedule = body.meetings();
        int number = repository.lastNumber(agreementId.value(), bodyKey) + 1;
        if (number == 1) {
            LocalDate today = zone.today(clock);
            while (schedule.dateOf(number).isBefore(today) && !schedule.dateOf(number).isAfter(content.term().end())) {
                number++;
            }
        }
        LocalDate date = schedule.dateOf(number);
        if (date.isAfter(content.term().end())) {
            return Optional.empty();
        }
        MeetingId id = MeetingId.random();
        Instant now = clock.instant();
        GovernmentCode host = body.hostOf(number);
        repository.insert(id, agreementId.value(), bodyKey, number, date, host, now);
        events.publishEvent(new MeetingScheduled(agreementId.value(), id, bodyKey, number, date, host, now));
        return repository.find(id);
    }

    /** The host convened the meeting for a date, at a venue, with an agenda. */
    @Transactional
    public void convene(MeetingId id, LocalDate heldOn, String venue, String agenda, String convenedBy) {
        Meeting meeting = meeting(id);
        Instant now = clock.instant();
        if (!repository.convene(id, heldOn, venue, agenda, convenedBy, now)) {
            throw new IllegalStateException("Meeting " + id + " is " + meeting.status().key() + ", not scheduled");
        }
        events.publishEvent(new MeetingConvened(meeting.agreementId(), id, meeting.body(), meeting.number(),
                meeting.host(), heldOn, venue, agenda, convenedBy, now));
    }

    /** The meeting was held: the host recorded its minutes and the decisions taken, one per line. */
    @Transactional
    public void recordMinutes(MeetingId id, String minutes, String decisions, String recordedBy) {
        Meeting meeting = meeting(id);
        List<String> taken = decisions == null ? List.of()
                : decisions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Instant now = clock.instant();
        if (!repository.recordMinutes(id, minutes, taken, recordedBy, now)) {
            throw new IllegalStateException("Meeting " + id + " is " + meeting.status().key() + ", not convened");
        }
        events.publishEvent(new MinutesRecorded(meeting.agreementId(), id, meeting.body(), meeting.number(),
                meeting.host(), minutes, taken, recordedBy, now));
    }

    /** Reminds the host of a step of the meeting it has not taken. */
    @Transactional
    public void remindHost(MeetingId id, HostReminded.Step step) {
        Meeting meeting = meeting(id);
        events.publishEvent(new HostReminded(meeting.agreementId(), id, meeting.body(), meeting.number(), meeting.host(),
                step, clock.instant()));
    }

    /** The agreement left force: the body's meetings not yet held are called off. */
    @Transactional
    public void cancelOpenMeetings(AgreementId agreementId, String bodyKey) {
        Instant now = clock.instant();
        for (Meeting meeting : repository.cancelOpen(agreementId.value(), bodyKey)) {
            events.publishEvent(new MeetingCancelled(meeting.agreementId(), meeting.id(), meeting.body(),
                    meeting.number(), meeting.host(), now));
        }
    }

    /**
     * The host's coordinator or finance officer records a cost the host bore for a meeting it convened; refused,
     * naming every bad field, before it is convened. Shared in settlement when the body shares its meeting costs. A
     * cost paid in another currency than the agreement's ({@code paidIn}) counts for its conversion at the rate the
     * parties agreed (half up, to the settlement currency's minor unit), and what was paid is kept beside it.
     */
    @Transactional
    public MeetingCost recordCost(MeetingId id, Money amount, PaidIn paidIn, String description, Caller caller) {
        Meeting meeting = get(id, caller);
        if (!mayRecordCosts(meeting, caller)) {
            throw new ForbiddenException("Only the host's coordinators and finance officers record its meeting costs");
        }
        List<Violation> violations = new ArrayList<>();
        if (meeting.status() != MeetingStatus.CONVENED && meeting.status() != MeetingStatus.HELD) {
            violations.add(new Violation("meeting", "the meeting is " + meeting.status().key()
                    + "; costs are recorded once its host convened it"));
        }
        CurrencyCode settlement = agreements.current(new AgreementId(meeting.agreementId())).current().content()
                .settlementCurrency();
        if (amount == null || amount.yuan().signum() <= 0) {
            violations.add(new Violation("amount", "must be a positive amount"));
        } else {
            paidIn.currencyOr(settlement).problemWith(amount)
                    .ifPresent(problem -> violations.add(new Violation("amount", problem)));
        }
        if (description == null || description.isBlank()) {
            violations.add(new Violation("description", "is required"));
        } else if (description.length() > TextRules.DESCRIPTION) {
            violations.add(new Violation("description", "is longer than " + TextRules.DESCRIPTION + " characters"));
        }
        violations.addAll(paidIn.problems(violations.isEmpty() ? amount : null, settlement,
                zone.today(clock)));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Money counted = paidIn.counted(amount, settlement);
        OriginalAmount original = paidIn.original(amount, settlement);
        AgreementId agreementId = new AgreementId(meeting.agreementId());
        boolean shared = body(agreements.current(agreementId).current().content(), agreementId, meeting.body())
                .sharesMeetingCosts();
        UUID costId = UUID.randomUUID();
        Instant now = clock.instant();
        String text = description.strip();
        repository.addCost(id, costId, counted, original, text, shared, caller.userId(), now);
        events.publishEvent(new MeetingCostsRecorded(meeting.agreementId(), id, costId, meeting.body(), meeting.number(),
                meeting.host(), counted, original, text, shared, caller.userId(), now));
        return new MeetingCost(costId, counted, original, text, shared, caller.userId(), now);
    }

    /** The agreement's meetings, body by body in order, if the caller may see the agreement. */
    @Transactional(readOnly = true)
    public List<Meeting> ofAgreement(AgreementId agreementId, Caller caller) {
        agreements.get(agreementId, caller);
        return repository.ofAgreement(agreementId.value());
    }

    /** A meeting, if the caller may see its agreement; otherwise it is not there. */
    @Transactional(readOnly = true)
    public Meeting get(MeetingId id, Caller caller) {
        Meeting meeting = meeting(id);
        try {
            agreements.get(new AgreementId(meeting.agreementId()), caller);
        } catch (NotFoundException hidden) {
            throw new NotFoundException("No meeting " + id);
        }
        return meeting;
    }

    /** The meeting as on record, for the process that holds it. */
    @Transactional(readOnly = true)
    public Meeting meeting(MeetingId id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("No meeting " + id));
    }

    /** The body's name, for the host's task list. */
    @Transactional(readOnly = true)
    public String bodyName(AgreementId agreementId, String bodyKey) {
        return body(agreements.current(agreementId).current().content(), agreementId, bodyKey).name();
    }

    public static boolean mayRecordCosts(Meeting meeting, Caller caller) {
        return caller.hasGroup(new RoleAssignment(meeting.host(), Role.COORDINATOR).candidateGroup())
                || caller.hasGroup(new RoleAssignment(meeting.host(), Role.FINANCE_OFFICER).candidateGroup());
    }

    private static GoverningBody body(AgreementContent content, AgreementId agreementId, String key) {
        return content.body(key).orElseThrow(() -> new IllegalStateException(
                "Agreement " + agreementId + " sets up no body '" + key + "'"));
    }
}
