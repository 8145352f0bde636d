package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Balances;
import org.regionalcoop.grants.EntryKind;
import org.regionalcoop.grants.FundsReclaimed;
import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.LedgerEntry;

import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.NotFoundException;
import org.regionalcoop.kernel.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only budget ledger. Every entry is checked and written while its programme's row is locked
 * ({@code SELECT … FOR UPDATE}), so movements of one programme's money are serialized across threads and across
 * application instances sharing the database, and no interleaving can commit more than the budget.
 */
@Repository
public class BudgetLedger {

    /** Who moved money: a member of staff, or the platform for a milestone's disbursement. */
    public record Cause(UUID agreementId, GrantId grantId, UUID projectId, String milestone, String actor, String reason) {
    }

    private static final String BALANCES = """
            select coalesce(sum(amount) filter (where kind = 'award'), 0)
                     - coalesce(sum(amount) filter (where kind = 'reclaim'), 0) as awarded,
                   coalesce(sum(amount) filter (where kind = 'disburse'), 0)
                     - coalesce(sum(amount) filter (where kind = 'reclaim'), 0) as disbursed,
                   coalesce(sum(amount) filter (where kind = 'reclaim'), 0) as reclaimed
              from grant_ledger_entry where programme_id = :programme
            """;

    // An award consumes its item's reservation; an award above it took the difference from the available budget.
    private static final String RESERVED = """
            select coalesce(sum(greatest(held, 0)), 0) from (
                select coalesce(sum(amount) filter (where kind = 'reserve'), 0)
                         - coalesce(sum(amount) filter (where kind in ('award', 'release')), 0) as held
                  from grant_ledger_entry where programme_id = :programme and grant_id is not null
                 group by grant_id) per_grant
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BudgetLedger(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Holds up to {@code wanted} for the item: all of it when the budget allows, else what is still available.
     * Returns what it held, zero when the budget is exhausted (then nothing is written).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Money reserveUpTo(long programmeId, Money wanted, Cause cause) {
        Balances balances = lockedBalances(programmeId);
        Money held = wanted.compareTo(balances.available()) <= 0 ? wanted : balances.available();
        if (held.yuan().signum() > 0) {
            append(programmeId, EntryKind.RESERVE, held, cause);
        }
        return held.yuan().signum() > 0 ? held : Money.ZERO;
    }

    /**
     * Awards {@code amount} for the item out of its reservation, and releases what the reservation held beyond
     * it; an award above the reservation needs the difference available. Refused with the remaining budget
     * named in the field {@code field}, changing nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void award(long programmeId, Money amount, Cause cause, String field) {
        Balances balances = lockedBalances(programmeId);
        BigDecimal held = cause.grantId() == null ? BigDecimal.ZERO : heldFor(programmeId, cause.grantId());
        BigDecimal beyondReservation = amount.yuan().subtract(held);
        if (beyondReservation.compareTo(balances.available().yuan()) > 0) {
            throw new BudgetExceededException(field, amount, new Money(balances.available().yuan().add(held)));
        }
        if (amount.yuan().signum() > 0) {
            append(programmeId, EntryKind.AWARD, amount, cause);
        }
        if (beyondReservation.signum() < 0) {
            append(programmeId, EntryKind.RELEASE, new Money(beyondReservation.negate()), cause);
        }
    }

    /** Gives the item's whole outstanding reservation back to the budget, e.g. on a decline. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseAll(long programmeId, Cause cause) {
        lockedBalances(programmeId);
        BigDecimal held = heldFor(programmeId, cause.grantId());
        if (held.signum() > 0) {
            append(programmeId, EntryKind.RELEASE, new Money(held), cause);
        }
    }

    /** Pays out awarded money of the item; refused when its undisbursed award cannot cover it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void disburse(long programmeId, Money amount, Cause cause) {
        lockedBalances(programmeId);
        Money undisbursed = undisbursed(programmeId, cause.grantId());
        if (amount.compareTo(undisbursed) > 0) {
            throw new IllegalStateException("Cannot disburse " + amount + " yuan of grant " + cause.grantId()
                    + ": only " + undisbursed + " yuan of its award are not yet disbursed");
        }
        append(programmeId, EntryKind.DISBURSE, amount, cause);
    }

    /** Takes disbursed money of the item back into the programme; at most what was disbursed and not reclaimed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reclaim(long programmeId, Money amount, Cause cause) {
        lockedBalances(programmeId);
        Money disbursed = sumFor(programmeId, cause.grantId(), "disburse", List.of("reclaim"));
        if (amount.compareTo(disbursed) > 0) {
            throw new InvalidRequestException(List.of(new Violation("amount",
                    "only " + disbursed + " yuan of this grant are disbursed and not yet reclaimed")));
        }
        append(programmeId, EntryKind.RECLAIM, amount, cause);
    }

    /** What the item's award has not yet paid out (awards − disbursements; reclaims lower both). */
    public Money undisbursed(long programmeId, GrantId grantId) {
        return sumFor(programmeId, grantId, "award", List.of("disburse"));
    }

    Money disbursed(GrantId grantId) {
        BigDecimal sum = jdbc.queryForObject("""
                select coalesce(sum(amount) filter (where kind = 'disburse'), 0)
                         - coalesce(sum(amount) filter (where kind = 'reclaim'), 0)
                  from grant_ledger_entry where grant_id = :grant
                """, Map.of("grant", grantId.value()), BigDecimal.class);
        return new Money(sum);
    }

    public Balances balances(long programmeId) {
        BigDecimal budget = jdbc.queryForObject("select budget from grant_programme where id = :id",
                Map.of("id", programmeId), BigDecimal.class);
        return balances(programmeId, budget);
    }

    public List<LedgerEntry> entries(long programmeId, int limit, int offset) {
        return jdbc.query("""
                select * from grant_ledger_entry where programme_id = :programme order by id limit :limit offset :offset
                """, new MapSqlParameterSource().addValue("programme", programmeId).addValue("limit", limit)
                .addValue("offset", offset), (rs, row) -> entry(rs));
    }

    /**
     * Serialises every movement of one programme's money. "For no key update" conflicts with itself, so two
     * movements never interleave, but not with the key-share locks that inserting a grant item or a ledger
     * entry takes on its programme: with "for update", two approvals that each inserted their items first
     * deadlocked on the programme row (found by the multi-instance run).
     */
    private Balances lockedBalances(long programmeId) {
        List<BigDecimal> budget = jdbc.query("select budget from grant_programme where id = :id for no key update",
                Map.of("id", programmeId), (rs, row) -> rs.getBigDecimal("budget"));
        if (budget.isEmpty()) {
            throw new NotFoundException("No grant programme " + programmeId);
        }
        if (budget.get(0) == null) {
            throw new IllegalStateException("Grant programme " + programmeId + " grants status, not money: it has no ledger");
        }
        return balances(programmeId, budget.get(0));
    }

    private Balances balances(long programmeId, BigDecimal budget) {
        Map<String, Object> params = Map.of("programme", programmeId);
        Map<String, Object> sums = jdbc.queryForMap(BALANCES, params);
        BigDecimal awarded = (BigDecimal) sums.get("awarded");
        BigDecimal disbursed = (BigDecimal) sums.get("disbursed");
        BigDecimal reclaimed = (BigDecimal) sums.get("reclaimed");
        BigDecimal reserved = jdbc.queryForObject(RESERVED, params, BigDecimal.class);
        BigDecimal total = budget == null ? BigDecimal.ZERO : budget;
        return new Balances(programmeId, new Money(total), new Money(reserved), new Money(awarded), new Money(disbursed),
                new Money(reclaimed), new Money(total.subtract(reserved).subtract(awarded)));
    }

    /** What the programme holds for the item: its reservations less what was awarded or released of them. */
    public Money held(long programmeId, GrantId grantId) {
        return new Money(heldFor(programmeId, grantId));
    }

    private BigDecimal heldFor(long programmeId, GrantId grantId) {
        return sumFor(programmeId, grantId, "reserve", List.of("award", "release")).yuan().max(BigDecimal.ZERO);
    }

    /** Σ entries of kind {@code plus} − Σ entries of kinds {@code minus} for one item in one programme. */
    private Money sumFor(long programmeId, GrantId grantId, String plus, List<String> minus) {
        BigDecimal sum = jdbc.queryForObject("""
                select coalesce(sum(amount) filter (where kind = :plus), 0)
                         - coalesce(sum(amount) filter (where kind in (:minus)), 0)
                  from grant_ledger_entry where programme_id = :programme and grant_id = :grant
                """, Map.of("programme", programmeId, "grant", grantId.value(), "plus", plus, "minus", minus),
                BigDecimal.class);
        return new Money(sum);
    }

    private void append(long programmeId, EntryKind kind, Money amount, Cause cause) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into grant_ledger_entry (programme_id, kind, amount, agreement_id, grant_id, project_id, milestone,
                                                actor, reason, recorded_at)
                values (:programme, :kind, :amount, :agreement, :grant, :project, :milestone, :actor, :reason, :at)
                """, new MapSqlParameterSource().addValue("programme", programmeId).addValue("kind", kind.key())
                .addValue("amount", amount.yuan()).addValue("agreement", cause.agreementId())
                .addValue("grant", cause.grantId() == null ? null : cause.grantId().value())
                .addValue("project", cause.projectId()).addValue("milestone", cause.milestone())
                .addValue("actor", cause.actor()).addValue("reason", cause.reason()).addValue("at", Timestamp.from(now)));
        events.publishEvent(switch (kind) {
            case RESERVE -> new FundsReserved(cause.agreementId(), cause.grantId(), programmeId, amount, cause.projectId(),
                    cause.milestone(), cause.reason(), cause.actor(), now);
            case AWARD -> new FundsAwarded(cause.agreementId(), cause.grantId(), programmeId, amount, cause.projectId(),
                    cause.milestone(), cause.reason(), cause.actor(), now);
            case RELEASE -> new FundsReleased(cause.agreementId(), cause.grantId(), programmeId, amount, cause.projectId(),
                    cause.milestone(), cause.reason(), cause.actor(), now);
            case DISBURSE -> new FundsDisbursed(cause.agreementId(), cause.grantId(), programmeId, amount,
                    cause.projectId(), cause.milestone(), cause.reason(), cause.actor(), now);
            case RECLAIM -> new FundsReclaimed(cause.agreementId(), cause.grantId(), programmeId, amount,
                    cause.projectId(), cause.milestone(), cause.reason(), cause.actor(), now);
        });
    }

    private static LedgerEntry entry(ResultSet rs) throws SQLException {
        UUID grant = rs.getObject("grant_id", UUID.class);
        return new LedgerEntry(rs.getLong("id"), rs.getLong("programme_id"), EntryKind.fromKey(rs.getString("kind")),
                new Money(rs.getBigDecimal("amount")), rs.getObject("agreement_id", UUID.class),
                grant == null ? null : new GrantId(grant), rs.getObject("project_id", UUID.class),
                rs.getString("milestone"), rs.getString("actor"), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
