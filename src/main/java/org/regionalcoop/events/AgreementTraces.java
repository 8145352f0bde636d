package org.regionalcoop.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The trace an agreement's latest event was written in, for work that has no request or record to carry one: an
 * engine job (a timer) that fires for the agreement later continues that trace, so what the job publishes joins
 * the agreement's trace instead of starting one of its own (docs/decisions/job-trace-context.md). One indexed read
 * of the outbox row the agreement's events last left; nothing is written for it.
 */
@Component
public class AgreementTraces {

    private final JdbcTemplate jdbc;

    AgreementTraces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The W3C fields ({@code traceparent}, {@code tracestate}) of the agreement's latest event still in the outbox;
     * empty if it has none there (retention removed them) or it was written with tracing off.
     */
    public Map<String, String> latestOf(UUID agreementId) {
        Map<String, String> carrier = new HashMap<>();
        jdbc.query("""
                select traceparent, tracestate from event_outbox where agreement_id = ? order by sequence desc limit 1""",
                row -> {
                    TraceContext trace = new TraceContext(row.getString(1), row.getString(2));
                    for (String field : new String[]{TraceContext.TRACEPARENT, TraceContext.TRACESTATE}) {
                        if (trace.field(field) != null) {
                            carrier.put(field, trace.field(field));
                        }
                    }
                }, agreementId);
        return carrier;
    }
}
