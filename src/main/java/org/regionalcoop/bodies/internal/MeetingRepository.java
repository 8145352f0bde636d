package org.regionalcoop.bodies.internal;

import org.regionalcoop.bodies.Meeting;
import org.regionalcoop.bodies.MeetingCost;
import org.regionalcoop.bodies.MeetingId;
import org.regionalcoop.bodies.MeetingStatus;
import org.regionalcoop.kernel.CurrencyCode;
import org.regionalcoop.kernel.Money;
import org.regionalcoop.kernel.OriginalAmount;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The body meetings and their costs; decisions are kept one per line. */
@Repository
public class MeetingRepository {

    private final NamedParameterJdbcTemplate jdbc;

    MeetingRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of the body's last meeting on record, 0 before its first. */
    public int lastNumber(UUID agreementId, String body) {
        Integer last = jdbc.queryForObject("select max(number) from body_meeting where agreement_id = :agreement "
                + "and body_key = :body", new MapSqlParameterSource("agreement", agreementId).addValue("body", body),
                Integer.class);
        return last == null ? 0 : last;
    }

    public void insert(MeetingId id, UUID agreementId, String body, int number, LocalDate scheduledOn,
                       GovernmentCode host, Instant at) {
        jdbc.update("""
                insert into body_meeting (id, agreement_id, body_key, number, scheduled_on, host, status, scheduled_at)
                values (:id, :agreement, :body, :number, :on, :host, :status, :at)
                """, new MapSqlParameterSource("id", id.value()).addValue("agreement", agreementId).addValue("body", body)
                .addValue("number", number).addValue("on", Date.valueOf(scheduledOn)).addValue("host", host.value())
                .addValue("status", MeetingStatus.SCHEDULED.key()).addValue("at", Timestamp.from(at)));
    }

    /** Moves a scheduled meeting to convened; false when it was not scheduled. */
    public boolean convene(MeetingId id, LocalDate heldOn, String venue, String agenda, String by, Instant at) {
        return jdbc.update("""
                update body_meeting set status = :convened, held_on = :on, venue = :venue, agenda = :agenda,
                       convened_by = :by, convened_at = :at
                 where id = :id and status = :scheduled
                """, new MapSqlParameterSource("id", id.value()).addValue("on", Date.valueOf(heldOn))
                .addValue("venue", venue).addValue("agenda", agenda).addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("convened", MeetingStatus.CONVENED.key()).addValue("scheduled", MeetingStatus.SCHEDULED.key())) == 1;
    }

    /** Moves a convened meeting to held; false when it was not convened. */
    public boolean recordMinutes(MeetingId id, String minutes, List<String> decisions, String by, Instant at) {
        return jdbc.update("""
                update body_meeting set status = :held, minutes = :minutes, decisions = :decisions, minutes_by = :by,
                       minutes_at = :at
                 where id = :id and status = :convened
                """, new MapSqlParameterSource("id", id.value()).addValue("minutes", minutes)
                .addValue("decisions", String.join("\n", decisions)).addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("held", MeetingStatus.HELD.key()).addValue("convened", MeetingStatus.CONVENED.key())) == 1;
    }

    /** Calls off the body's meetings not yet held; returns them as they were. */
    public List<Meeting> cancelOpen(UUID agreementId, String body) {
        List<Meeting> open = ofAgreement(agreementId).stream().filter(meeting -> meeting.body().equals(body))
                .filter(meeting -> meeting.status() == MeetingStatus.SCHEDULED || meeting.status() == MeetingStatus.CONVENED)
                .toList();
        open.forEach(meeting -> jdbc.update("update body_meeting set status = :cancelled where id = :id",
                new MapSqlParameterSource("id", meeting.id().value())
                        .addValue("cancelled", MeetingStatus.CANCELLED.key())));
        return open;
    }

    /** A cost of amount in the settlement currency; what was paid in another currency, with its rate, beside it. */
    public void addCost(MeetingId meeting, UUID costId, Money amount, OriginalAmount original, String description,
                        boolean shared, String by, Instant at) {
        jdbc.update("""
                insert into body_meeting_cost (id, meeting_id, amount, description, shared, recorded_by, recorded_at,
                                               original_amount, original_currency, rate, rate_date)
                values (:id, :meeting, :amount, :description, :shared, :by, :at,
                        :originalAmount, :originalCurrency, :rate, :rateDate)
                """, new MapSqlParameterSource("id", costId).addValue("meeting", meeting.value())
                .addValue("amount", amount.yuan()).addValue("description", description).addValue("shared", shared)
                .addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("originalAmount", original == null ? null : original.amount().yuan())
                .addValue("originalCurrency", original == null ? null : original.currency().code())
                .addValue("rate", original == null ? null : new BigDecimal(original.rate()))
                .addValue("rateDate", original == null ? null : original.rateDate(), Types.DATE));
    }

    public Optional<Meeting> find(MeetingId id) {
        return jdbc.query("select * from body_meeting where id = :id", new MapSqlParameterSource("id", id.value()),
                this::meeting).stream().findFirst();
    }

    public List<Meeting> ofAgreement(UUID agreementId) {
        return jdbc.query("select * from body_meeting where agreement_id = :agreement order by body_key, number",
                new MapSqlParameterSource("agreement", agreementId), this::meeting);
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        MeetingId id = new MeetingId(rs.getObject("id", UUID.class));
        Date heldOn = rs.getDate("held_on");
        String decisions = rs.getString("decisions");
        return new Meeting(id, rs.getObject("agreement_id", UUID.class), rs.getString("body_key"), rs.getInt("number"),
                rs.getDate("scheduled_on").toLocalDate(), new GovernmentCode(rs.getString("host")),
                MeetingStatus.fromKey(rs.getString("status")), heldOn == null ? null : heldOn.toLocalDate(),
                rs.getString("venue"), rs.getString("agenda"), rs.getString("minutes"),
                decisions == null || decisions.isEmpty() ? List.of() : Arrays.asList(decisions.split("\n")), costs(id));
    }

    private List<MeetingCost> costs(MeetingId meeting) {
        return jdbc.query("select * from body_meeting_cost where meeting_id = :meeting order by recorded_at, id",
                new MapSqlParameterSource("meeting", meeting.value()), (rs, row) -> new MeetingCost(
                        rs.getObject("id", UUID.class), new Money(rs.getBigDecimal("amount")), original(rs),
                        rs.getString("description"),
                        rs.getBoolean("shared"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()));
    }

    private static OriginalAmount original(ResultSet rs) throws SQLException {
        String currency = rs.getString("original_currency");
        return currency == null ? null : new OriginalAmount(new Money(rs.getBigDecimal("original_amount")),
                CurrencyCode.of(currency), rs.getBigDecimal("rate").stripTrailingZeros().toPlainString(),
                rs.getDate("rate_date").toLocalDate());
    }
}
