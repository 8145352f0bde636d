package org.regionalcoop.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class AuditRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NamedParameterJdbcTemplate jdbc;

    AuditRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEntry entry) {
        jdbc.update("""
                insert into audit_entry (agreement_id, decided_at, decided_by, path, kind, decision, subject, reason,
                                         reason_key, reason_arguments)
                values (:agreementId, :at, :by, :path, :kind, :decision, :subject, :reason,
                        :reasonKey, cast(:reasonArguments as jsonb))
                """, new MapSqlParameterSource().addValue("agreementId", entry.agreementId())
                .addValue("at", Timestamp.from(entry.decidedAt())).addValue("by", entry.decidedBy())
                .addValue("path", entry.path()).addValue("kind", entry.kind()).addValue("decision", entry.decision())
                .addValue("subject", entry.subject()).addValue("reason", entry.reason())
                .addValue("reasonKey", entry.reasonKey()).addValue("reasonArguments", write(entry.reasonArguments())));
    }

    List<AuditEntry> of(UUID agreementId) {
        return jdbc.query("""
                select agreement_id, decided_at, decided_by, path, kind, decision, subject, reason,
                       reason_key, reason_arguments::text as reason_arguments
                  from audit_entry where agreement_id = :id order by decided_at, id
                """, Map.of("id", agreementId), (row, n) -> new AuditEntry(row.getObject("agreement_id", UUID.class),
                row.getTimestamp("decided_at").toInstant(), row.getString("decided_by"), row.getString("path"),
                row.getString("kind"), row.getString("decision"), row.getString("subject"), row.getString("reason"),
                row.getString("reason_key"), read(row.getString("reason_arguments"))));
    }

    private static String write(List<String> arguments) {
        try {
            return JSON.writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit reason arguments are not writable", e);
        }
    }

    private static List<String> read(String json) {
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit reason arguments are not readable", e);
        }
    }
}
