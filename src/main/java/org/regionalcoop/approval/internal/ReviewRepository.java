package org.regionalcoop.approval.internal;

import org.regionalcoop.approval.Escalation;
import org.regionalcoop.approval.ReviewDecision;

import org.regionalcoop.kernel.AgreementId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
public class ReviewRepository {

    private final NamedParameterJdbcTemplate jdbc;

    ReviewRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void route(AgreementId id, int version, List<String> reviewerGroups, Instant at) {
        Integer attempt = jdbc.queryForObject(
                "select coalesce(max(attempt), 0) + 1 from approval_review where agreement_id = :id",
                Map.of("id", id.value()), Integer.class);
        for (int step = 0; step < reviewerGroups.size(); step++) {
            jdbc.update("""
                    insert into approval_review (agreement_id, attempt, step, version, reviewer_group, routed_at)
                    values (:id, :attempt, :step, :version, :group, :at)
                    """, new MapSqlParameterSource().addValue("id", id.value()).addValue("attempt", attempt)
                    .addValue("step", step + 1).addValue("version", version).addValue("group", reviewerGroups.get(step))
                    .addValue("at", Timestamp.from(at)));
        }
    }

    /** The reviewing groups of the latest attempt, in order. */
    public List<String> currentRoute(AgreementId id) {
        return jdbc.queryForList("""
                select reviewer_group from approval_review
                 where agreement_id = :id and attempt = (select max(attempt) from approval_review where agreement_id = :id)
                 order by step
                """, Map.of("id", id.value()), String.class);
    }

    /** Records the decision of the latest attempt's open step for this group; returns the version reviewed. */
    public int decide(AgreementId id, String reviewerGroup, ReviewDecision decision, String conditions, String reason,
               String decidedBy, Instant at) {
        List<Integer> versions = jdbc.queryForList("""
                update approval_review set decision = :decision, conditions = :conditions, reason = :reason,
                       decided_by = :by, decided_at = :at
                 where agreement_id = :id and reviewer_group = :group and decision is null
                   and attempt = (select max(attempt) from approval_review where agreement_id = :id)
                returning version
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("group", reviewerGroup)
                .addValue("decision", decision.name()).addValue("conditions", conditions).addValue("reason", reason)
                .addValue("by", decidedBy).addValue("at", Timestamp.from(at)), Integer.class);
        if (versions.size() != 1) {
            throw new IllegalStateException("No open review of agreement " + id + " for " + reviewerGroup);
        }
        return versions.get(0);
    }

    public void raiseEscalation(AgreementId id, String kind, String subject, String detail, Instant at) {
        jdbc.update("""
                insert into escalation (agreement_id, kind, subject, detail, raised_at)
                values (:id, :kind, :subject, :detail, :at)
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("kind", kind)
                .addValue("subject", subject).addValue("detail", detail).addValue("at", Timestamp.from(at)));
    }

    public List<Escalation> openEscalations() {
        return jdbc.query("""
                select agreement_id, kind, subject, detail, raised_at from escalation
                 where resolved_at is null order by raised_at
                """, Map.of(), (rs, row) -> new Escalation(new AgreementId(rs.getObject("agreement_id", UUID.class)),
                rs.getString("kind"), rs.getString("subject"), rs.getString("detail"),
                rs.getTimestamp("raised_at").toInstant()));
    }

    public void resolveEscalations(AgreementId id, String kind, String subject, Instant at) {
        jdbc.update("""
                update escalation set resolved_at = :at
                 where agreement_id = :id and kind = :kind and subject = :subject and resolved_at is null
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("kind", kind)
                .addValue("subject", subject).addValue("at", Timestamp.from(at)));
    }
}
