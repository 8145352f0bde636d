package org.regionalcoop.consensus.internal;

import org.regionalcoop.consensus.Answer;
import org.regionalcoop.kernel.AnswerPath;
import org.regionalcoop.consensus.BallotKey;
import org.regionalcoop.consensus.RoundOutcome;
import org.regionalcoop.consensus.Tally;

import org.regionalcoop.kernel.AgreementId;
import org.regionalcoop.organizations.GovernmentCode;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

@Repository
public class BallotRepository {

    /** The key of the rounds' answers counted in the current transaction among its resources. */
    private static final Object COUNTED_IN_THIS_TRANSACTION = new Object();

    private final NamedParameterJdbcTemplate jdbc;

    BallotRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the next round; the primary key makes two concurrent openings of one round impossible. */
    public int openRound(AgreementId id, int version, List<GovernmentCode> participants, Instant at) {
        Integer round = jdbc.queryForObject(
                "select coalesce(max(round), 0) + 1 from consensus_round where agreement_id = :id",
                Map.of("id", id.value()), Integer.class);
        jdbc.update("""
                insert into consensus_round (agreement_id, round, version, signing_version, opened_at)
                values (:id, :round, :version, :version, :at)
                """,
                new MapSqlParameterSource().addValue("id", id.value()).addValue("round", round)
                        .addValue("version", version).addValue("at", Timestamp.from(at)));
        forget(new Round(id, round));
        jdbc.batchUpdate("insert into ballot (agreement_id, round, participant) values (:id, :round, :participant)",
                participants.stream().map(p -> new MapSqlParameterSource().addValue("id", id.value())
                        .addValue("round", round).addValue("participant", p.value())).toArray(MapSqlParameterSource[]::new));
        return round;
    }

    public OptionalInt latestRound(AgreementId id) {
        Integer round = jdbc.queryForObject("select max(round) from consensus_round where agreement_id = :id",
                Map.of("id", id.value()), Integer.class);
        return round == null ? OptionalInt.empty() : OptionalInt.of(round);
    }

    /** Holds an answer for a round not yet open; the first one held for a ballot wins. Returns whether it was held. */
    public boolean holdEarly(BallotKey key, Answer answer, String comment, String by, Instant at) {
        return jdbc.update("""
                insert into early_answer (agreement_id, round, participant, answer, comment, answered_by, received_at)
                values (:id, :round, :participant, :answer, :comment, :by, :at)
                on conflict do nothing
                """, ballot(key).addValue("answer", answer.name()).addValue("comment", comment)
                .addValue("by", by).addValue("at", Timestamp.from(at))) == 1;
    }

    public record EarlyAnswer(BallotKey key, Answer answer, String comment, String answeredBy) {
    }

    /** Takes the answers held for this round: they are removed whether or not their ballot exists. */
    public List<EarlyAnswer> takeEarly(AgreementId id, int round) {
        return jdbc.query("""
                delete from early_answer where agreement_id = :id and round = :round
                returning participant, answer, comment, answered_by
                """, Map.of("id", id.value(), "round", round), (rs, row) -> new EarlyAnswer(
                new BallotKey(id, round, new GovernmentCode(rs.getString("participant"))),
                Answer.valueOf(rs.getString("answer")), rs.getString("comment"), rs.getString("answered_by")));
    }

    /** The version the latest round put to the participants, if any round was opened. */
    public Optional<Integer> lastRoundVersion(AgreementId id) {
        return jdbc.queryForList("""
                select version from consensus_round where agreement_id = :id
                 order by round desc limit 1
                """, Map.of("id", id.value()), Integer.class).stream().findFirst();
    }

    /** The version the round's consenting leaders sign. */
    public int signingVersion(AgreementId id, int round) {
        return jdbc.queryForObject("select signing_version from consensus_round where agreement_id = :id and round = :round",
                Map.of("id", id.value(), "round", round), Integer.class);
    }

    public void setSigningVersion(AgreementId id, int round, int version) {
        jdbc.update("update consensus_round set signing_version = :version where agreement_id = :id and round = :round",
                Map.of("id", id.value(), "round", round, "version", version));
    }

    /** Records the answer only if the ballot has none yet; returns whether it did. */
    public boolean answer(BallotKey key, Answer answer, String comment, AnswerPath path, String by, Instant at) {
        forget(new Round(key.agreementId(), key.round()));
        return jdbc.update("""
                update ballot set answer = :answer, comment = :comment, path = :path, answered_by = :by, answered_at = :at
                 where agreement_id = :id and round = :round and participant = :participant and answer is null
                """, ballot(key).addValue("answer", answer.name()).addValue("comment", comment)
                .addValue("path", path.name()).addValue("by", by).addValue("at", Timestamp.from(at))) == 1;
    }

    public boolean exists(BallotKey key) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from ballot where agreement_id = :id and round = :round and participant = :participant)
                """, ballot(key), Boolean.class));
    }

    public void recordLateAnswer(BallotKey key, Answer answer, String comment, AnswerPath path, String by, Instant at) {
        jdbc.update("""
                insert into ballot_late_answer (agreement_id, round, participant, answer, comment, path, answered_by, received_at)
                values (:id, :round, :participant, :answer, :comment, :path, :by, :at)
                """, ballot(key).addValue("answer", answer.name()).addValue("comment", comment)
                .addValue("path", path.name()).addValue("by", by).addValue("at", Timestamp.from(at)));
    }

    public int lateAnswers(BallotKey key) {
        return jdbc.queryForObject("""
                select count(*) from ballot_late_answer where agreement_id = :id and round = :round and participant = :participant
                """, ballot(key), Integer.class);
    }

    /**
     * The round's answers, counted once per transaction: the tally's transaction asks four times (the tally for the
     * decision table, the round's closing, the drop of non-consenting participants, the leaders to sign), and only
     * this repository changes the answers, forgetting the count when it does.
     */
    public Tally tally(AgreementId id, int round) {
        Map<Round, Tally> counted = countedInThisTransaction();
        return counted == null ? count(id, round) : counted.computeIfAbsent(new Round(id, round), r -> count(id, round));
    }

    private record Round(AgreementId id, int round) {
    }

    @SuppressWarnings("unchecked")
    private static Map<Round, Tally> countedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object counted = TransactionSynchronizationManager.getResource(COUNTED_IN_THIS_TRANSACTION);
        if (counted == null) {
            counted = new HashMap<Round, Tally>();
            TransactionSynchronizationManager.bindResource(COUNTED_IN_THIS_TRANSACTION, counted);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(COUNTED_IN_THIS_TRANSACTION);
                }
            });
        }
        return (Map<Round, Tally>) counted;
    }

    private static void forget(Round round) {
        if (TransactionSynchronizationManager.getResource(COUNTED_IN_THIS_TRANSACTION) instanceof Map<?, ?> counted) {
            counted.remove(round);
        }
    }

    private Tally count(AgreementId id, int round) {
        List<GovernmentCode> consenting = new ArrayList<>();
        List<GovernmentCode> declining = new ArrayList<>();
        List<GovernmentCode> amending = new ArrayList<>();
        List<GovernmentCode> silent = new ArrayList<>();
        jdbc.query("select participant, answer from ballot where agreement_id = :id and round = :round order by participant",
                Map.of("id", id.value(), "round", round), rs -> {
                    GovernmentCode participant = new GovernmentCode(rs.getString("participant"));
                    String answer = rs.getString("answer");
                    if (answer == null) {
                        silent.add(participant);
                    } else {
                        switch (Answer.valueOf(answer)) {
                            case CONSENT -> consenting.add(participant);
                            case DECLINE -> declining.add(participant);
                            case AMEND -> amending.add(participant);
                        }
                    }
                });
        return new Tally(consenting, declining, amending, silent);
    }

    public void markReminded(AgreementId id, int round, Instant at) {
        jdbc.update("update ballot set reminded_at = :at where agreement_id = :id and round = :round and answer is null",
                new MapSqlParameterSource().addValue("id", id.value()).addValue("round", round).addValue("at", Timestamp.from(at)));
    }

    public void closeRound(AgreementId id, int round, RoundOutcome outcome, Instant at) {
        jdbc.update("update consensus_round set closed_at = :at, outcome = :outcome where agreement_id = :id and round = :round",
                new MapSqlParameterSource().addValue("id", id.value()).addValue("round", round)
                        .addValue("outcome", outcome.key()).addValue("at", Timestamp.from(at)));
    }

    public void sign(AgreementId id, int version, GovernmentCode signatory, String by, String contentHash, Instant at) {
        jdbc.update("""
                insert into agreement_signature (agreement_id, version, signatory, signed_by, signed_at, content_hash)
                values (:id, :version, :signatory, :by, :at, :hash)
                """, new MapSqlParameterSource().addValue("id", id.value()).addValue("version", version)
                .addValue("signatory", signatory.value()).addValue("by", by).addValue("at", Timestamp.from(at))
                .addValue("hash", contentHash));
    }

    public List<String> signatories(AgreementId id, int version) {
        return jdbc.queryForList("select signatory from agreement_signature where agreement_id = :id and version = :version order by signatory",
                Map.of("id", id.value(), "version", version), String.class);
    }

    private static MapSqlParameterSource ballot(BallotKey key) {
        return new MapSqlParameterSource().addValue("id", key.agreementId().value())
                .addValue("round", key.round()).addValue("participant", key.participant().value());
    }
}
