package org.regionalcoop.drill;

import java.util.concurrent.Future;

/** When a drill strikes: once the load has got so far, measured in tasks completed. */
final class Strike {

    private Strike() {
    }

    /** Waits until the driver completed {@code tasks} tasks; false if the load ended first. */
    static boolean when(Lifecycles driver, int tasks, Future<?> load) throws InterruptedException {
        while (driver.tasksCompleted() < tasks) {
            if (load.isDone()) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
