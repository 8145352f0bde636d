package org.regionalcoop.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing per client, in addition to the engine's pause per user. A client whose failures
 * pass {@code freeFailures} waits, longer after each further failure; while it waits its logins are refused
 * without checking the password. So one client cannot try one password on many users (spraying), and cannot
 * keep a chosen user locked: its attempts stop reaching the user long before the engine's pause for that
 * user grows long, and the engine never locks a user for good (see docs/decisions/login-throttling.md).
 * Counted per instance, in memory: a restart forgets, which only ever favours the legitimate user.
 */
class LoginThrottle {

    /** A client is waiting; answered 429 with {@code Retry-After}. */
    static class Throttled extends AuthenticationException {

        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("Too many failed logins from this client; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private record Failures(int count, Instant waitUntil) {
    }

    private static final int FORGET_ABOVE = 10_000;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses a client that must still wait. */
    void check(String client) {
        Failures failures = byClient.get(client);
        Instant now = clock.instant();
        if (failures != null && failures.waitUntil().isAfter(now)) {
            throw new Throttled(Duration.between(now, failures.waitUntil()));
        }
    }

    void failed(String client) {
        Instant now = clock.instant();
        if (byClient.size() > FORGET_ABOVE) {
            byClient.values().removeIf(failures -> failures.waitUntil().plus(settings.longestPause()).isBefore(now));
        }
        byClient.compute(client, (key, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            return new Failures(count, now.plus(pause(count)));
        });
    }

    void succeeded(String client) {
        byClient.remove(client);
    }

    private Duration pause(int failures) {
        int beyond = failures - settings.freeFailures() + 1;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration pause = settings.firstPause().multipliedBy(1L << Math.min(beyond - 1, 30));
        return pause.compareTo(settings.longestPause()) > 0 ? settings.longestPause() : pause;
    }
}
