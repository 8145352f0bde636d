package org.regionalcoop.agreements.internal;

import org.regionalcoop.agreements.Agreement;
import org.regionalcoop.agreements.AgreementStatus;
import org.regionalcoop.agreements.AgreementVersion;
import org.regionalcoop.agreements.VersionReason;
import org.regionalcoop.kernel.Keyed;
import org.regionalcoop.agreements.Agreements;

import org.regionalcoop.kernel.AgreementId;

import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
public class AgreementRepository {

    private static final String SELECT_AGREEMENT = """
            select a.id, a.initiator, a.status, a.proposed_by, a.proposed_at, a.renewal_of,
                   v.agreement_id, v.version, v.content::text as content, v.content_hash, v.created_by, v.created_at, v.reason,
                   v.reason_key, v.reason_arguments::text as reason_arguments
              from agreement a
              join agreement_version v on v.agreement_id = a.id and v.version = a.current_version
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AgreementJson json;

    AgreementRepository(NamedParameterJdbcTemplate jdbc, AgreementJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Agreement agreement) {
        AgreementVersion first = agreement.current();
        jdbc.update("""
                insert into agreement (id, initiator, status, current_version, proposed_by, proposed_at, renewal_of)
                values (:id, :initiator, :status, :version, :by, :at, :renewalOf)
                """, new MapSqlParameterSource()
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
        insertVersion(version);
        jdbc.update("update agreement set current_version = :version where id = :id",
                Map.of("id", version.agreementId().value(), "version", version.number()));
        replaceParticipants(version.agreementId(), version.content().participants());
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

    /** Sets the status and returns the one before. */
    public AgreementStatus updateStatus(AgreementId id, AgreementStatus status) {
        List<String> before = jdbc.queryForList("""
                update agreement a set status = :status from agreement old
                 where a.id = :id and old.id = a.id
                returning old.status
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("status", status.name()), String.class);
        if (before.isEmpty()) {
            throw new IllegalStateException("No agreement " + id);
        }
        return AgreementStatus.valueOf(before.get(0));
    }

    public Optional<Agreement> find(AgreementId id) {
        return jdbc.query(SELECT_AGREEMENT + " where a.id = :id", Map.of("id", id.value()), this::agreement)
                .stream().findFirst();
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

    /** Agreements that one of the governments initiates or takes part in, newest first. */
    public List<Agreement> findForGovernments(Collection<String> governments, int limit, int offset) {
        return jdbc.query(SELECT_AGREEMENT + """
                 where a.initiator in (:governments)
                    or exists (select 1 from agreement_participant p
                                where p.agreement_id = a.id and p.government_code in (:governments))
                 order by a.proposed_at desc, a.id
                 limit :limit offset :offset
                """, new MapSqlParameterSource()
                .addValue("governments", governments.isEmpty() ? List.of("") : governments)
                .addValue("limit", limit)
                .addValue("offset", offset), this::agreement);
    }

    public Map<AgreementStatus, Long> countByStatus() {
        Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select status, count(*) as agreements from agreement group by status", Map.of(),
                (ResultSet rs) -> {
                    counts.put(AgreementStatus.valueOf(rs.getString("status")), rs.getLong("agreements"));
                });
        return counts;
    }

    public List<String> involvedGovernments(AgreementId id) {
        return jdbc.queryForList("""
                select initiator from agreement where id = :id
                union
                select government_code from agreement_participant where agreement_id = :id
                """, Map.of("id", id.value()), String.class);
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

    private AgreementVersion version(ResultSet rs) throws SQLException {
        return new AgreementVersion(new AgreementId(rs.getObject("agreement_id", UUID.class)), rs.getInt("version"), json.read(rs.getString("content")),
                rs.getString("content_hash"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("reason"), Keyed.fromKey(VersionReason.class, rs.getString("reason_key")),
                json.readArguments(rs.getString("reason_arguments")));
    }
}
