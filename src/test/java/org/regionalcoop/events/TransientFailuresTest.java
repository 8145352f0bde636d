package org.regionalcoop.events;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the inbound listener waits out (retries for as long as it lasts) and what it may dead-letter. */
class TransientFailuresTest {

    @Test
    void outagesAndLostRacesAreTransientWhereverTheyAreWrapped() {
        assertThat(TransientFailures.isTransient(wrapped(new CannotCreateTransactionException("no connection")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new RuntimeException("engine", new SQLException("refused", "08001"))))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new RuntimeException(new SQLException("shutting down", "57P01"))))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new OptimisticLockingException("answered at the same moment")))).isTrue();
    }

    @Test
    void rejectionsAndBugsAreNot() {
        assertThat(TransientFailures.isTransient(wrapped(InboundRejection.unappliable("no such ballot")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("unique violation", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new NullPointerException()))).isFalse();
    }

    /** As the container's error handler sees a listener's failure. */
    private static Exception wrapped(Exception failure) {
        return new ListenerExecutionFailedException("listener failed", failure);
    }
}
