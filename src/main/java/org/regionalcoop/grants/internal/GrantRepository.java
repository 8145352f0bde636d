package org.regionalcoop.grants.internal;

import org.regionalcoop.grants.Grant;
import org.regionalcoop.grants.GrantId;
import org.regionalcoop.grants.GrantStatus;
import org.regionalcoop.grants.Programme;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.agreements.SupportType;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class GrantRepository {

    private final NamedParameterJdbcTemplate jdbc;

    GrantRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Programme> programme(GovernmentCode agency, SupportType type, int year) {
        return jdbc.query("select * from grant_programme where agency = :agency and support_type = :type and year = :year",
                Map.of("agency", agency.value(), "type", type.key(), "year", year), (rs, row) -> programme(rs)).stream().findFirst();
    }

    public Optional<Programme> programme(long id) {
        return jdbc.query("select * from grant_programme where id = :id", Map.of("id", id), (rs, row) -> programme(rs))
                .stream().findFirst();
    }

    public List<Programme> programmes(List<String> agencies, boolean all) {
        return jdbc.query("""
                select * from grant_programme where :all or agency in (:agencies) order by year, agency, support_type
                """, new MapSqlParameterSource().addValue("all", all)
                .addValue("agencies", agencies.isEmpty() ? List.of("") : agencies), (rs, row) -> programme(rs));
    }

    /** The budget years of one agency's programme for a support type, oldest first. */
    public List<Programme> years(GovernmentCode agency, SupportType type) {
        return jdbc.query("select * from grant_programme where agency = :agency and support_type = :type order by year",
                Map.of("agency", agency.value(), "type", type.key()), (rs, row) -> programme(rs));
    }

    /** Opens a budget year; empty when the agency already has one for this support type and year. */
    public Optional<Long> open(GovernmentCode agency, SupportType type, int year, Money budget, String openedBy, Instant at) {
        return jdbc.query("""
                insert into grant_programme (agency, support_type, year, budget, opened_by, opened_at)
                values (:agency, :type, :year, :budget, :by, :at)
                on conflict (agency, support_type, year) do nothing
                returning id
                """, new MapSqlParameterSource().addValue("agency", agency.value()).addValue("type", type.key())
                .addValue("year", year).addValue("budget", budget == null ? null : budget.yuan())
                .addValue("by", openedBy).addValue("at", Timestamp.from(at)), (rs, row) -> rs.getLong("id"))
                .stream().findFirst();
    }

    public void insert(GrantId id, AgreementId agreement, int index, SupportType type, Money requested, String description,
                Long programmeId, GovernmentCode agency) {
        jdbc.update("""
                insert into grant_item (id, agreement_id, item_index, support_type, requested_amount, description,
                                        programme_id, agency, status)
                values (:id, :agreement, :index, :type, :requested, :description, :programme, :agency, :pending)
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("agreement", agreement.value())
                .addValue("index", index).addValue("type", type.key())
                .addValue("requested", requested == null ? null : requested.yuan()).addValue("description", description)
                .addValue("programme", programmeId).addValue("agency", agency.value())
                .addValue("pending", GrantStatus.PENDING.key()));
    }

    public void assessed(GrantId id, boolean eligible, String ineligibleReason, int sharePercent, Money share) {
        jdbc.update("""
                update grant_item set eligible = :eligible, ineligible_reason = :reason, central_share_percent = :percent,
                       share_amount = :share
                 where id = :id
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("eligible", eligible)
                .addValue("reason", ineligibleReason).addValue("percent", sharePercent)
                .addValue("share", share == null ? null : share.yuan()));
    }

    /** Records the decision on a pending item; false when it was no longer pending. */
    public boolean decided(GrantId id, GrantStatus status, Money awarded, LocalDate validFrom, LocalDate validTo,
                    String conditions, String reason, String decidedBy, Instant at) {
        return jdbc.update("""
                update grant_item set status = :status, awarded_amount = :awarded, valid_from = :from, valid_to = :to,
                       conditions = :conditions, reason = :reason, decided_by = :by, decided_at = :at
                 where id = :id and status = :pending
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("status", status.key())
                .addValue("pending", GrantStatus.PENDING.key())
                .addValue("awarded", awarded == null ? null : awarded.yuan())
                .addValue("from", validFrom == null ? null : Date.valueOf(validFrom))
                .addValue("to", validTo == null ? null : Date.valueOf(validTo)).addValue("conditions", conditions)
                .addValue("reason", reason).addValue("by", decidedBy).addValue("at", Timestamp.from(at))) == 1;
    }

    public boolean revoked(GrantId id, String reason, String revokedBy, Instant at) {
        return jdbc.update("""
                update grant_item set status = :revoked, revocation_reason = :reason, revoked_by = :by, revoked_at = :at
                 where id = :id and status in (:awarded)
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("reason", reason)
                .addValue("revoked", GrantStatus.REVOKED.key())
                .addValue("awarded", Keyed.keys(GrantStatus.AWARDED, GrantStatus.PARTLY_AWARDED))
                .addValue("by", revokedBy).addValue("at", Timestamp.from(at))) == 1;
    }

    public Optional<Grant> find(GrantId id) {
        return jdbc.query(SELECT + " where g.id = :id", Map.of("id", id.value()), (rs, row) -> grant(rs)).stream().findFirst();
    }

    public List<Grant> ofAgreement(AgreementId agreement) {
        return jdbc.query(SELECT + " where g.agreement_id = :agreement order by g.item_index",
                Map.of("agreement", agreement.value()), (rs, row) -> grant(rs));
    }

    private static final String SELECT = """
            select g.*, (select coalesce(sum(amount) filter (where kind = 'disburse'), 0)
                                - coalesce(sum(amount) filter (where kind = 'reclaim'), 0)
                           from grant_ledger_entry e where e.grant_id = g.id) as disbursed
              from grant_item g
            """;

    private static Programme programme(ResultSet rs) throws SQLException {
        BigDecimal budget = rs.getBigDecimal("budget");
        return new Programme(rs.getLong("id"), new GovernmentCode(rs.getString("agency")),
                type(rs.getString("support_type")), rs.getInt("year"), Optional.ofNullable(budget).map(Money::new),
                rs.getString("opened_by"), instant(rs, "opened_at"));
    }

    private static Grant grant(ResultSet rs) throws SQLException {
        long programme = rs.getLong("programme_id");
        Long programmeId = rs.wasNull() ? null : programme;
        int percent = rs.getInt("central_share_percent");
        Integer share = rs.wasNull() ? null : percent;
        Object eligible = rs.getObject("eligible");
        SupportType type = type(rs.getString("support_type"));
        return new Grant(new GrantId(rs.getObject("id", UUID.class)),
                new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getInt("item_index"), type,
                money(rs, "requested_amount"), rs.getString("description"), programmeId,
                new GovernmentCode(rs.getString("agency")), (Boolean) eligible, rs.getString("ineligible_reason"),
                share, money(rs, "share_amount"), GrantStatus.fromKey(rs.getString("status")),
                money(rs, "awarded_amount"), type.monetary() ? money(rs, "disbursed") : null,
                date(rs, "valid_from"), date(rs, "valid_to"), rs.getString("conditions"), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("reason"), rs.getString("revoked_by"), instant(rs, "revoked_at"),
                rs.getString("revocation_reason"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new Money(value);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static SupportType type(String key) {
        return SupportType.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
