package org.regionalcoop.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Applies each inbound event at most once: its CloudEvents {@code (source, id)} is recorded in the
 * {@code event_inbox} table in the same transaction as its effect, so both commit or neither does
 * (docs/decisions/inbox.md).
 */
class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Inbox(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Returns false, changing nothing, if the event was taken in before. */
    <E extends InboundEvent> boolean apply(InboundDecoder.Decoded<E> decoded) {
        InboundHandler<E> handler = decoded.type().handler();
        Boolean applied = transactions.execute(status -> {
            if (!record(decoded)) {
                return false;
            }
            handler.apply(decoded.event(), decoded.source());
            if (status.isRollbackOnly()) {
                // Refused by the engine: marking it here as well rolls back quietly instead of failing the commit.
                status.setRollbackOnly();
                return null;
            }
            return true;
        });
        if (applied != null) {
            return applied;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!record(decoded)) {
                return false;
            }
            handler.applyRefused(decoded.event(), decoded.source());
            return true;
        }));
    }

    /**
     * A second transaction recording the same event waits here until the first ends, then records nothing:
     * the primary key serialises duplicates that arrive at the same time.
     */
    private boolean record(InboundDecoder.Decoded<?> decoded) {
        return jdbc.update("""
                        insert into event_inbox (source, id, type, taken_in_at) values (?, ?, ?, ?)
                        on conflict (source, id) do nothing""",
                decoded.source(), decoded.id(), decoded.type().cloudEventType(),
                clock.instant().atOffset(ZoneOffset.UTC)) == 1;
    }
}
