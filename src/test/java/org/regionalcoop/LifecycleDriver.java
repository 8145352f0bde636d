package org.regionalcoop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementType;
import org.regionalcoop.agreements.Agreements;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CooperationMode;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.audit.AuditEntry;
import org.regionalcoop.audit.AuditTrail;
import org.regionalcoop.consensus.Answer;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.events.EventFlow;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.Grants;
import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportRequest;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.agreements.Term;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives agreements through their processes in-process, as staff would through their tasks: for
 * process tests of the later stages, which need an agreement that got there.
 */
@Component
public class LifecycleDriver {

    /** Sees every agreement: the administrator the tests read state as. */
    public static final Caller ADMINISTRATOR = new Caller("admin", Set.of("camunda-admin"));

    /** How long a wait trusts {@link JobOutcomes} before it asks the engine, for jobs another instance runs. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Agreements agreements;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final JobOutcomes outcomes;
    private final AuditTrail audit;
    private final EventFlow events;
    private final JdbcTemplate jdbc;
    private final ProcessEngine engine;
    private final Grants grants;

    LifecycleDriver(Agreements agreements, TaskService tasks, ManagementService management, HistoryService history,
                    RuntimeService runtime, IdentityService identity, JobOutcomes outcomes, AuditTrail audit,
                    EventFlow events, JdbcTemplate jdbc, ProcessEngine engine, Grants grants) {
        this.agreements = agreements;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
        this.outcomes = outcomes;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.engine = engine;
        this.grants = grants;
    }

    /**
     * A ballot as the consensus module keeps it: the answer that counts, how it came and who gave it, all null while
     * it is unanswered. No API reads a ballot back (the tally counts the answers), hence this one query.
     */
    public record Ballot(Answer answer, AnswerPath path, String answeredBy) {
    }

    public Ballot ballot(BallotKey key) {
        return jdbc.queryForObject("""
                select answer, path, answered_by from ballot where agreement_id = ? and round = ? and participant = ?
                """, (rs, row) -> new Ballot(
                Optional.ofNullable(rs.getString("answer")).map(Answer::valueOf).orElse(null),
                Optional.ofNullable(rs.getString("path")).map(AnswerPath::valueOf).orElse(null),
                rs.getString("answered_by")), key.agreementId().value(), key.round(), key.participant().value());
    }

    /**
     * How many events of this source and id the platform's inbox took in: one once applied (or kept as a late answer),
     * however often it was delivered. No API shows the inbox, hence this one query.
     */
    public int takenIn(String source, String eventId) {
        return jdbc.queryForObject("select count(*) from event_inbox where source = ? and id = ?", Integer.class,
                source, eventId);
    }

    /** Who signed the agreement for the signatory, as its audit trail shows it, oldest first. */
    public List<String> signedBy(AgreementId id, String signatory) {
        return audit(id).stream().filter(entry -> entry.kind().equals("signature") && entry.subject().equals(signatory))
                .map(AuditEntry::decidedBy).toList();
    }

    /** The decisions taken on the agreement, oldest first, as its audit trail shows them. */
    public List<AuditEntry> audit(AgreementId id) {
        return audit.of(id, ADMINISTRATOR);
    }

    /** The types of the events the platform announced about the agreement that contain {@code part}, in their sequence. */
    public List<String> publishedTypes(AgreementId id, String part) {
        return events.of(id).stream().map(EventFlow.Announced::type).filter(type -> type.contains(part)).toList();
    }

    /** An event the platform announced about an agreement: its type and its data as published. */
    public record Published(String type, JsonNode data) {
    }

    /**
     * The events the platform announced about the agreement (or a programme, whose events carry its key in place of
     * an agreement's id), in commit order, with their data: {@link EventFlow} shows that an event was announced, not
     * what it said, hence this one query.
     */
    public List<Published> published(AgreementId id) {
        return jdbc.query("select type, data::text from event_outbox where agreement_id = ? order by position",
                (rs, row) -> new Published(rs.getString(1), json(rs.getString(2))), id.value());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event's data is not JSON: " + text, e);
        }
    }

    /** How many agreements the platform holds, at every stage. */
    public long agreementCount() {
        return agreements.countByStatus().values().stream().mapToLong(Long::longValue).sum();
    }

    /** What was decided in the audit trail's entries of these kinds, oldest first. */
    public List<String> decisions(AgreementId id, String... kinds) {
        List<String> wanted = List.of(kinds);
        return audit(id).stream().filter(entry -> wanted.contains(entry.kind())).map(AuditEntry::decision).toList();
    }

    /**
     * Waits until the engine's job executor has run what a completion or an answer left to it: the steps behind the
     * transaction boundaries of docs/decisions/transaction-boundaries.md. A step that fails ends the wait when its
     * retries are spent (an incident); the test then finds the state it expected missing. It learns of the jobs and
     * their outcomes from {@link JobOutcomes}, not by querying the engine; it asks the engine only when a job has
     * failed (whether it will be retried) or has been silent for a while (a job another instance ran).
     */
    public void awaitContinuations(AgreementId agreement) {
        String prefix = agreement.toString();
        long deadline = System.nanoTime() + PlatformTest.PATIENCE.toNanos();
        boolean askTheEngine = false;
        while (true) {
            long since = outcomes.now();
            List<String> pending = outcomes.unfinished(prefix);
            if (askTheEngine || outcomes.anyFailed(pending)) {
                pending = pendingContinuations(agreement);
                outcomes.settle(prefix, pending);
            }
            if (pending.isEmpty()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Steps of agreement " + agreement + " still waiting for the job executor after "
                        + PlatformTest.PATIENCE + ": jobs " + pending);
            }
            try {
                askTheEngine = !outcomes.awaitAny(pending, since, Duration.ofNanos(Math.min(left, LOOK_AGAIN.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for agreement " + agreement + "'s steps", e);
            }
        }
    }

    public void awaitContinuations(Agreement agreement) {
        awaitContinuations(agreement.id());
    }

    /**
     * Tells the job executor that jobs are due which no transaction created: jobs activated again or given retries.
     * The engine wakes an idle executor for a job it creates, not for these, which it found only at its next look
     * (wait-time 5 s, up to max-wait): a test waited for nothing else.
     */
    public void jobsMadeDue() {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
    }

    /** Read as the engine itself: the test's signed-in member of staff would be bound by the staff's query limit. */
    private List<String> pendingContinuations(AgreementId agreement) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Set<String> instances = instancesOf(agreement);
            return management.createJobQuery().messages().withRetriesLeft().list().stream()
                    .filter(job -> instances.contains(job.getProcessInstanceId()))
                    .map(Job::getId)
                    .toList();
        } finally {
            identity.setAuthentication(caller);
        }
    }

    private Set<String> instancesOf(AgreementId agreement) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(agreement + "%").list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    /** Proposes an agreement among the participants (the first initiates) asking for this much support. */
    public Agreement propose(AgreementType type, String requestedYuan, String... participants) {
        return agreements.propose(new GovernmentCode(participants[0]), content(type, requestedYuan, participants),
                coordinatorOf(participants[0]));
    }

    /** Proposes a framework agreement among the participants (the first initiates) asking for exactly this support. */
    public Agreement proposeAsking(List<SupportRequest> support, String... participants) {
        AgreementContent base = content(AgreementType.FRAMEWORK, "1.00", participants);
        AgreementContent content = new AgreementContent(base.title(), base.fields(), base.participants(),
                base.secretariat(), base.mode(), base.type(), base.term(), base.costShares(), base.benefitSharingRule(),
                base.compensationRule(), base.defectionPenalty(), support);
        return agreements.propose(new GovernmentCode(participants[0]), content, coordinatorOf(participants[0]));
    }

    public static Caller coordinatorOf(String government) {
        return new Caller(government.toLowerCase() + ".coordinator", Set.of(government + ".coordinator"));
    }

    public static AgreementContent content(AgreementType type, String requestedYuan, String... participants) {
        List<GovernmentCode> codes = Arrays.stream(participants).map(GovernmentCode::new).toList();
        BigDecimal each = new BigDecimal(100).divide(new BigDecimal(participants.length), 4, RoundingMode.DOWN);
        BigDecimal first = new BigDecimal(100).subtract(each.multiply(new BigDecimal(participants.length - 1)));
        List<CostShare> shares = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            shares.add(new CostShare(codes.get(i), i == 0 ? first : each));
        }
        return new AgreementContent("Joint " + type + " agreement of " + String.join(", ", participants),
                List.of(CooperationField.TRANSPORT), codes, codes.get(0), CooperationMode.BOTTOM_UP, type,
                new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31)), shares,
                "shared by cost share", "yearly compensation of hosts", Money.of("1000000.00"),
                List.of(new SupportRequest(SupportType.FISCAL_TRANSFER, Money.of(requestedYuan), "transport fund")));
    }

    /** Every participant consents in the current round and every leader signs: the agreement goes to approval. */
    public void reachConsensus(Agreement agreement) {
        String hash = agreements.current(agreement.id()).current().contentHash();
        for (Task ballot : openTasks(agreement, "user_cast_vote")) {
            tasks.complete(ballot.getId(), Map.of("answer", "consent"));
        }
        awaitContinuations(agreement);
        for (Task signature : openTasks(agreement, "user_sign_agreement")) {
            tasks.complete(signature.getId(), Map.of("signedContentHash", hash));
        }
        awaitContinuations(agreement);
    }

    /**
     * The agreement's first participant asks for amendments in the current round (the others consent) and its
     * initiator's coordinators publish {@code content} as the next version, on which a new round opens.
     */
    public void amend(Agreement agreement, AgreementContent content, String reason) {
        List<Task> ballots = openTasks(agreement, "user_cast_vote");
        for (int i = 0; i < ballots.size(); i++) {
            tasks.complete(ballots.get(i).getId(), i == 0 ? Map.of("answer", "amend", "comment", reason)
                    : Map.of("answer", "consent"));
        }
        awaitContinuations(agreement);
        agreements.revise(agreement.id(), content, reason, coordinatorOf(agreement.initiator().value()));
        complete(agreement, "user_revise_agreement", agreement.initiator().value() + ".coordinator",
                Map.of("revisionNote", reason));
    }

    /**
     * Consensus, then the agreement's reviewer of this group (e.g. {@code CN-CCA.reviewer}) approves it: the agreement
     * is approved, its grants still to be decided ({@link #awardGrants(Agreement)}).
     */
    public Agreement approve(Agreement agreement, String reviewerGroup) {
        reachConsensus(agreement);
        complete(agreement, "user_review_agreement", reviewerGroup, Map.of("reviewDecision", "approve"));
        Agreement approved = agreements.current(agreement.id());
        assertThat(approved.status()).as("%s after the review", agreement.id()).isEqualTo(AgreementStatus.APPROVED);
        return approved;
    }

    /**
     * The grant officers award every support item the approved agreement requested in full (monetary items
     * their central share, the others for the agreement's term): the agreement goes into force.
     */
    public void awardGrants(Agreement agreement) {
        Term term = agreements.current(agreement.id()).current().content().term();
        for (Task decision : openTasks(agreement, "user_decide_grant")) {
            Map<String, Object> values = new HashMap<>(Map.of("grantDecision", "award"));
            if (!grants.grant(GrantId.VARIABLE.from(tasks, decision.getId()).get()).monetary()) {
                values.put("validFrom", term.start().toString());
                values.put("validTo", term.end().toString());
                values.put("conditions", "Report on the pilot every year");
            }
            tasks.complete(decision.getId(), values);
        }
        awaitContinuations(agreement);
    }

    /** Completes the agreement's single open task of this kind, which must be offered to this group. */
    public void complete(Agreement agreement, String taskDefinitionKey, String candidateGroup, Map<String, Object> values) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey(taskDefinitionKey).taskCandidateGroup(candidateGroup).list();
        assertThat(open).as("%s tasks for %s", taskDefinitionKey, candidateGroup).hasSize(1);
        tasks.complete(open.get(0).getId(), values);
        awaitContinuations(agreement);
    }

    public List<Task> openTasks(Agreement agreement, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(agreement.id() + "%")
                .taskDefinitionKey(taskDefinitionKey).list();
    }

    /** Fires the agreement's timer job at this activity now, as if its time had come. */
    public void fireTimer(Agreement agreement, String activityId) {
        List<Job> jobs = management.createJobQuery().activityId(activityId).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() != null && isOf(agreement, job.getProcessInstanceId()))
                .toList();
        assertThat(jobs).as("timer %s of %s", activityId, agreement.id()).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    /** The end events the agreement's instances of this process reached. */
    public List<String> endEvents(Agreement agreement, String processKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(agreement.id().toString()).list().stream()
                .flatMap(instance -> history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                        .activityType("noneEndEvent").finished().list().stream())
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private boolean isOf(Agreement agreement, String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .processInstanceBusinessKeyLike(agreement.id() + "%").count() == 1;
    }
}
