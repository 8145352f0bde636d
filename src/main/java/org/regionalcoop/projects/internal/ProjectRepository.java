package org.regionalcoop.projects.internal;

import org.regionalcoop.agreements.RunningProjectDecided;
import org.regionalcoop.projects.MilestonePlan;
import org.regionalcoop.projects.ProjectStatus;
import org.regionalcoop.projects.ContributionStatus;
import org.regionalcoop.projects.DefaultStatus;
import org.regionalcoop.projects.MilestoneStatus;
import org.regionalcoop.projects.ProjectDetail;
import org.regionalcoop.projects.ProjectId;
import org.regionalcoop.projects.ProjectSummary;
import org.regionalcoop.projects.Projects;

import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.CostShare;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class ProjectRepository {

    /** A contribution row as the process steps need it, read under a row lock. */
    public record ContributionState(Money amount, Money paid, ContributionStatus status, Instant deadline) {

        public boolean settled() {
            return paid.compareTo(amount) >= 0;
        }

        public Money outstanding() {
            return new Money(amount.yuan().subtract(paid.yuan()).max(BigDecimal.ZERO));
        }
    }

    /** Registered or active: still running in its field, as the partial index {@code project_active_field_idx} says. */
    private static final String RUNNING = Keyed.sqlList(ProjectStatus.REGISTERED, ProjectStatus.ACTIVE);

    private static final RowMapper<ProjectSummary> SUMMARY = (rs, n) -> new ProjectSummary(
            new ProjectId(rs.getObject("id", UUID.class)), rs.getObject("agreement_id", UUID.class), rs.getString("name"),
            rs.getString("lead") == null ? null : new GovernmentCode(rs.getString("lead")),
            CooperationField.valueOf(rs.getString("field")),
            new GovernmentCode(rs.getString("location")), money(rs, "budget"), money(rs, "grant_part"),
            Keyed.fromKey(ProjectStatus.class, rs.getString("status")), rs.getString("registered_by"),
            instant(rs, "registered_at"), rs.getString("lead_body"), money(rs, "fund_part"));

    private final NamedParameterJdbcTemplate jdbc;

    ProjectRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProjectSummary project, List<CostShare> shares, Map<GovernmentCode, Money> contributions,
                List<MilestonePlan> milestones) {
        jdbc.update("""
                insert into project (id, agreement_id, name, lead, lead_body, field, location, budget, grant_part, fund_part,
                                     status, registered_by, registered_at)
                values (:id, :agreement, :name, :lead, :leadBody, :field, :location, :budget, :grantPart, :fundPart,
                        :status, :by, :at)
                """, new MapSqlParameterSource().addValue("id", project.id().value())
                .addValue("agreement", project.agreementId()).addValue("name", project.name())
                .addValue("lead", project.lead() == null ? null : project.lead().value())
                .addValue("leadBody", project.leadBody()).addValue("fundPart", project.fundPart().yuan())
                .addValue("field", project.field().name())
                .addValue("location", project.location().value()).addValue("budget", project.budget().yuan())
                .addValue("grantPart", project.grantPart().yuan()).addValue("status", project.status().key())
                .addValue("by", project.registeredBy()).addValue("at", Timestamp.from(project.registeredAt())));
        for (CostShare share : shares) {
            Money amount = contributions.get(share.participant());
            jdbc.update("""
                    insert into project_contribution (project_id, participant, percent, amount, status)
                    values (:id, :participant, :percent, :amount, :status)
                    """, new MapSqlParameterSource().addValue("id", project.id().value())
                    .addValue("participant", share.participant().value()).addValue("percent", share.percent())
                    .addValue("amount", amount.yuan()).addValue("status", (amount.yuan().signum() == 0 ? ContributionStatus.PAID : ContributionStatus.PENDING).key()));
        }
        for (int i = 0; i < milestones.size(); i++) {
            MilestonePlan milestone = milestones.get(i);
            jdbc.update("""
                    insert into project_milestone (project_id, position, name, due_date, grant_amount, status)
                    values (:id, :position, :name, :due, :amount, :status)
                    """, new MapSqlParameterSource().addValue("id", project.id().value()).addValue("position", i + 1)
                    .addValue("name", milestone.name()).addValue("due", milestone.dueDate())
                    .addValue("amount", milestone.grantAmount().yuan()).addValue("status", MilestoneStatus.PENDING.key()));
        }
    }

    public Optional<ProjectSummary> find(ProjectId id) {
        return jdbc.query("select * from project where id = :id", Map.of("id", id.value()), SUMMARY).stream().findFirst();
    }

    public List<ProjectSummary> ofAgreement(UUID agreementId) {
        return jdbc.query("select * from project where agreement_id = :agreement order by registered_at, id",
                Map.of("agreement", agreementId), SUMMARY);
    }

    /**
     * Projects still registered or running in the field and any of the locations, led by another government or by
     * another body (bodies are keyed per agreement, so a body of another agreement is always another).
     * The statuses are literals, not parameters, so the planner can match the partial index on them.
     */
    public List<ProjectId> activeElsewhere(ProjectId self, UUID agreementId, CooperationField field,
                                           Collection<String> locations, GovernmentCode lead, String leadBody) {
        return jdbc.queryForList("""
                select id from project
                 where status in %s and field = :field and location in (:locations)
                   and (lead is distinct from :lead or lead_body is distinct from :leadBody
                        or lead_body is not null and agreement_id <> :agreement)
                   and id <> :self
                 order by registered_at, id
                """.formatted(RUNNING), new MapSqlParameterSource().addValue("field", field.name()).addValue("locations", locations)
                .addValue("lead", lead == null ? null : lead.value(), Types.VARCHAR)
                .addValue("leadBody", leadBody, Types.VARCHAR).addValue("agreement", agreementId)
                .addValue("self", self.value()), UUID.class)
                .stream().map(ProjectId::new).toList();
    }

    public void updateStatus(ProjectId id, ProjectStatus status, ProjectId mergedInto, String reason, Instant endedAt) {
        jdbc.update("""
                update project set status = :status, merged_into = :mergedInto,
                       resolution_reason = coalesce(:reason, resolution_reason), ended_at = :endedAt
                 where id = :id
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("status", status.key())
                .addValue("mergedInto", mergedInto == null ? null : mergedInto.value()).addValue("reason", reason)
                .addValue("endedAt", endedAt == null ? null : Timestamp.from(endedAt)));
    }

    /** Records the closure's decision on a running project, with its reason. */
    public void closureDecision(ProjectId id, RunningProjectDecided.Decision decision, String reason) {
        jdbc.update("update project set closure_decision = :decision, resolution_reason = :reason where id = :id",
                new MapSqlParameterSource().addValue("id", id.value()).addValue("decision", decision.key())
                        .addValue("reason", reason));
    }

    /** The agreement's projects its closure handed over to the renewal that still run, in the order registered. */
    public List<ProjectSummary> handedOver(UUID agreementId) {
        return jdbc.query("""
                select * from project
                 where agreement_id = :agreement and closure_decision = :handOver and status in %s
                 order by registered_at, id
                """.formatted(RUNNING), Map.of("agreement", agreementId, "handOver", RunningProjectDecided.Decision.HAND_OVER.key()),
                SUMMARY);
    }

    /**
     * The project belongs to the renewal now, in force and with no closure decision of its own yet; it remembers the
     * agreement it was handed over from.
     */
    public void moveTo(ProjectId id, UUID renewalId) {
        jdbc.update("""
                update project set handed_over_from = agreement_id, agreement_id = :renewal, closure_decision = null
                 where id = :id
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("renewal", renewalId));
    }

    /** The agreement the project ran under before it was handed over to its renewal, if it was. */
    public Optional<UUID> handedOverFrom(ProjectId id) {
        return jdbc.queryForList("select handed_over_from from project where id = :id and handed_over_from is not null",
                Map.of("id", id.value()), UUID.class).stream().findFirst();
    }

    /** When the project ended (completed, merged or cancelled), if it has. */
    public Optional<Instant> endedAt(ProjectId id) {
        return jdbc.queryForList("select ended_at from project where id = :id and ended_at is not null",
                Map.of("id", id.value()), Timestamp.class).stream().findFirst().map(Timestamp::toInstant);
    }

    /** Withdraws the contributions not yet paid (still to be called, or called); returns how many. */
    public int withdrawOpenContributions(ProjectId id) {
        return jdbc.update("""
                update project_contribution set status = :withdrawn
                 where project_id = :id and status in (:open)
                """, Map.of("id", id.value(), "withdrawn", ContributionStatus.WITHDRAWN.key(),
                "open", Keyed.keys(ContributionStatus.PENDING, ContributionStatus.REQUESTED)));
    }

    /** How many of the project's contributions are owed and not paid: still to be called, called, or defaulted. */
    public int openContributions(ProjectId id) {
        return jdbc.queryForObject("""
                select count(*) from project_contribution
                 where project_id = :id and amount > 0 and status in (:owed)
                """, Map.of("id", id.value(), "owed", Keyed.keys(ContributionStatus.PENDING, ContributionStatus.REQUESTED,
                ContributionStatus.DEFAULTED)), Integer.class);
    }

    public List<CostShare> costShares(ProjectId id) {
        return jdbc.query("select participant, percent from project_contribution where project_id = :id order by participant",
                Map.of("id", id.value()), (rs, n) -> new CostShare(new GovernmentCode(rs.getString("participant")),
                        plain(rs.getBigDecimal("percent"))));
    }

    /** The participants that owe something, in a stable order. */
    public List<String> contributors(ProjectId id) {
        return jdbc.queryForList("""
                select participant from project_contribution where project_id = :id and amount > 0 order by participant
                """, Map.of("id", id.value()), String.class);
    }

    /**
     * Locks the participant's contribution until the transaction ends: a payment and the process step that
     * calls or defaults it then never pass each other unseen.
     */
    public Optional<ContributionState> lockContribution(ProjectId id, GovernmentCode participant) {
        return jdbc.query("""
                select amount, paid, status, deadline from project_contribution
                 where project_id = :id and participant = :participant for update
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("participant", participant.value()),
                (rs, n) -> new ContributionState(money(rs, "amount"), money(rs, "paid"),
                        Keyed.fromKey(ContributionStatus.class, rs.getString("status")),
                        instant(rs, "deadline"))).stream().findFirst();
    }

    public void requestContribution(ProjectId id, GovernmentCode participant, Instant at, Instant deadline) {
        jdbc.update("""
                update project_contribution set status = :status, requested_at = :at, deadline = :deadline
                 where project_id = :id and participant = :participant
                """, contribution(id, participant).addValue("status", ContributionStatus.REQUESTED.key())
                .addValue("at", Timestamp.from(at)).addValue("deadline", Timestamp.from(deadline)));
    }

    public void contributionStatus(ProjectId id, GovernmentCode participant, ContributionStatus status) {
        jdbc.update("update project_contribution set status = :status where project_id = :id and participant = :participant",
                contribution(id, participant).addValue("status", status.key()));
    }

    /** A payment of amount in the settlement currency; what was paid in another currency, with its rate, beside it. */
    public void addPayment(ProjectId id, GovernmentCode participant, Money amount, OriginalAmount original,
                           Instant paidAt, String reportedBy, boolean afterDefault, Instant at) {
        jdbc.update("""
                insert into project_payment (project_id, participant, amount, paid_at, reported_by, after_default, recorded_at,
                                             original_amount, original_currency, rate, rate_date)
                values (:id, :participant, :amount, :paidAt, :by, :afterDefault, :at,
                        :originalAmount, :originalCurrency, :rate, :rateDate)
                """, contribution(id, participant).addValue("amount", amount.yuan()).addValue("paidAt", Timestamp.from(paidAt))
                .addValue("by", reportedBy).addValue("afterDefault", afterDefault).addValue("at", Timestamp.from(at))
                .addValue("originalAmount", original == null ? null : original.amount().yuan())
                .addValue("originalCurrency", original == null ? null : original.currency().code())
                .addValue("rate", original == null ? null : new BigDecimal(original.rate()))
                .addValue("rateDate", original == null ? null : original.rateDate(), Types.DATE));
        jdbc.update("update project_contribution set paid = paid + :amount where project_id = :id and participant = :participant",
                contribution(id, participant).addValue("amount", amount.yuan()));
    }

    public void insertDefault(ProjectId id, GovernmentCode participant, Money penalty, Instant at) {
        jdbc.update("""
                insert into project_default (project_id, participant, defaulted_at, penalty, status)
                values (:id, :participant, :at, :penalty, :status)
                """, contribution(id, participant).addValue("at", Timestamp.from(at)).addValue("penalty", penalty.yuan())
                .addValue("status", DefaultStatus.REMINDED.key()));
    }

    public Optional<Money> penalty(ProjectId id, GovernmentCode participant) {
        return jdbc.query("select penalty from project_default where project_id = :id and participant = :participant",
                contribution(id, participant), (rs, n) -> money(rs, "penalty")).stream().findFirst();
    }

    public void defaultStatus(ProjectId id, GovernmentCode participant, DefaultStatus status) {
        jdbc.update("update project_default set status = :status where project_id = :id and participant = :participant",
                contribution(id, participant).addValue("status", status.key()));
    }

    public void answerPenalty(ProjectId id, GovernmentCode participant, DefaultStatus status, String reason, String by, Instant at) {
        jdbc.update("""
                update project_default set status = :status, answer_reason = :reason, answered_by = :by, decided_at = :at
                 where project_id = :id and participant = :participant
                """, contribution(id, participant).addValue("status", status.key()).addValue("reason", reason)
                .addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    public void arbitrate(ProjectId id, GovernmentCode participant, DefaultStatus status, String reason, String by, Instant at) {
        jdbc.update("""
                update project_default set status = :status, arbitration_reason = :reason, arbitrated_by = :by,
                       decided_at = :at
                 where project_id = :id and participant = :participant
                """, contribution(id, participant).addValue("status", status.key()).addValue("reason", reason)
                .addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    public List<String> milestoneNames(ProjectId id) {
        return jdbc.queryForList("select name from project_milestone where project_id = :id order by position",
                Map.of("id", id.value()), String.class);
    }

    public List<ProjectDetail.Milestone> milestones(ProjectId id) {
        return jdbc.query("select * from project_milestone where project_id = :id order by position",
                Map.of("id", id.value()), (rs, n) -> new ProjectDetail.Milestone(rs.getString("name"),
                        rs.getObject("due_date", LocalDate.class), money(rs, "grant_amount"),
                        Keyed.fromKey(MilestoneStatus.class, rs.getString("status")), rs.getString("summary"),
                        optionalMoney(rs, "actual_cost"),
                        rs.getString("reported_by"), rs.getString("rejection_reason"), rs.getString("verified_by"),
                        instant(rs, "verified_at")));
    }

    public Optional<ProjectDetail.Milestone> milestone(ProjectId id, String name) {
        return milestones(id).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public void reportMilestone(ProjectId id, String name, String summary, Money actualCost, String by, Instant at) {
        jdbc.update("""
                update project_milestone set status = :status, summary = :summary, actual_cost = :cost,
                       reported_by = :by, reported_at = :at
                 where project_id = :id and name = :name
                """, milestoneKey(id, name).addValue("status", MilestoneStatus.REPORTED.key())
                .addValue("summary", summary).addValue("cost", actualCost.yuan())
                .addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    public void verifyMilestone(ProjectId id, String name, String by, Instant at) {
        jdbc.update("""
                update project_milestone set status = :status, rejection_reason = null, verified_by = :by, verified_at = :at
                 where project_id = :id and name = :name
                """, milestoneKey(id, name).addValue("status", MilestoneStatus.VERIFIED.key()).addValue("by", by)
                .addValue("at", Timestamp.from(at)));
    }

    public void rejectMilestone(ProjectId id, String name, String reason) {
        jdbc.update("update project_milestone set status = :status, rejection_reason = :reason where project_id = :id and name = :name",
                milestoneKey(id, name).addValue("status", MilestoneStatus.REJECTED.key()).addValue("reason", reason));
    }

    public List<ProjectDetail.Contribution> contributions(ProjectId id) {
        return jdbc.query("select * from project_contribution where project_id = :id order by participant",
                Map.of("id", id.value()), (rs, n) -> new ProjectDetail.Contribution(
                        new GovernmentCode(rs.getString("participant")), plain(rs.getBigDecimal("percent")),
                        money(rs, "amount"), money(rs, "paid"), Keyed.fromKey(ContributionStatus.class, rs.getString("status")),
                        instant(rs, "requested_at"),
                        instant(rs, "deadline")));
    }

    public List<ProjectDetail.Default> defaults(ProjectId id) {
        return jdbc.query("select * from project_default where project_id = :id order by defaulted_at, participant",
                Map.of("id", id.value()), (rs, n) -> new ProjectDetail.Default(
                        new GovernmentCode(rs.getString("participant")), instant(rs, "defaulted_at"), money(rs, "penalty"),
                        Keyed.fromKey(DefaultStatus.class, rs.getString("status")), rs.getString("answer_reason"),
                        rs.getString("answered_by"),
                        rs.getString("arbitration_reason"), rs.getString("arbitrated_by"), instant(rs, "decided_at")));
    }

    public Optional<ProjectId> mergedInto(ProjectId id) {
        return jdbc.query("select merged_into from project where id = :id and merged_into is not null",
                Map.of("id", id.value()), (rs, n) -> new ProjectId(rs.getObject(1, UUID.class))).stream().findFirst();
    }

    public Optional<String> resolutionReason(ProjectId id) {
        return jdbc.query("select resolution_reason from project where id = :id and resolution_reason is not null",
                Map.of("id", id.value()), (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    private static MapSqlParameterSource contribution(ProjectId id, GovernmentCode participant) {
        return new MapSqlParameterSource().addValue("id", id.value()).addValue("participant", participant.value());
    }

    private static MapSqlParameterSource milestoneKey(ProjectId id, String name) {
        return new MapSqlParameterSource().addValue("id", id.value()).addValue("name", name);
    }

    /** Without trailing zeros, and never in exponent form ({@code 50}, not {@code 5E+1}). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }

    private static Money optionalMoney(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
