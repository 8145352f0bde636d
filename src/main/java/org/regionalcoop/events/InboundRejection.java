package org.regionalcoop.events;

/**
 * An inbound record that can never be applied as it is; it goes to the dead letters at once, with its
 * reason, instead of being retried.
 */
public class InboundRejection extends RuntimeException {

    private final DeadLetterReason reason;

    InboundRejection(DeadLetterReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    /** The event is well formed and authorized, but what it refers to does not exist, e.g. a ballot never opened. */
    public static InboundRejection unappliable(String detail) {
        return new InboundRejection(DeadLetterReason.UNAPPLIABLE, detail);
    }

    /** The event breaks the rules the platform applies to the same request from staff; the detail names each violation. */
    public static InboundRejection invalidContent(String violations) {
        return new InboundRejection(DeadLetterReason.INVALID_CONTENT, violations);
    }

    DeadLetterReason reason() {
        return reason;
    }
}
