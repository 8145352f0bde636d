package org.regionalcoop.tasks;

import org.regionalcoop.agreements.OpenSteps;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine has open on each of a few agreements, for the agreement board: the earliest due date of their
 * open tasks and how many incidents stop their processes. Read in one statement per page: the deadlines from the
 * task lists' projection ({@link OpenTasks}, one row per task in the administrators' audience), the incidents from
 * the engine's runtime tables, whose business keys name the agreement ({@code <agreement id>[:…]}); the caller has
 * already decided who may see these agreements. Also which steps are open on an agreement, from the same rows.
 */
@Service
public class AgreementWork implements OpenSteps {

    /** The next deadline (null when no open task has one) and the open incidents of an agreement. */
    public record Open(Instant nextDeadline, long incidents) {

        public static final Open NOTHING = new Open(null, 0);
    }

    private final NamedParameterJdbcTemplate jdbc;

    AgreementWork(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<AgreementId, Open> of(Collection<AgreementId> agreements) {
        Map<AgreementId, Open> open = new HashMap<>();
        if (agreements.isEmpty()) {
            return open;
        }
        List<String> keys = agreements.stream().map(AgreementId::toString).toList();
        jdbc.query("""
                select agreement, min(due) as next_deadline, sum(incidents) as incidents from (
                    select O.agreement_id::text as agreement, nullif(O.due_key, 'infinity') as due, 0 as incidents
                      from open_task O
                     where O.audience = '*' and O.agreement_id in (:agreementIds)
                    union all
                    select substring(E.BUSINESS_KEY_ from 1 for 36), null, 1
                      from ACT_RU_INCIDENT I join ACT_RU_EXECUTION E on E.ID_ = I.PROC_INST_ID_
                     where substring(E.BUSINESS_KEY_ from 1 for 36) in (:agreements)
                ) work group by agreement
                """, Map.of("agreements", keys, "agreementIds", agreements.stream().map(AgreementId::value).toList()), (ResultSet rs) -> {
            Timestamp due = rs.getTimestamp("next_deadline");
            open.put(new AgreementId(UUID.fromString(rs.getString("agreement"))),
                    new Open(due == null ? null : due.toInstant(), rs.getLong("incidents")));
        });
        return open;
    }

    @Override
    public boolean isOpen(AgreementId agreement, String step) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from open_task where agreement_id = :agreement and audience = '*' and task_def_key = :step)
                """, Map.of("agreement", agreement.value(), "step", step), Boolean.class));
    }
}
