package org.regionalcoop.drill;

import org.regionalcoop.local.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fingerprint of everything the platform's events can have changed: every row of the platform's own
 * tables (ballots, late answers, signatures, payments, the ledger, the audit log, the outbox, the inbox,
 * the dead letters) and the engine's process, activity and task history. Taken before and after
 * participants' events are delivered again, the two must be equal: a duplicate that slipped through the
 * inbox would have left a row somewhere.
 */
final class DomainState {

    /** The engine's tables an applied event would add rows to. */
    private static final List<String> ENGINE_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
            "act_ru_execution", "act_ru_task", "act_ru_job");

    private final Map<String, String> fingerprints;
    private final long inboxRows;

    private DomainState(Map<String, String> fingerprints, long inboxRows) {
        this.fingerprints = fingerprints;
        this.inboxRows = inboxRows;
    }

    static DomainState of(String jdbcUrl) throws SQLException {
        Map<String, String> fingerprints = new TreeMap<>();
        long inboxRows;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("""
                    select table_name from information_schema.tables
                     where table_schema = 'public' and table_type = 'BASE TABLE'
                       and table_name not like 'act\\_%' and table_name not like 'flyway\\_%'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                fingerprints.put(table, single(connection, "select count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), ''))"
                        + " from " + table + " t"));
            }
            for (String table : ENGINE_TABLES) {
                fingerprints.put(table, single(connection, "select count(*) from " + table));
            }
            inboxRows = Long.parseLong(single(connection, "select count(*) from event_inbox"));
        }
        return new DomainState(fingerprints, inboxRows);
    }

    long inboxRows() {
        return inboxRows;
    }

    /** The tables whose rows differ from the earlier state's. */
    List<String> changedSince(DomainState earlier) {
        List<String> changed = new ArrayList<>();
        fingerprints.forEach((table, fingerprint) -> {
            if (!Objects.equals(fingerprint, earlier.fingerprints.get(table))) {
                changed.add(table + " (" + countOf(earlier.fingerprints.get(table)) + " → " + countOf(fingerprint) + " rows)");
            }
        });
        return changed;
    }

    private static String countOf(String fingerprint) {
        return fingerprint == null ? "none" : fingerprint.split(":")[0];
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
