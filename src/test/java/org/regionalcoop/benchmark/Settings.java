package org.regionalcoop.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** What to run and for how long; system properties {@code benchmark.*}, defaults sized for ~10 minutes on 2 cores. */
record Settings(int rounds, Set<String> workloads, Duration floorDuration, Duration lifecycleDuration,
                int lifecycleThreads, double outboxRate, Duration outboxDuration, Duration saturationDuration,
                int taskListCalls, int myTasksCalls, Duration fixedRateDuration, int stageLifecycles) {

    static Settings fromSystemProperties() {
        return new Settings(
                Integer.getInteger("benchmark.rounds", 3),
                Arrays.stream(System.getProperty("benchmark.workloads", "floors,w1,w2,w3,w4,w5,w6").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet()),
                Duration.parse(System.getProperty("benchmark.floor-duration", "PT3S")),
                Duration.parse(System.getProperty("benchmark.lifecycle-duration", "PT20S")),
                Integer.getInteger("benchmark.lifecycle-threads", 4),
                Double.parseDouble(System.getProperty("benchmark.outbox-rate", "1000")),
                Duration.parse(System.getProperty("benchmark.outbox-duration", "PT6S")),
                Duration.parse(System.getProperty("benchmark.saturation-duration", "PT6S")),
                Integer.getInteger("benchmark.task-list-calls", 150),
                Integer.getInteger("benchmark.my-tasks-calls", 800),
                Duration.parse(System.getProperty("benchmark.fixed-rate-duration", "PT15S")),
                Integer.getInteger("benchmark.stage-lifecycles", 20));
    }

    boolean runs(String workload) {
        return workloads.contains(workload);
    }
}
