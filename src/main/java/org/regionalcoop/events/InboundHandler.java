package org.regionalcoop.events;

/**
 * Applies the events of one {@link Inbound} type. The events module calls it at most once per event
 * (CloudEvents {@code source} and {@code id}), in the transaction that records the event in the inbox,
 * so the effect and the record commit together (docs/decisions/inbox.md).
 */
public interface InboundHandler<E extends InboundEvent> {

    Class<E> eventType();

    /**
     * Applies the event. Throw {@link InboundRejection#unappliable} when it can never apply as it is: it
     * goes to the dead letters. Any other exception is retried.
     *
     * @param source the CloudEvents source, already checked to speak for {@link InboundEvent#participant()}
     */
    void apply(E event, String source);

    /**
     * Runs instead, in a new transaction with the inbox record, when {@link #apply} returned but left its
     * transaction rollback-only. The process engine does that when one of its commands failed, even if the
     * caller caught the failure: e.g. a message that no process awaits any more. Keeps what the event
     * still means, e.g. a late answer.
     */
    void applyRefused(E event, String source);
}
