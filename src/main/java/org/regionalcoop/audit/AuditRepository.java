package org.regionalcoop.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class AuditRepository {

    private final NamedParameterJdbcTemplate jdbc;

    AuditRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEntry entry) {
        jdbc.update("""
                insert into audit_entry (agreement_id, decided_at, decided_by, path, kind, decision, subject, reason)
                values (:agreementId, :at, :by, :path, :kind, :decision, :subject, :reason)
                """, new MapSqlParameterSource().addValue("agreementId", entry.agreementId())
                .addValue("at", Timestamp.from(entry.decidedAt())).addValue("by", entry.decidedBy())
                .addValue("path", entry.path()).addValue("kind", entry.kind()).addValue("decision", entry.decision())
                .addValue("subject", entry.subject()).addValue("reason", entry.reason()));
    }

    List<AuditEntry> of(UUID agreementId) {
        return jdbc.query("""
                select agreement_id, decided_at, decided_by, path, kind, decision, subject, reason
                  from audit_entry where agreement_id = :id order by decided_at, id
                """, Map.of("id", agreementId), (row, n) -> new AuditEntry(row.getObject("agreement_id", UUID.class),
                row.getTimestamp("decided_at").toInstant(), row.getString("decided_by"), row.getString("path"),
                row.getString("kind"), row.getString("decision"), row.getString("subject"), row.getString("reason")));
    }
}
