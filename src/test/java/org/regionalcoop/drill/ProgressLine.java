package org.regionalcoop.drill;

import java.util.Locale;

/** One line per step, with the time since the drill began, so a long drill shows where it is. */
public final class ProgressLine {

    private final String drill;
    private final long started = System.nanoTime();

    public ProgressLine(String drill) {
        this.drill = drill;
    }

    public void say(String format, Object... arguments) {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf(Locale.ROOT, "[%s %02d:%02d] %s%n", drill, seconds / 60, seconds % 60,
                String.format(Locale.ROOT, format, arguments));
        System.out.flush();
    }

    /** A lifecycle progress listener that speaks about twenty times over the load, and at its end. */
    public Lifecycles.Progress lifecycles(Lifecycles driver) {
        return (done, total) -> {
            if (done == total || done % Math.max(1, total / 20) == 0) {
                say("%d of %d lifecycles completed (requests failed so far: %d)", done, total, driver.failedRequests());
            }
        };
    }
}
