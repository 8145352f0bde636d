package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpSession;
import org.regionalcoop.kernel.AgreementId;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A form that records something is recorded once, however often it is sent: a double click on the button, or back
 * to the check page and send again. The page that opens the form gives it a ticket, which rides along through its
 * check page; the first send of the ticket takes it, and any send after it finds what that one recorded.
 */
@Component
class Submissions {

    private static final String ATTRIBUTE = Submissions.class.getName();
    /** What a ticket being sent right now has recorded: nothing yet. */
    private static final String SENDING = "";
    /** A form sent again: what its first send recorded, an agreement's id or nothing yet (it is still being sent). */
    static final class SentAlready extends RuntimeException {

        private final String recorded;

        SentAlready(String recorded) {
            super("This form was sent already");
            this.recorded = recorded;
        }

        Optional<AgreementId> agreement() {
            try {
                return recorded.isEmpty() ? Optional.empty() : Optional.of(AgreementId.of(recorded));
            } catch (IllegalArgumentException notAnAgreement) {
                return Optional.empty();
            }
        }
    }

    /** The tickets a session keeps; a form older than the last this many sends is not looked after any more. */
    private static final int KEPT = 50;

    String ticket() {
        return UUID.randomUUID().toString();
    }

    /**
     * Refuses a form whose ticket was sent before, naming what that send recorded: the page that says so links to it
     * rather than asking for the same thing again.
     */
    void refuseIfSent(HttpSession session, String ticket) {
        if (ticket != null && !ticket.isBlank()) {
            Sent sent = sent(session);
            String earlier;
            synchronized (sent) {
                earlier = sent.get(ticket);
            }
            if (earlier != null) {
                throw new SentAlready(earlier);
            }
        }
    }

    /**
     * Records what the form asks for once: the first send of the ticket runs {@code record} and notes what it made (the
     * agreement it concerns, which the page for a send again links to); a send of the same ticket meanwhile or
     * afterwards is refused as {@link #refuseIfSent} would. A send that was refused recorded nothing, so the ticket may
     * be sent again.
     */
    <T> T once(HttpSession session, String ticket, Supplier<T> record, Function<? super T, ?> made) {
        take(session, ticket);
        T recorded;
        try {
            recorded = record.get();
        } catch (RuntimeException refused) {
            release(session, ticket);
            throw refused;
        }
        if (ticket != null && !ticket.isBlank()) {
            Sent sent = sent(session);
            synchronized (sent) {
                sent.put(ticket, String.valueOf(made.apply(recorded)));
            }
        }
        return recorded;
    }

    /** {@link #once(HttpSession, String, Supplier, Function)} for a form about an agreement known before it is sent. */
    void once(HttpSession session, String ticket, AgreementId concerns, Runnable record) {
        once(session, ticket, () -> {
            record.run();
            return concerns;
        }, concerned -> concerned);
    }

    private void take(HttpSession session, String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return;
        }
        Sent sent = sent(session);
        synchronized (sent) {
            String earlier = sent.putIfAbsent(ticket, SENDING);
            if (earlier != null) {
                throw new SentAlready(earlier);
            }
        }
    }

    private void release(HttpSession session, String ticket) {
        if (ticket != null && !ticket.isBlank()) {
            Sent sent = sent(session);
            synchronized (sent) {
                sent.remove(ticket, SENDING);
            }
        }
    }

    private static Sent sent(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Sent sent = (Sent) session.getAttribute(ATTRIBUTE);
            if (sent == null) {
                sent = new Sent();
                session.setAttribute(ATTRIBUTE, sent);
            }
            return sent;
        }
    }

    /** The session's tickets in the order they were sent, the oldest forgotten first. */
    private static final class Sent extends LinkedHashMap<String, String> implements Serializable {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    }
}
