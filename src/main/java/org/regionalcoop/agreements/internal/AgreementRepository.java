package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementContent;
import org.regionalcoop.agreements.AgreementSearch;
import org.regionalcoop.agreements.AgreementStage;
import org.regionalcoop.agreements.WeeklyThroughput;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.CooperationField;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.VersionReason;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.agreements.Agreements;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

@Repository
public class AgreementRepository {

    /** An agreement's columns and its current version's, from {@code a} (agreements) joined by {@link #CURRENT_VERSION}. */
    static final String AGREEMENT_COLUMNS = """
            select a.id, a.initiator, a.status, a.proposed_by, a.proposed_at, a.renewal_of, a.status_since, a.approved_at,
                   v.agreement_id, v.version, v.content::text as content, v.content_hash, v.created_by, v.created_at, v.reason,
                   v.reason_key, v.reason_arguments::text as reason_arguments
            """;
    static final String CURRENT_VERSION = """
             join agreement_version v on v.agreement_id = a.id and v.version = a.current_version
            """;
    static final String SELECT_AGREEMENT = AGREEMENT_COLUMNS + " from agreement a" + CURRENT_VERSION;

    /** The key of the agreements read in the current transaction among its resources. */
    private static final Object READ_IN_THIS_TRANSACTION = new Object();

    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementJson json;
    private final ServiceLevels serviceLevels;
    private final StoredContents contents;

    AgreementRepository(NamedParameterJdbcTemplate jdbc, AgreementJson json, ServiceLevels serviceLevels) {
        this.jdbc = jdbc;
        this.json = json;
        this.serviceLevels = serviceLevels;
        this.contents = new StoredContents(json::read);
    }

    public void insert(Agreement agreement) {
        forget(agreement.id());
        AgreementVersion first = agreement.current();
        jdbc.update("""
                insert into agreement (id, initiator, status, current_version, proposed_by, proposed_at, renewal_of,
                                       title, mode, fields, settlement_currency, status_since)
                values (:id, :initiator, :status, :version, :by, :at, :renewalOf, :title, :mode, :fields, :currency, :at)
                """, searchable(first.content(), new MapSqlParameterSource())
                .addValue("renewalOf", agreement.renewalOf().map(AgreementId::value).orElse(null))
                .addValue("id", agreement.id().value())
                .addValue("initiator", agreement.initiator().value())
                .addValue("status", agreement.status().name())
                .addValue("version", first.number())
                .addValue("by", agreement.proposedBy())
                .addValue("at", Timestamp.from(agreement.proposedAt())));
        insertVersion(first);
        replaceParticipants(agreement.id(), first.content().participants());
    }

    /** Makes the version current; the version number's primary key refuses two concurrent revisions. */
    public void addVersion(AgreementVersion version) {
        forget(version.agreementId());
        insertVersion(version);
        jdbc.update("""
                update agreement set current_version = :version, title = :title, mode = :mode, fields = :fields,
                       settlement_currency = :currency
                 where id = :id
                """, searchable(version.content(), new MapSqlParameterSource()
                .addValue("id", version.agreementId().value()).addValue("version", version.number())));
        replaceParticipants(version.agreementId(), version.content().participants());
    }

    /**
     * What the search reads of a version, kept on the agreement so that every filter has its index there, and the
     * currency its amounts are in, for the ledgers that report them beside yuan.
     */
    private static MapSqlParameterSource searchable(AgreementContent content, MapSqlParameterSource parameters) {
        return parameters.addValue("title", content.title())
                .addValue("currency", content.settlementCurrency().code())
                .addValue("mode", content.mode() == null ? null : content.mode().key())
                .addValue("fields", content.fields().stream().map(CooperationField::key).toArray(String[]::new));
    }

    private void insertVersion(AgreementVersion version) {
        jdbc.update("""
                insert into agreement_version (agreement_id, version, content, content_hash, created_by, created_at, reason,
                                               reason_key, reason_arguments)
                values (:id, :version, cast(:content as jsonb), :hash, :by, :at, :reason, :reasonKey,
                        cast(:reasonArguments as jsonb))
                """, new MapSqlParameterSource()
                .addValue("id", version.agreementId().value())
                .addValue("version", version.number())
                .addValue("content", json.write(version.content()))
                .addValue("hash", version.contentHash())
                .addValue("by", version.createdBy())
                .addValue("at", Timestamp.from(version.createdAt()))
                .addValue("reason", version.reason())
                .addValue("reasonKey", version.why().key())
                .addValue("reasonArguments", json.writeArguments(version.arguments())));
    }

    private void replaceParticipants(AgreementId id, List<GovernmentCode> participants) {
        jdbc.update("delete from agreement_participant where agreement_id = :id", Map.of("id", id.value()));
        jdbc.batchUpdate("insert into agreement_participant (agreement_id, government_code) values (:id, :code)",
                participants.stream().map(code -> new MapSqlParameterSource()
                        .addValue("id", id.value()).addValue("code", code.value()))
                        .toArray(MapSqlParameterSource[]::new));
    }

    /** Sets the status, since the given instant, and returns the one before; approval is remembered. */
    public AgreementStatus updateStatus(AgreementId id, AgreementStatus status, Instant at) {
        forget(id);
        List<String> before = jdbc.queryForList("""
                update agreement a set status = :status, status_since = :at,
                       approved_at = case when :approved then :at else a.approved_at end
                  from agreement old
                 where a.id = :id and old.id = a.id
                returning old.status
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("status", status.name())
                .addValue("approved", status == AgreementStatus.APPROVED).addValue("at", Timestamp.from(at)), String.class);
        if (before.isEmpty()) {
            throw new IllegalStateException("No agreement " + id);
        }
        return AgreementStatus.valueOf(before.get(0));
    }

    /**
     * The agreement with its current version. Read once per transaction: the steps of one engine transaction (the
     * task's name, the agencies it involves, the delegates' checks) each ask for the same agreement, which only this
     * repository changes, and forgets on each change.
     */
    public Optional<Agreement> find(AgreementId id) {
        Map<AgreementId, Optional<Agreement>> read = readInThisTransaction();
        return read == null ? load(id) : read.computeIfAbsent(id, this::load);
    }

    /** The renewal proposed for the agreement at its closure, if one was (the latest, should there be more). */
    public Optional<AgreementId> renewalOf(AgreementId id) {
        return jdbc.queryForList("select id from agreement where renewal_of = :id order by proposed_at desc limit 1",
                Map.of("id", id.value()), UUID.class).stream().findFirst().map(AgreementId::new);
    }

    private Optional<Agreement> load(AgreementId id) {
        return jdbc.query(SELECT_AGREEMENT + " where a.id = :id", Map.of("id", id.value()), this::agreement)
                .stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private Map<AgreementId, Optional<Agreement>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object read = TransactionSynchronizationManager.getResource(READ_IN_THIS_TRANSACTION);
        if (read == null) {
            read = new HashMap<AgreementId, Optional<Agreement>>();
            TransactionSynchronizationManager.bindResource(READ_IN_THIS_TRANSACTION, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ_IN_THIS_TRANSACTION);
                }
            });
        }
        return (Map<AgreementId, Optional<Agreement>>) read;
    }

    private void forget(AgreementId id) {
        if (TransactionSynchronizationManager.getResource(READ_IN_THIS_TRANSACTION) instanceof Map<?, ?> read) {
            read.remove(id);
        }
    }

    public List<Agreement> findAll(Collection<AgreementId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SELECT_AGREEMENT + " where a.id in (:ids)",
                Map.of("ids", ids.stream().map(AgreementId::value).toList()), this::agreement);
    }

    /** The agreements whose current title contains the text, whatever its case, newest first. */
    public List<AgreementId> titled(String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query(SELECT_AGREEMENT + """
                 where v.content ->> 'title' ilike :pattern
                 order by a.proposed_at desc, a.id
                 limit :limit
                """, new MapSqlParameterSource().addValue("pattern", pattern).addValue("limit", limit),
                (row, n) -> AgreementId.of(row.getString("id")));
    }

    /** Whether staff of these governments see the agreement, under the one rule of {@link AgreementSearchQuery#VISIBLE}. */
    public boolean visible(AgreementId id, Collection<String> governments) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from agreement a where a.id = :id and "
                + AgreementSearchQuery.VISIBLE + ")", new MapSqlParameterSource().addValue("id", id.value())
                .addValue("governments", governments.isEmpty() ? List.of("") : List.copyOf(governments)), Boolean.class));
    }

    /** An agreement found by a search, with when it entered its status and when it was approved. */
    public record Found(Agreement agreement, Instant statusSince, Instant approvedAt) {
    }

    /** One page of what the search finds among what the caller sees, and how many it finds in all. */
    public record Page(long total, List<Found> agreements) {
    }

    /** @param days the zone whose days the search's periods are */
    public Page search(AgreementSearch search, boolean administrator, Collection<String> governments, Instant now,
                       ZoneId days) {
        AgreementSearchQuery query = AgreementSearchQuery.of(search, administrator, governments, serviceLevels, now, true,
                days);
        Long total = jdbc.queryForObject(query.count(), query.parameters(), Long.class);
        return new Page(total == null ? 0 : total, page(search, administrator, governments, now, days));
    }

    /** One page of what the search finds among what the caller sees, without counting it. */
    public List<Found> page(AgreementSearch search, boolean administrator, Collection<String> governments, Instant now,
                            ZoneId days) {
        AgreementSearchQuery query = AgreementSearchQuery.of(search, administrator, governments, serviceLevels, now, true,
                days);
        return jdbc.query(query.page(AGREEMENT_COLUMNS, CURRENT_VERSION, search.sort()),
                query.parameters().addValue("limit", search.limit()).addValue("offset", search.offset()),
                (rs, row) -> new Found(agreement(rs, row), rs.getTimestamp("status_since").toInstant(),
                        instant(rs.getTimestamp("approved_at"))));
    }

    /**
     * How many of the agreements the search finds (whatever statuses and stages it asks for) are in each status, and
     * per week since the given Monday how many of them were proposed, approved and ended.
     */
    public record Counts(Map<AgreementStatus, Long> byStatus, List<WeeklyThroughput> throughput) {
    }

    /**
     * The board's counts in one pass over the agreements found: one hash aggregate by status and the weeks an
     * agreement was proposed, approved and ended in, a few hundred groups that the statuses and the three weekly series
     * are summed from. Grouping sets of the four made the planner read all 100,000 agreements through the status index
     * to feed their sort, three times slower than reading the table.
     */
    public Counts counts(AgreementSearch search, boolean administrator, Collection<String> governments, Instant now,
                         LocalDate since, ZoneId days) {
        AgreementSearchQuery query = AgreementSearchQuery.of(search, administrator, governments, serviceLevels, now, false,
                days);
        MapSqlParameterSource parameters = query.parameters()
                .addValue("since", Timestamp.from(since.atStartOfDay(days).toInstant()))
                .addValue("zone", days.normalized().equals(ZoneOffset.UTC) ? "UTC" : days.getId())
                .addValue("ended", AgreementStage.ENDED.statuses().stream().map(Enum::name).toList());
        Map<AgreementStatus, Long> statuses = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            statuses.put(status, 0L);
        }
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate week = since; !week.isAfter(LocalDate.ofInstant(now, days)); week = week.plusWeeks(1)) {
            weeks.put(week, new long[3]);
        }
        jdbc.query("""
                select status, proposed, approved, ended, count(*) as agreements
                  from (select a.status,
                               case when a.proposed_at >= :since then date_trunc('week', a.proposed_at at time zone :zone)::date end as proposed,
                               case when a.approved_at >= :since then date_trunc('week', a.approved_at at time zone :zone)::date end as approved,
                               case when a.status in (:ended) and a.status_since >= :since
                                    then date_trunc('week', a.status_since at time zone :zone)::date end as ended
                          from agreement a%s) found
                 group by status, proposed, approved, ended
                """.formatted(query.where()), parameters, (ResultSet rs) -> {
            long count = rs.getLong("agreements");
            statuses.merge(AgreementStatus.valueOf(rs.getString("status")), count, Long::sum);
            String[] series = {"proposed", "approved", "ended"};
            for (int kind = 0; kind < series.length; kind++) {
                LocalDate week = rs.getObject(series[kind], LocalDate.class);
                long[] counts = week == null ? null : weeks.get(week);
                if (counts != null) {
                    counts[kind] += count;
                }
            }
        });
        return new Counts(statuses, weeks.entrySet().stream()
                .map(week -> new WeeklyThroughput(week.getKey(), week.getValue()[0], week.getValue()[1], week.getValue()[2]))
                .toList());
    }

    /** Records that a task of the agreement was offered to the agency in this role; the first offer counts. */
    public void involve(AgreementId id, String agency, String role, Instant since) {
        jdbc.update("""
                insert into agreement_agency (agreement_id, agency, role, since)
                select :id, :agency, :role, :since
                 where exists (select 1 from government where code = :agency)
                on conflict do nothing
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("agency", agency)
                .addValue("role", role).addValue("since", Timestamp.from(since)));
    }

    public Map<AgreementStatus, Long> countByStatus() {
        return counts("select status, count(*) as agreements from agreement group by status", new MapSqlParameterSource());
    }

    private Map<AgreementStatus, Long> counts(String statement, MapSqlParameterSource parameters) {
        Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query(statement, parameters, (ResultSet rs) -> {
            counts.put(AgreementStatus.valueOf(rs.getString("status")), rs.getLong("agreements"));
        });
        return counts;
    }

    public List<AgreementVersion> versions(AgreementId id) {
        return jdbc.query("""
                select agreement_id, version, content::text as content, content_hash, created_by, created_at, reason,
                       reason_key, reason_arguments::text as reason_arguments
                  from agreement_version where agreement_id = :id order by version
                """, Map.of("id", id.value()), (rs, row) -> version(rs));
    }

    private Agreement agreement(ResultSet rs, int row) throws SQLException {
        return new Agreement(
                new AgreementId(rs.getObject("id", UUID.class)),
                new GovernmentCode(rs.getString("initiator")),
                AgreementStatus.valueOf(rs.getString("status")),
                version(rs),
                rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                Optional.ofNullable(rs.getObject("renewal_of", UUID.class)).map(AgreementId::new));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private AgreementVersion version(ResultSet rs) throws SQLException {
        return new AgreementVersion(new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getInt("version"),
                contents.of(rs.getString("content")), rs.getString("content_hash"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("reason"),
                Keyed.fromKey(VersionReason.class, rs.getString("reason_key")),
                json.readArguments(rs.getString("reason_arguments")));
    }
}
