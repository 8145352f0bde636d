package org.regionalcoop.settlement.internal;

import org.regionalcoop.settlement.BenefitReport;
import org.regionalcoop.settlement.Settlement;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.organizations.GovernmentCode;
import org.regionalcoop.settlement.ArbitrationOutcome;
import org.regionalcoop.settlement.SettlementAnswer;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.settlement.SettlementId;
import org.regionalcoop.settlement.SettlementKind;
import org.regionalcoop.settlement.SettlementStatus;
import org.regionalcoop.settlement.Settlements;
import org.regionalcoop.settlement.TransferLine;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@Repository
public class SettlementRepository {

    /** A settlement's own columns. */
    public record Row(SettlementId id, UUID agreementId, SettlementKind kind, Instant periodEnd, SettlementStatus status,
               String processInstanceId, String arbitratorGroup, Instant proposedAt, ArbitrationOutcome arbitration,
               String arbitrationReason, String arbitratedBy, Instant arbitratedAt, Instant finalizedAt,
               Instant completedAt) {
    }

    public record TransferRow(UUID id, SettlementId settlementId, UUID agreementId, String payer, String payee, long fen,
                       SettlementStatus status, String processInstanceId, Instant confirmedAt) {
    }

    /** The statuses whose transfers count as settled ({@link SettlementStatus#settled()}), as SQL. */
    private static final String SETTLED = Keyed.sqlList(Arrays.stream(SettlementStatus.values())
            .filter(SettlementStatus::settled).toArray(SettlementStatus[]::new));

    /** The cost item a body's shared meeting costs are settled under, per meeting. */
    static final String MEETING_COSTS = "meeting:";

    private final NamedParameterJdbcTemplate jdbc;

    SettlementRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addProject(UUID agreementId, UUID projectId, Map<String, BigDecimal> shares) {
        shares.forEach((participant, percent) -> jdbc.update("""
                insert into settlement_project (project_id, agreement_id, participant, percent)
                values (:project, :agreement, :participant, :percent)
                on conflict (project_id, agreement_id, participant) do update set percent = excluded.percent
                """, params().addValue("project", projectId).addValue("agreement", agreementId)
                .addValue("participant", participant).addValue("percent", percent)));
    }

    /**
     * A payment no settlement of the closed agreement counted, which the renewal takes over; {@code missedCutOff} is
     * the cut-off it was paid before but reported after, or null when it was paid after the last one.
     */
    record Uncounted(long id, String participant, long fen, Instant paidAt, Instant recordedAt, Instant missedCutOff) {
    }

    /** The last settlement of the closed agreement that settled: its cut-off, and when it counted what it knew of. */
    private record LastSettled(Instant cutOff, Instant countedAt) {
    }

    /**
     * A payment the agreement's last settled settlement did not count: paid before its cut-off but reported after the
     * settlement was calculated, or paid after its cut-off; into a project ({@code projectId}) or into the pooled fund
     * ({@code projectId} null).
     */
    record Late(UUID projectId, String participant, long fen, Instant paidAt, Instant recordedAt) {
    }

    /**
     * The payments the agreement's last settled settlement missed, with its cut-off; settling once more to
     * {@link #settleTo()} counts them all.
     */
    record Missed(Instant cutOff, List<Late> payments) {

        /** The cut-off, or the latest of the payments made after it. */
        Instant settleTo() {
            return payments.stream().map(Late::paidAt).filter(cutOff::isBefore).max(Instant::compareTo).orElse(cutOff);
        }
    }

    /**
     * The renewal takes over the project's shares, and copies of its payments and penalties that no settlement of the
     * closed agreement counted (all of them if it settled none). The last one settled counted what was paid up to its
     * cut-off and heard of before it was calculated: a payment after its cut-off is the renewal's, and so is one
     * reported after it was calculated but paid before its cut-off (it missed the cut-off), which moves to the renewal:
     * left in the closed accounts it would count again if the closed agreement settled once more for the payments into
     * its fund it missed. The closed agreement's settled rows stay as they were settled. Returns the payments taken
     * over.
     */
    List<Uncounted> handOver(UUID closedId, UUID renewalId, UUID projectId) {
        MapSqlParameterSource p = params().addValue("closed", closedId).addValue("renewal", renewalId)
                .addValue("project", projectId);
        jdbc.update("""
                insert into settlement_project (project_id, agreement_id, participant, percent)
                select project_id, :renewal, participant, percent from settlement_project
                 where project_id = :project and agreement_id = :closed
                on conflict (project_id, agreement_id, participant) do nothing
                """, p);
        LastSettled last = lastSettled(closedId).orElse(null);
        List<Uncounted> uncounted = jdbc.query("""
                select id, participant, amount_fen, paid_at, recorded_at from settlement_contribution
                 where agreement_id = :closed and project_id = :project order by id
                """, p, (rs, row) -> {
                    Instant paidAt = instant(rs, "paid_at");
                    Instant recordedAt = instant(rs, "recorded_at");
                    boolean late = last != null && !paidAt.isAfter(last.cutOff()) && recordedAt.isAfter(last.countedAt());
                    return new Uncounted(rs.getLong("id"), rs.getString("participant"), rs.getLong("amount_fen"), paidAt,
                            recordedAt, late ? last.cutOff() : null);
                }).stream().filter(payment -> payment.missedCutOff() != null || last == null
                        || payment.paidAt().isAfter(last.cutOff())).toList();
        for (Uncounted payment : uncounted) {
            if (payment.missedCutOff() != null) {
                // Moved, not copied: paid before the closed agreement's cut-off, it would count again if the closed
                // agreement settled once more for the other payments it missed (missedByLastSettlement).
                jdbc.update("update settlement_contribution set agreement_id = :renewal where id = :id",
                        params().addValue("renewal", renewalId).addValue("id", payment.id()));
            } else {
                insertContribution(renewalId, projectId, payment.participant(), payment.fen(), payment.paidAt(),
                        payment.recordedAt());
            }
        }
        jdbc.update("""
                insert into settlement_penalty (agreement_id, project_id, defaulter, amount_fen, reason, imposed_at)
                select :renewal, project_id, defaulter, amount_fen, reason, imposed_at from settlement_penalty
                 where agreement_id = :closed and project_id = :project and imposed_at > :cutOff
                """, p.addValue("cutOff", last == null ? Timestamp.from(Instant.EPOCH) : Timestamp.from(last.cutOff())));
        return uncounted;
    }

    /** The last settlement of the agreement that settled; one that found nothing to settle counted its facts too. */
    private Optional<LastSettled> lastSettled(UUID agreementId) {
        return jdbc.query("""
                select period_end, proposed_at from settlement
                 where agreement_id = :agreement and status in (:counted)
                 order by proposed_at desc, period_end desc limit 1
                """, params().addValue("agreement", agreementId).addValue("counted", Keyed.keys(SettlementStatus.FINALIZED,
                        SettlementStatus.COMPLETED, SettlementStatus.NOTHING_TO_SETTLE)),
                (rs, row) -> new LastSettled(instant(rs, "period_end"), instant(rs, "proposed_at"))).stream().findFirst();
    }

    /**
     * The payments into the agreement's projects and its fund that are still in its accounts and that its last settled
     * settlement did not count, in the order they were heard of: those paid before its cut-off but reported after it
     * was calculated, and, with {@code afterCutOff}, those paid after its cut-off (a closed agreement that no renewal
     * carries on counts them itself). Payments of a project handed over to another agreement's accounts are that
     * agreement's. Empty when there are none, or when it never settled (its next settlement counts everything).
     */
    Optional<Missed> missedByLastSettlement(UUID agreementId, boolean afterCutOff) {
        return lastSettled(agreementId).flatMap(last -> {
            List<Late> late = jdbc.query("""
                    select c.project_id, c.participant, c.amount_fen, c.paid_at, c.recorded_at
                      from settlement_contribution c
                     where c.agreement_id = :agreement
                       and ((c.paid_at <= :cutOff and c.recorded_at > :countedAt) or (:afterCutOff and c.paid_at > :cutOff))
                       and not exists (select 1 from settlement_project other where other.project_id = c.project_id
                                          and other.agreement_id <> c.agreement_id)
                    union all
                    select null, participant, amount_fen, paid_at, recorded_at from settlement_fund_payment
                     where agreement_id = :agreement
                       and ((paid_at <= :cutOff and recorded_at > :countedAt) or (:afterCutOff and paid_at > :cutOff))
                    order by recorded_at, paid_at
                    """, params().addValue("agreement", agreementId).addValue("cutOff", Timestamp.from(last.cutOff()))
                    .addValue("countedAt", Timestamp.from(last.countedAt())).addValue("afterCutOff", afterCutOff),
                    (rs, row) -> new Late(rs.getObject("project_id", UUID.class), rs.getString("participant"),
                            rs.getLong("amount_fen"), instant(rs, "paid_at"), instant(rs, "recorded_at")));
            return late.isEmpty() ? Optional.empty() : Optional.of(new Missed(last.cutOff(), late));
        });
    }

    /**
     * The latest period end of the agreement's final settlements that no later one superseded, calculated or still
     * open: the moment up to which its closed accounts are (being) settled.
     */
    Optional<Instant> finalCutOff(UUID agreementId) {
        return jdbc.query("""
                select max(period_end) as cut_off from settlement
                 where agreement_id = :agreement and kind = :final and status <> :superseded
                """, params().addValue("agreement", agreementId).addValue("final", SettlementKind.FINAL.key())
                .addValue("superseded", SettlementStatus.SUPERSEDED.key()), (rs, row) -> instant(rs, "cut_off")).stream()
                .filter(Objects::nonNull).findFirst();
    }

    void addMeetingCost(UUID agreementId, UUID costId, UUID meetingId, String host, long fen, Instant recordedAt) {
        jdbc.update("""
                insert into settlement_meeting_cost (cost_id, agreement_id, meeting_id, host, amount_fen, recorded_at)
                values (:cost, :agreement, :meeting, :host, :fen, :at)
                """, params().addValue("cost", costId).addValue("agreement", agreementId).addValue("meeting", meetingId)
                .addValue("host", host).addValue("fen", fen).addValue("at", Timestamp.from(recordedAt)));
    }

    void addContribution(UUID agreementId, UUID projectId, String participant, long fen, Instant paidAt,
                         Instant recordedAt) {
        insertContribution(agreementId, projectId, participant, fen, paidAt, recordedAt);
    }

    private void insertContribution(UUID agreementId, UUID projectId, String participant, long fen, Instant paidAt,
                                    Instant recordedAt) {
        jdbc.update("""
                insert into settlement_contribution (agreement_id, project_id, participant, amount_fen, paid_at,
                                                     recorded_at)
                values (:agreement, :project, :participant, :fen, :at, :recorded)
                """, params().addValue("agreement", agreementId).addValue("project", projectId)
                .addValue("participant", participant).addValue("fen", fen).addValue("at", Timestamp.from(paidAt))
                .addValue("recorded", Timestamp.from(recordedAt)));
    }

    void addFundPayment(UUID agreementId, String participant, long fen, Instant paidAt, Instant recordedAt) {
        jdbc.update("""
                insert into settlement_fund_payment (agreement_id, participant, amount_fen, paid_at, recorded_at)
                values (:agreement, :participant, :fen, :at, :recorded)
                """, params().addValue("agreement", agreementId).addValue("participant", participant)
                .addValue("fen", fen).addValue("at", Timestamp.from(paidAt))
                .addValue("recorded", Timestamp.from(recordedAt)));
    }

    void addPenalty(UUID agreementId, UUID projectId, String defaulter, long fen, String reason, Instant imposedAt) {
        jdbc.update("""
                insert into settlement_penalty (agreement_id, project_id, defaulter, amount_fen, reason, imposed_at)
                values (:agreement, :project, :defaulter, :fen, :reason, :at)
                """, params().addValue("agreement", agreementId).addValue("project", projectId)
                .addValue("defaulter", defaulter).addValue("fen", fen).addValue("reason", reason)
                .addValue("at", Timestamp.from(imposedAt)));
    }

    /** A benefit of fen in the settlement currency; what was received in another currency, with its rate, beside it. */
    public void addBenefit(UUID agreementId, String participant, long fen, OriginalAmount original, LocalDate start,
                           LocalDate end, String description, String reportedBy, Instant at) {
        jdbc.update("""
                insert into settlement_benefit (agreement_id, participant, amount_fen, period_start, period_end,
                                                description, reported_by, reported_at,
                                                original_amount, original_currency, rate, rate_date)
                values (:agreement, :participant, :fen, :start, :end, :description, :by, :at,
                        :originalAmount, :originalCurrency, :rate, :rateDate)
                """, params().addValue("agreement", agreementId).addValue("participant", participant)
                .addValue("fen", fen).addValue("start", start).addValue("end", end).addValue("description", description)
                .addValue("by", reportedBy).addValue("at", Timestamp.from(at))
                .addValue("originalAmount", original == null ? null : original.amount().yuan())
                .addValue("originalCurrency", original == null ? null : original.currency().code())
                .addValue("rate", original == null ? null : new BigDecimal(original.rate()))
                .addValue("rateDate", original == null ? null : original.rateDate(), Types.DATE));
    }

    /** The agreement's benefit reports in the order they were taken in. */
    public List<BenefitReport> benefits(UUID agreementId) {
        return jdbc.query("""
                select participant, amount_fen, period_start, period_end, description, reported_by, reported_at,
                       original_amount, original_currency, rate, rate_date
                from settlement_benefit where agreement_id = :agreement order by reported_at, id
                """, params().addValue("agreement", agreementId), (rs, row) -> new BenefitReport(
                new GovernmentCode(rs.getString("participant")), Fen.money(rs.getLong("amount_fen")),
                rs.getString("original_currency") == null ? null : new OriginalAmount(
                        new Money(rs.getBigDecimal("original_amount")), CurrencyCode.of(rs.getString("original_currency")),
                        rs.getBigDecimal("rate").stripTrailingZeros().toPlainString(),
                        rs.getObject("rate_date", LocalDate.class)),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                rs.getString("description"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()));
    }

    public void addSupport(UUID agreementId, String supporter, String recipient, long fen, LocalDate start, LocalDate end,
                    String description, String recordedBy, Instant at) {
        jdbc.update("""
                insert into settlement_support (agreement_id, supporter, recipient, amount_fen, period_start, period_end,
                                                description, recorded_by, recorded_at)
                values (:agreement, :supporter, :recipient, :fen, :start, :end, :description, :by, :at)
                """, params().addValue("agreement", agreementId).addValue("supporter", supporter)
                .addValue("recipient", recipient).addValue("fen", fen).addValue("start", start).addValue("end", end)
                .addValue("description", description).addValue("by", recordedBy).addValue("at", Timestamp.from(at)));
    }

    /**
     * Everything up to the period end: payments and penalties up to that instant, benefits and support of
     * periods over by then, and the transfers and adjustments of settlements already finalized.
     *
     * @param endDay the day the period end falls on in the governments' calendar: periods (days they reported) that
     *               ended before it are over
     */
    public SettlementFacts facts(UUID agreementId, Instant periodEnd, LocalDate endDay,
                                 Map<String, BigDecimal> costShares, Map<String, BigDecimal> benefitShares,
                                 Map<String, BigDecimal> fundShares) {
        MapSqlParameterSource p = params().addValue("agreement", agreementId).addValue("end", Timestamp.from(periodEnd))
                .addValue("day", endDay);
        Map<String, Map<String, BigDecimal>> projectShares = new LinkedHashMap<>();
        jdbc.query("select project_id, participant, percent from settlement_project where agreement_id = :agreement",
                p, rs -> {
                    projectShares.computeIfAbsent(rs.getString("project_id"), project -> new LinkedHashMap<>())
                            .put(rs.getString("participant"), rs.getBigDecimal("percent"));
                });
        List<SettlementFacts.Contribution> contributions = new ArrayList<>(jdbc.query("""
                select project_id, participant, amount_fen from settlement_contribution
                 where agreement_id = :agreement and paid_at <= :end
                """, p, (rs, row) -> new SettlementFacts.Contribution(rs.getString("project_id"),
                rs.getString("participant"), rs.getLong("amount_fen"))));
        // A shared meeting cost is a cost its host paid for all, shared like a project without shares of its own.
        contributions.addAll(jdbc.query("""
                select meeting_id, host, amount_fen from settlement_meeting_cost
                 where agreement_id = :agreement and recorded_at <= :end
                """, p, (rs, row) -> new SettlementFacts.Contribution(MEETING_COSTS + rs.getString("meeting_id"),
                rs.getString("host"), rs.getLong("amount_fen"))));
        List<SettlementFacts.Benefit> benefits = jdbc.query("""
                select participant, amount_fen from settlement_benefit
                 where agreement_id = :agreement and period_end < :day
                """, p, (rs, row) -> new SettlementFacts.Benefit(rs.getString("participant"), rs.getLong("amount_fen")));
        List<SettlementFacts.Penalty> penalties = jdbc.query("""
                select project_id, defaulter, amount_fen from settlement_penalty
                 where agreement_id = :agreement and imposed_at <= :end
                """, p, (rs, row) -> new SettlementFacts.Penalty(rs.getString("project_id"), rs.getString("defaulter"),
                rs.getLong("amount_fen")));
        List<Flow> support = jdbc.query("""
                select supporter, recipient, amount_fen from settlement_support
                 where agreement_id = :agreement and period_end < :day
                """, p, (rs, row) -> new Flow(rs.getString("supporter"), rs.getString("recipient"), rs.getLong("amount_fen")));
        List<Flow> adjustments = jdbc.query("""
                select a.payer, a.payee, a.amount_fen from settlement_adjustment a join settlement s on s.id = a.settlement_id
                 where s.agreement_id = :agreement and s.status in """ + SETTLED, p, SettlementRepository::flow);
        List<Flow> settled = jdbc.query("""
                select t.payer, t.payee, t.amount_fen from settlement_transfer t join settlement s on s.id = t.settlement_id
                 where s.agreement_id = :agreement and s.status in """ + SETTLED, p, SettlementRepository::flow);
        List<SettlementFacts.FundPayment> fundPayments = jdbc.query("""
                select participant, amount_fen from settlement_fund_payment
                 where agreement_id = :agreement and paid_at <= :end
                """, p, (rs, row) -> new SettlementFacts.FundPayment(rs.getString("participant"), rs.getLong("amount_fen")));
        return new SettlementFacts(costShares, projectShares, contributions, benefits, penalties, support, adjustments,
                settled, benefitShares, fundPayments, fundShares);
    }

    /** Settlements still open for the agreement give way to a newer one; they will not be finalized. */
    public void supersedeOpen(UUID agreementId) {
        jdbc.update("update settlement set status = :superseded where agreement_id = :agreement "
                + "and status in (:proposed, :arbitration)", params().addValue("agreement", agreementId)
                .addValue("superseded", SettlementStatus.SUPERSEDED.key()).addValue("proposed", SettlementStatus.PROPOSED.key())
                .addValue("arbitration", SettlementStatus.ARBITRATION.key()));
    }

    public void insert(Row row) {
        jdbc.update("""
                insert into settlement (id, agreement_id, kind, period_end, status, process_instance_id, arbitrator_group,
                                        proposed_at)
                values (:id, :agreement, :kind, :end, :status, :process, :arbitrator, :at)
                """, params().addValue("id", row.id().value()).addValue("agreement", row.agreementId())
                .addValue("kind", row.kind().key()).addValue("end", Timestamp.from(row.periodEnd()))
                .addValue("status", row.status().key()).addValue("process", row.processInstanceId())
                .addValue("arbitrator", row.arbitratorGroup()).addValue("at", Timestamp.from(row.proposedAt())));
    }

    public Optional<Row> find(SettlementId id) {
        return jdbc.query("select * from settlement where id = :id", params().addValue("id", id.value()),
                SettlementRepository::row).stream().findFirst();
    }

    public List<Row> ofAgreement(UUID agreementId) {
        return jdbc.query("select * from settlement where agreement_id = :agreement order by proposed_at, id",
                params().addValue("agreement", agreementId), SettlementRepository::row);
    }

    public void replacePositions(SettlementId id, List<Position> positions) {
        jdbc.update("delete from settlement_position where settlement_id = :id", params().addValue("id", id.value()));
        for (Position position : positions) {
            jdbc.update("""
                    insert into settlement_position (settlement_id, participant, cost_paid, cost_share, benefit_received,
                                                     benefit_fair, penalties, support, adjustments, settled)
                    values (:id, :participant, :costPaid, :costShare, :benefitReceived, :benefitFair, :penalties,
                            :support, :adjustments, :settled)
                    """, params().addValue("id", id.value()).addValue("participant", position.participant())
                    .addValue("costPaid", position.costPaid()).addValue("costShare", position.costShare())
                    .addValue("benefitReceived", position.benefitReceived()).addValue("benefitFair", position.benefitFair())
                    .addValue("penalties", position.penalties()).addValue("support", position.support())
                    .addValue("adjustments", position.adjustments()).addValue("settled", position.settled()));
        }
    }

    public List<Position> positions(SettlementId id) {
        return jdbc.query("select * from settlement_position where settlement_id = :id order by participant",
                params().addValue("id", id.value()), (rs, row) -> new Position(rs.getString("participant"),
                        rs.getLong("cost_paid"), rs.getLong("cost_share"), rs.getLong("benefit_received"),
                        rs.getLong("benefit_fair"), rs.getLong("penalties"), rs.getLong("support"),
                        rs.getLong("adjustments"), rs.getLong("settled")));
    }

    /** Replaces the proposed transfers; returns them with their new ids, in order. */
    public List<TransferLine> replaceTransfers(SettlementId id, List<Flow> transfers) {
        jdbc.update("delete from settlement_transfer where settlement_id = :id", params().addValue("id", id.value()));
        List<TransferLine> lines = new ArrayList<>();
        for (int seq = 0; seq < transfers.size(); seq++) {
            Flow transfer = transfers.get(seq);
            UUID transferId = UUID.randomUUID();
            jdbc.update("""
                    insert into settlement_transfer (id, settlement_id, seq, payer, payee, amount_fen)
                    values (:transfer, :id, :seq, :payer, :payee, :fen)
                    """, params().addValue("transfer", transferId).addValue("id", id.value()).addValue("seq", seq + 1)
                    .addValue("payer", transfer.payer()).addValue("payee", transfer.payee()).addValue("fen", transfer.fen()));
            lines.add(new TransferLine(transferId, transfer.payer(), transfer.payee(), Fen.money(transfer.fen())));
        }
        return lines;
    }

    public List<Settlement.Transfer> transfers(SettlementId id) {
        return jdbc.query("select * from settlement_transfer where settlement_id = :id order by seq",
                params().addValue("id", id.value()), (rs, row) -> new Settlement.Transfer(rs.getObject("id", UUID.class),
                        rs.getString("payer"), rs.getString("payee"), Fen.money(rs.getLong("amount_fen")),
                        instant(rs, "reminded_at"), rs.getString("confirmed_by"), instant(rs, "confirmed_at")));
    }

    public Optional<TransferRow> transfer(UUID transferId) {
        return jdbc.query("""
                select t.id, t.settlement_id, s.agreement_id, t.payer, t.payee, t.amount_fen, s.status,
                       s.process_instance_id, t.confirmed_at
                  from settlement_transfer t join settlement s on s.id = t.settlement_id where t.id = :id
                """, params().addValue("id", transferId), (rs, row) -> new TransferRow(rs.getObject("id", UUID.class),
                new SettlementId(rs.getObject("settlement_id", UUID.class)), rs.getObject("agreement_id", UUID.class),
                rs.getString("payer"), rs.getString("payee"), rs.getLong("amount_fen"),
                Keyed.fromKey(SettlementStatus.class, rs.getString("status")),
                rs.getString("process_instance_id"), instant(rs, "confirmed_at"))).stream().findFirst();
    }

    /** Returns whether this confirmed it; false when it was confirmed before. */
    public boolean confirmTransfer(UUID transferId, String confirmedBy, Instant at) {
        return jdbc.update("""
                update settlement_transfer set confirmed_by = :by, confirmed_at = :at
                 where id = :id and confirmed_at is null
                """, params().addValue("id", transferId).addValue("by", confirmedBy)
                .addValue("at", Timestamp.from(at))) == 1;
    }

    /** Marks the transfers still unconfirmed as reminded; returns them. */
    public List<UUID> remindUnconfirmed(SettlementId id, Instant at) {
        return jdbc.queryForList("""
                update settlement_transfer set reminded_at = :at
                 where settlement_id = :id and confirmed_at is null returning id
                """, params().addValue("id", id.value()).addValue("at", Timestamp.from(at)), UUID.class);
    }

    public void insertAnswer(SettlementId id, Settlement.Answer answer) {
        jdbc.update("""
                insert into settlement_answer (settlement_id, participant, answer, silent, reason, answered_by, answered_at)
                values (:id, :participant, :answer, :silent, :reason, :by, :at)
                """, params().addValue("id", id.value()).addValue("participant", answer.participant())
                .addValue("answer", answer.answer().key()).addValue("silent", answer.silent()).addValue("reason", answer.reason())
                .addValue("by", answer.answeredBy()).addValue("at", Timestamp.from(answer.answeredAt())));
    }

    public List<Settlement.Answer> answers(SettlementId id) {
        return jdbc.query("select * from settlement_answer where settlement_id = :id order by participant",
                params().addValue("id", id.value()), (rs, row) -> new Settlement.Answer(rs.getString("participant"),
                        Keyed.fromKey(SettlementAnswer.class, rs.getString("answer")), rs.getBoolean("silent"), rs.getString("reason"),
                        rs.getString("answered_by"), instant(rs, "answered_at")));
    }

    public void insertAdjustment(SettlementId id, Settlement.Adjustment adjustment) {
        jdbc.update("""
                insert into settlement_adjustment (settlement_id, payer, payee, amount_fen, reason)
                values (:id, :payer, :payee, :fen, :reason)
                """, params().addValue("id", id.value()).addValue("payer", adjustment.payer())
                .addValue("payee", adjustment.payee()).addValue("fen", Fen.of(adjustment.amount()))
                .addValue("reason", adjustment.reason()));
    }

    public List<Settlement.Adjustment> adjustments(SettlementId id) {
        return jdbc.query("select * from settlement_adjustment where settlement_id = :id order by id",
                params().addValue("id", id.value()), (rs, row) -> new Settlement.Adjustment(rs.getString("payer"),
                        rs.getString("payee"), Fen.money(rs.getLong("amount_fen")), rs.getString("reason")));
    }

    public void recordArbitration(SettlementId id, ArbitrationOutcome decision, String reason, String by, Instant at) {
        jdbc.update("""
                update settlement set arbitration = :decision, arbitration_reason = :reason, arbitrated_by = :by,
                       arbitrated_at = :at where id = :id
                """, params().addValue("id", id.value()).addValue("decision", decision.key()).addValue("reason", reason)
                .addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    public void moveTo(SettlementId id, SettlementStatus status) {
        jdbc.update("update settlement set status = :status where id = :id",
                params().addValue("id", id.value()).addValue("status", status.key()));
    }

    public void finalized(SettlementId id, Instant at) {
        jdbc.update("update settlement set status = :status, finalized_at = :at where id = :id", params()
                .addValue("id", id.value()).addValue("status", SettlementStatus.FINALIZED.key()).addValue("at", Timestamp.from(at)));
    }

    public void completed(SettlementId id, Instant at) {
        jdbc.update("update settlement set status = :status, completed_at = :at where id = :id", params()
                .addValue("id", id.value()).addValue("status", SettlementStatus.COMPLETED.key()).addValue("at", Timestamp.from(at)));
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource();
    }

    private static Flow flow(ResultSet rs, int row) throws SQLException {
        return new Flow(rs.getString("payer"), rs.getString("payee"), rs.getLong("amount_fen"));
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(new SettlementId(rs.getObject("id", UUID.class)), rs.getObject("agreement_id", UUID.class),
                Keyed.fromKey(SettlementKind.class, rs.getString("kind")), instant(rs, "period_end"), Keyed.fromKey(SettlementStatus.class, rs.getString("status")),
                rs.getString("process_instance_id"), rs.getString("arbitrator_group"), instant(rs, "proposed_at"),
                arbitration(rs), rs.getString("arbitration_reason"), rs.getString("arbitrated_by"),
                instant(rs, "arbitrated_at"), instant(rs, "finalized_at"), instant(rs, "completed_at"));
    }

    private static ArbitrationOutcome arbitration(ResultSet rs) throws SQLException {
        String decision = rs.getString("arbitration");
        return decision == null ? null : Keyed.fromKey(ArbitrationOutcome.class, decision);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
