package org.regionalcoop.funds.internal;

import org.regionalcoop.funds.FundAllocated;
import org.regionalcoop.funds.FundContributionPaid;
import org.regionalcoop.funds.FundEntryKind;
import org.regionalcoop.funds.FundReleased;
import org.regionalcoop.funds.FundStatement;
import org.regionalcoop.kernel.InvalidRequestException;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.kernel.Violation;
import org.regionalcoop.organizations.GovernmentCode;
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
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The append-only ledger of the agreements' pooled funds. As the grant programmes' ledger does, it checks and writes
 * every movement while its fund's row is locked, so movements of one fund are serialized across threads and
 * instances and no interleaving holds or allocates more than was paid in.
 */
@Repository
public class FundLedger {

    /** The fund's money as its entries add up. */
    public record Balances(Money paidIn, Money reserved, Money allocated, Money available) {
    }

    private static final String BALANCES = """
            select coalesce(sum(amount) filter (where kind = 'pay-in'), 0) as paid_in,
                   coalesce(sum(amount) filter (where kind = 'allocate'), 0) as allocated
              from fund_ledger_entry where agreement_id = :agreement
            """;

    // What a project's hold still keeps: its reservation less what was allocated or released of it.
    private static final String RESERVED = """
            select coalesce(sum(greatest(held, 0)), 0) from (
                select coalesce(sum(amount) filter (where kind = 'reserve'), 0)
                         - coalesce(sum(amount) filter (where kind in ('allocate', 'release')), 0) as held
                  from fund_ledger_entry where agreement_id = :agreement and project_id is not null
                 group by project_id) per_project
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundLedger(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Books a member's payment in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void payIn(UUID agreementId, GovernmentCode member, Money amount, Instant paidAt, String reportedBy) {
        payIn(agreementId, member, amount, null, paidAt, reportedBy);
    }

    /** Books a member's payment in: amount in the settlement currency, and what was paid in another, if it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void payIn(UUID agreementId, GovernmentCode member, Money amount, OriginalAmount original, Instant paidAt,
                      String reportedBy) {
        lock(agreementId);
        append(agreementId, FundEntryKind.PAY_IN, amount, member, null, reportedBy, null, paidAt, original);
        events.publishEvent(new FundContributionPaid(agreementId, member, amount, paidAt, original));
    }

    /**
     * Holds {@code amount} for the project out of what is available; refused naming {@code field} with what is
     * available, changing nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(UUID agreementId, UUID projectId, Money amount, String actor, String field) {
        Balances balances = lock(agreementId);
        if (amount.compareTo(balances.available()) > 0) {
            throw new InvalidRequestException(List.of(new Violation(field, amount + " yuan is above the "
                    + balances.available() + " yuan the agreement's fund has available")));
        }
        Instant now = append(agreementId, FundEntryKind.RESERVE, amount, null, projectId, actor, null, null, null);
        events.publishEvent(new FundReserved(agreementId, projectId, amount, actor, now));
    }

    /** Allocates to the project what is held for it; returns the amount. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Money allocate(UUID agreementId, UUID projectId, String allocatingBody, String reason, String decidedBy) {
        lock(agreementId);
        Money held = heldFor(agreementId, projectId);
        if (held.yuan().signum() <= 0) {
            throw new IllegalStateException("Nothing of the fund of agreement " + agreementId + " is held for project "
                    + projectId);
        }
        Instant now = append(agreementId, FundEntryKind.ALLOCATE, held, null, projectId, decidedBy, reason, null, null);
        events.publishEvent(new FundAllocated(agreementId, projectId, held, allocatingBody, reason, decidedBy, now));
        return held;
    }

    /** Gives back to the fund whatever is held for the project; nothing when nothing is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID agreementId, UUID projectId, boolean declined, String reason, String actor) {
        if (!exists(agreementId)) {
            return;
        }
        lock(agreementId);
        Money held = heldFor(agreementId, projectId);
        if (held.yuan().signum() > 0) {
            Instant now = append(agreementId, FundEntryKind.RELEASE, held, null, projectId, actor, reason, null, null);
            events.publishEvent(new FundReleased(agreementId, projectId, held, declined, reason, actor, now));
        }
    }

    /**
     * The agreement whose fund the project asked for money: its hold stays in that fund's ledger for good, also when
     * the project moves to the agreement's renewal.
     */
    public Optional<UUID> fundAskedBy(UUID projectId) {
        return jdbc.queryForList("""
                select agreement_id from fund_ledger_entry where project_id = :project and kind = 'reserve'
                 order by id limit 1
                """, Map.of("project", projectId), UUID.class).stream().findFirst();
    }

    public Balances balances(UUID agreementId) {
        Map<String, Object> sums = jdbc.queryForMap(BALANCES, Map.of("agreement", agreementId));
        BigDecimal paidIn = (BigDecimal) sums.get("paid_in");
        BigDecimal allocated = (BigDecimal) sums.get("allocated");
        BigDecimal reserved = jdbc.queryForObject(RESERVED, Map.of("agreement", agreementId), BigDecimal.class);
        return new Balances(new Money(paidIn), new Money(reserved), new Money(allocated),
                new Money(paidIn.subtract(reserved).subtract(allocated)));
    }

    /** What each member paid in, by government code. */
    public Map<String, Money> paidInByMember(UUID agreementId) {
        Map<String, Money> paid = new LinkedHashMap<>();
        jdbc.query("""
                select member, sum(amount) as paid from fund_ledger_entry
                 where agreement_id = :agreement and kind = 'pay-in' group by member order by member
                """, Map.of("agreement", agreementId),
                rs -> {
                    paid.put(rs.getString("member"), new Money(rs.getBigDecimal("paid")));
                });
        return paid;
    }

    public List<FundStatement.Entry> entries(UUID agreementId) {
        return jdbc.query("select * from fund_ledger_entry where agreement_id = :agreement order by id",
                Map.of("agreement", agreementId), (rs, row) -> entry(rs));
    }

    private boolean exists(UUID agreementId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pooled_fund where agreement_id = :agreement)",
                Map.of("agreement", agreementId), Boolean.class));
    }

    /**
     * Opens the fund with its first movement and serializes every movement of its money. "For no key update"
     * conflicts with itself but not with the key-share lock an entry's insert takes on the fund, as in the grant
     * programmes' ledger.
     */
    private Balances lock(UUID agreementId) {
        jdbc.update("insert into pooled_fund (agreement_id, opened_at) values (:agreement, :at) on conflict do nothing",
                new MapSqlParameterSource().addValue("agreement", agreementId)
                        .addValue("at", Timestamp.from(clock.instant())));
        jdbc.queryForObject("select agreement_id from pooled_fund where agreement_id = :agreement for no key update",
                Map.of("agreement", agreementId), UUID.class);
        return balances(agreementId);
    }

    private Money heldFor(UUID agreementId, UUID projectId) {
        BigDecimal held = jdbc.queryForObject("""
                select coalesce(sum(amount) filter (where kind = 'reserve'), 0)
                         - coalesce(sum(amount) filter (where kind in ('allocate', 'release')), 0)
                  from fund_ledger_entry where agreement_id = :agreement and project_id = :project
                """, Map.of("agreement", agreementId, "project", projectId), BigDecimal.class);
        return new Money(held.max(BigDecimal.ZERO));
    }

    private Instant append(UUID agreementId, FundEntryKind kind, Money amount, GovernmentCode member, UUID projectId,
                           String actor, String reason, Instant paidAt, OriginalAmount original) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into fund_ledger_entry (agreement_id, kind, amount, member, project_id, actor, reason, paid_at,
                                               recorded_at, original_amount, original_currency, rate, rate_date)
                values (:agreement, :kind, :amount, :member, :project, :actor, :reason, :paidAt, :at,
                        :originalAmount, :originalCurrency, :rate, :rateDate)
                """, new MapSqlParameterSource().addValue("agreement", agreementId).addValue("kind", kind.key())
                .addValue("amount", amount.yuan()).addValue("member", member == null ? null : member.value())
                .addValue("project", projectId).addValue("actor", actor).addValue("reason", reason)
                .addValue("paidAt", paidAt == null ? null : Timestamp.from(paidAt)).addValue("at", Timestamp.from(now))
                .addValue("originalAmount", original == null ? null : original.amount().yuan())
                .addValue("originalCurrency", original == null ? null : original.currency().code())
                .addValue("rate", original == null ? null : new BigDecimal(original.rate()))
                .addValue("rateDate", original == null ? null : original.rateDate(), Types.DATE));
        return now;
    }

    private static FundStatement.Entry entry(ResultSet rs) throws SQLException {
        String member = rs.getString("member");
        Timestamp paidAt = rs.getTimestamp("paid_at");
        return new FundStatement.Entry(rs.getLong("id"), Keyed.fromKey(FundEntryKind.class, rs.getString("kind")),
                new Money(rs.getBigDecimal("amount")),
                member == null ? null : new GovernmentCode(member), rs.getObject("project_id", UUID.class),
                rs.getString("actor"), rs.getString("reason"), paidAt == null ? null : paidAt.toInstant(),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
