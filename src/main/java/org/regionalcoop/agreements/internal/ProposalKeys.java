package org.regionalcoop.agreements.internal;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The Idempotency-Keys proposals were sent with, each the caller's own: the first proposal with a key claims it for the
 * agreement it makes, in the transaction that makes it.
 */
@Repository
public class ProposalKeys {

    /** What the proposal that claimed a key asked for, and the agreement it made. */
    public record Claim(GovernmentCode initiator, String contentHash, AgreementId agreement) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ProposalKeys(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the caller's key for the agreement about to be made; empty when this proposal claimed it, else the earlier
     * claim. A claim by a concurrent proposal not yet committed is waited for: once it commits, it is the earlier
     * claim; should it roll back, this proposal claims the key.
     */
    public Optional<Claim> claim(String proposedBy, String key, Claim claim, Instant at) {
        int claimed = jdbc.update("""
                insert into agreement_proposal_key (proposed_by, idempotency_key, initiator, content_hash, agreement_id,
                                                    created_at)
                values (:by, :key, :initiator, :hash, :agreement, :at)
                on conflict do nothing
                """, new MapSqlParameterSource().addValue("by", proposedBy).addValue("key", key)
                .addValue("initiator", claim.initiator().value()).addValue("hash", claim.contentHash())
                .addValue("agreement", claim.agreement().value()).addValue("at", Timestamp.from(at)));
        if (claimed == 1) {
            return Optional.empty();
        }
        // A statement of its own sees what the concurrent claim committed while this one waited.
        return Optional.of(jdbc.queryForObject("""
                select initiator, content_hash, agreement_id from agreement_proposal_key
                 where proposed_by = :by and idempotency_key = :key
                """, new MapSqlParameterSource().addValue("by", proposedBy).addValue("key", key),
                (row, n) -> new Claim(new GovernmentCode(row.getString("initiator")), row.getString("content_hash"),
                        new AgreementId(row.getObject("agreement_id", UUID.class)))));
    }
}
