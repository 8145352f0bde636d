package org.regionalcoop.benchmark;

import java.util.Locale;

/** One line per step, with the time since the run began, so a long run shows where it is. */
final class Progress {

    private final long started = System.nanoTime();

    void say(String format, Object... arguments) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf(Locale.ROOT, "[bench %02d:%02d] %s%n", seconds / 60, seconds % 60,
                String.format(Locale.ROOT, format, arguments));
        System.out.flush();
    }
}
