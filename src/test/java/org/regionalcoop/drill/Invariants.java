package org.regionalcoop.drill;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.regionalcoop.local.EmbeddedPostgresServer;
import org.regionalcoop.local.StaffHttp;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What must hold after any fault, checked against the broker, the database and the API once the load is over:
 * <ul>
 *   <li>every agreement's events are complete, gap-free and in order: every event the outbox committed is on
 *   its topic, its sequence numbers run from 1 without a hole, and each topic holds them in rising order. A
 *   record published again after a crash (the same {@code ce_id} twice) is allowed and counted on its own;</li>
 *   <li>the ledger balances: the balances the API reports are what the ledger's movements add up to, no
 *   programme is over-committed, and every awarded item's award is its ledger entry;</li>
 *   <li>no duplicate effects: nothing a redelivered event or a repeated request could do twice was done twice;</li>
 *   <li>no lifecycle is stuck: every running process instance (or one of the instances it called) waits on an
 *   open task, a job, an event subscription or an incident.</li>
 * </ul>
 */
public final class Invariants {

    private static final List<String> OUTBOUND = List.of("coop.agreements.v1", "coop.grants.v1", "coop.projects.v1",
            "coop.settlements.v1", "coop.tasks.v1");
    public static final String JOBS_RUN_TWICE = "job run twice";

    /** Effects a redelivery or a repeated request could duplicate, each counted by a query of the groups found twice. */
    private static final Map<String, String> DUPLICATE_EFFECTS = effects();

    private static Map<String, String> effects() {
        Map<String, String> effects = new LinkedHashMap<>();
        effects.put("agreement proposed twice (same title)", """
                select count(*) from (select 1 from agreement_version where version = 1
                                       group by content ->> 'title' having count(*) > 1) twice""");
        effects.put("vote recorded twice in a round", """
                select count(*) from (select 1 from event_outbox where type = 'consensus.vote-recorded'
                                       group by agreement_id, data ->> 'round', data ->> 'participant'
                                      having count(*) > 1) twice""");
        effects.put("vote taken in after it was recorded", "select count(*) from ballot_late_answer");
        effects.put("signature recorded twice", """
                select count(*) from (select 1 from event_outbox where type = 'consensus.signature-recorded'
                                       group by agreement_id, data ->> 'version', data ->> 'signatory'
                                      having count(*) > 1) twice""");
        effects.put("grant item reserved twice", """
                select count(*) from (select 1 from grant_ledger_entry where kind = 'reserve'
                                       group by grant_id having count(*) > 1) twice""");
        effects.put("grant item awarded twice", """
                select count(*) from (select 1 from grant_ledger_entry where kind = 'award'
                                       group by grant_id having count(*) > 1) twice""");
        effects.put("grant decision announced twice", """
                select count(*) from (select 1 from event_outbox where type in ('grant.awarded', 'grant.declined')
                                       group by data ->> 'grantId' having count(*) > 1) twice""");
        effects.put("settlement proposed twice for a period", """
                select count(*) from (select 1 from settlement group by agreement_id, kind, period_end
                                      having count(*) > 1) twice""");
        effects.put("transfer instructed twice", """
                select count(*) from (select 1 from event_outbox where type = 'settlement.transfer-instructed'
                                       group by data ->> 'transferId' having count(*) > 1) twice""");
        effects.put("decision audited twice", """
                select count(*) from (select 1 from audit_entry group by agreement_id, kind, decision, subject
                                      having count(*) > 1) twice""");
        // A process's job; the engine's history clean-up is one job rescheduled run after run inside its window.
        effects.put(JOBS_RUN_TWICE, """
                select count(*) from (select 1 from act_hi_job_log where job_state_ = 2 and process_instance_id_ is not null
                                       group by job_id_ having count(*) > 1) twice""");
        return effects;
    }

    /** A root process instance none of whose instances (its own, or those it called) waits on anything. */
    private static final String STUCK = """
            with recursive tree (root, instance) as (
                select proc_inst_id_, proc_inst_id_ from act_ru_execution where id_ = proc_inst_id_ and super_exec_ is null
                union all
                select tree.root, called.proc_inst_id_
                  from tree
                  join act_ru_execution caller on caller.proc_inst_id_ = tree.instance
                  join act_ru_execution called on called.super_exec_ = caller.id_ and called.id_ = called.proc_inst_id_)
            select count(distinct root) from tree stuck
             where not exists (
                select 1 from tree waiting
                 where waiting.root = stuck.root
                   and (exists (select 1 from act_ru_task where proc_inst_id_ = waiting.instance)
                        or exists (select 1 from act_ru_job where process_instance_id_ = waiting.instance)
                        or exists (select 1 from act_ru_event_subscr where proc_inst_id_ = waiting.instance)
                        or exists (select 1 from act_ru_incident where proc_inst_id_ = waiting.instance)
                        or exists (select 1 from act_ru_ext_task where proc_inst_id_ = waiting.instance)))
            """;

    /**
     * @param records              outbound records read, republished ones included
     * @param events               distinct events among them (by {@code ce_id})
     * @param republished          records of an event already on its topic: at-least-once publication, allowed
     * @param duplicateSequences   distinct events that share an agreement's sequence number: never allowed
     * @param lost                 events the outbox committed that are not on their topic
     * @param agreementsWithGaps   agreements whose published sequence numbers have a hole
     * @param outOfOrder           events that reached their topic after a later event of the same agreement
     * @param unbalancedProgrammes programmes whose reported balances differ from what their ledger adds up to
     * @param overcommitted        programmes with more reserved and awarded than their budget
     * @param unbalancedGrants     awarded items whose award differs from their ledger's award entries
     * @param duplicateEffects     per effect, how many were done more than once
     * @param jobsPerInstance      jobs run to success per instance (host name)
     * @param stuck                running lifecycles waiting on nothing: no task, job, subscription or incident
     * @param openIncidents        incidents still open
     * @param incidents            incidents ever created
     */
    public record Result(long records, long events, long republished, long duplicateSequences, long lost,
                         long agreementsWithGaps, long outOfOrder, long unbalancedProgrammes, long overcommitted,
                         long unbalancedGrants, Map<String, Long> duplicateEffects, Map<String, Long> jobsPerInstance,
                         long stuck, long openIncidents, long incidents) {

        public long duplicateEffectsTotal() {
            return duplicateEffects.values().stream().mapToLong(Long::longValue).sum();
        }

        public boolean eventsHold() {
            return lost == 0 && duplicateSequences == 0 && agreementsWithGaps == 0 && outOfOrder == 0;
        }

        public boolean ledgerHolds() {
            return unbalancedProgrammes == 0 && overcommitted == 0 && unbalancedGrants == 0;
        }

        public boolean holds() {
            return eventsHold() && ledgerHolds() && duplicateEffectsTotal() == 0 && stuck == 0;
        }

        /** One line per invariant, with what broke it. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(verdict(eventsHold()) + "events complete, gap-free, in order: " + events + " events in " + records
                    + " records (republished " + republished + "), lost " + lost + ", sequence taken twice "
                    + duplicateSequences + ", agreements with gaps " + agreementsWithGaps + ", out of order " + outOfOrder);
            lines.add(verdict(ledgerHolds()) + "ledger balances: programmes out of balance " + unbalancedProgrammes
                    + ", over-committed " + overcommitted + ", awarded items out of balance " + unbalancedGrants);
            lines.add(verdict(duplicateEffectsTotal() == 0) + "no duplicate effects: " + duplicateEffects);
            lines.add(verdict(stuck == 0) + "no lifecycle stuck: " + stuck + " waiting on nothing (open incidents "
                    + openIncidents + ", incidents created " + incidents + ")");
            return lines;
        }

        private static String verdict(boolean holds) {
            return holds ? "holds   " : "BROKEN  ";
        }
    }

    private Invariants() {
    }

    /** Waits until the relay has published every committed event, so the topics can be compared with the outbox. */
    public static void awaitOutboxDrained(String jdbcUrl, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count(jdbcUrl, "select count(*) from event_outbox where published_at is null") > 0) {
            if (System.nanoTime() > deadline) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * @param adminBaseUrl an instance that is up, whose API reports the programmes' balances
     */
    public static Result check(String jdbcUrl, String bootstrapServers, String adminBaseUrl) throws Exception {
        Publication publication = Publication.of(readOutbound(bootstrapServers).values());
        long lost = lost(jdbcUrl, publication.ids());
        Map<String, Long> duplicateEffects = new LinkedHashMap<>();
        for (Map.Entry<String, String> effect : DUPLICATE_EFFECTS.entrySet()) {
            duplicateEffects.put(effect.getKey(), count(jdbcUrl, effect.getValue()));
        }
        Ledger ledger = ledger(jdbcUrl, adminBaseUrl);
        return new Result(publication.records(), publication.ids().size(), publication.republished(),
                publication.duplicateSequences(), lost, publication.agreementsWithGaps(), publication.outOfOrder(),
                ledger.unbalancedProgrammes(), ledger.overcommitted(), ledger.unbalancedGrants(), duplicateEffects,
                jobsPerInstance(jdbcUrl), count(jdbcUrl, STUCK), count(jdbcUrl, "select count(*) from act_ru_incident"),
                count(jdbcUrl, "select count(*) from act_hi_incident"));
    }

    /** One outbound record: its topic (index in {@link #OUTBOUND}), CloudEvents id and the agreement's sequence. */
    record Published(int topic, String id, long sequence) {
    }

    /** What the outbound records show, each agreement's records taken in the order of their topics' partitions. */
    record Publication(long records, Set<String> ids, long republished, long duplicateSequences, long agreementsWithGaps,
                       long outOfOrder) {

        /**
         * A record whose {@code ce_id} was seen before is a republication and is otherwise ignored: a relay that
         * crashed between its send and its commit sends the same events again, after later ones.
         */
        static Publication of(Collection<List<Published>> byAgreement) {
            long records = 0;
            long republished = 0;
            long duplicateSequences = 0;
            long gaps = 0;
            long outOfOrder = 0;
            Set<String> ids = new HashSet<>();
            for (List<Published> agreementEvents : byAgreement) {
                Set<Long> sequences = new HashSet<>();
                Map<Integer, Long> lastPerTopic = new HashMap<>();
                for (Published event : agreementEvents) {
                    records++;
                    if (!ids.add(event.id())) {
                        republished++;
                        continue;
                    }
                    if (!sequences.add(event.sequence())) {
                        duplicateSequences++;
                    }
                    Long last = lastPerTopic.put(event.topic(), event.sequence());
                    if (last != null && last >= event.sequence()) {
                        outOfOrder++;
                    }
                }
                if (sequences.size() != sequences.stream().mapToLong(Long::longValue).max().orElse(0)) {
                    gaps++;
                }
            }
            return new Publication(records, ids, republished, duplicateSequences, gaps, outOfOrder);
        }
    }

    /** Every outbound record by agreement, in the order of its topic's partition. */
    private static Map<String, List<Published>> readOutbound(String bootstrapServers) {
        Map<String, List<Published>> byAgreement = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : OUTBOUND) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    byAgreement.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(new Published(
                            OUTBOUND.indexOf(record.topic()), header(record, "ce_id"),
                            Long.parseLong(header(record, "ce_sequence"))));
                }
            }
        }
        return byAgreement;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long lost(String jdbcUrl, Set<String> published) throws SQLException {
        long lost = 0;
        try (Connection connection = connect(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery("select id from event_outbox")) {
            while (rows.next()) {
                if (!published.contains(rows.getString(1))) {
                    lost++;
                }
            }
        }
        return lost;
    }

    private record Ledger(long unbalancedProgrammes, long overcommitted, long unbalancedGrants) {
    }

    /**
     * The programmes' balances as the API reports them, against the ledger's movements added up here: reserved is
     * what each item's reservations still hold (reserve − award − release, never below zero), awarded and disbursed
     * are net of reclaims, available is the budget less both.
     */
    private static Ledger ledger(String jdbcUrl, String adminBaseUrl) throws SQLException, IOException, InterruptedException {
        Map<Long, BigDecimal[]> fromLedger = new HashMap<>();
        try (Connection connection = connect(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery("""
                     select p.id, p.budget,
                            coalesce((select sum(greatest(held, 0)) from (
                                select coalesce(sum(amount) filter (where kind = 'reserve'), 0)
                                         - coalesce(sum(amount) filter (where kind in ('award', 'release')), 0) as held
                                  from grant_ledger_entry where programme_id = p.id and grant_id is not null
                                 group by grant_id) per_item), 0) as reserved,
                            coalesce((select sum(case kind when 'award' then amount when 'reclaim' then -amount else 0 end)
                                        from grant_ledger_entry where programme_id = p.id), 0) as awarded,
                            coalesce((select sum(case kind when 'disburse' then amount when 'reclaim' then -amount else 0 end)
                                        from grant_ledger_entry where programme_id = p.id), 0) as disbursed
                       from grant_programme p where p.budget is not null""")) {
            while (rows.next()) {
                BigDecimal budget = rows.getBigDecimal("budget");
                BigDecimal reserved = rows.getBigDecimal("reserved");
                BigDecimal awarded = rows.getBigDecimal("awarded");
                fromLedger.put(rows.getLong("id"), new BigDecimal[]{reserved, awarded, rows.getBigDecimal("disbursed"),
                        budget.subtract(reserved).subtract(awarded)});
            }
        }
        StaffHttp administrator = new StaffHttp(adminBaseUrl, "admin", "demo");
        long unbalanced = 0;
        long overcommitted = 0;
        for (Map.Entry<Long, BigDecimal[]> programme : fromLedger.entrySet()) {
            Map<String, Object> reported = administrator.get("/api/grant-programmes/" + programme.getKey() + "/balances");
            BigDecimal[] expected = programme.getValue();
            List<String> names = List.of("reserved", "awarded", "disbursed", "available");
            for (int i = 0; i < names.size(); i++) {
                if (new BigDecimal((String) reported.get(names.get(i))).compareTo(expected[i]) != 0) {
                    unbalanced++;
                    break;
                }
            }
            if (expected[3].signum() < 0 || new BigDecimal((String) reported.get("available")).signum() < 0) {
                overcommitted++;
            }
        }
        long unbalancedGrants = count(jdbcUrl, """
                select count(*) from grant_item g join grant_programme p on p.id = g.programme_id
                 where p.budget is not null and g.status in ('awarded', 'partly-awarded')
                   and g.awarded_amount is distinct from (select sum(amount) from grant_ledger_entry
                                                           where grant_id = g.id and kind = 'award')""");
        return new Ledger(unbalanced, overcommitted, unbalancedGrants);
    }

    private static Map<String, Long> jobsPerInstance(String jdbcUrl) throws SQLException {
        Map<String, Long> jobs = new TreeMap<>();
        try (Connection connection = connect(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery(
                     "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")) {
            while (rows.next()) {
                jobs.put(rows.getString(1), rows.getLong(2));
            }
        }
        return jobs;
    }

    static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = connect(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
    }
}
