package org.regionalcoop.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The engine's own counts as meters: jobs acquired, executed, failed, rejected and lost to another instance,
 * activity instances started (its executions), root process instances started and decisions evaluated. The engine
 * counts these in its metrics registry and empties it into its meter log every quarter hour; the registry this
 * plugin installs also keeps running totals in memory, so a scrape reads them without a query. Open incidents and
 * jobs due are gauges of {@link MonitoringMetrics}.
 */
@Component
class EngineMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

    private final Map<String, LongAdder> totals = Map.of(Metrics.JOB_ACQUIRED_SUCCESS, new LongAdder(),
            Metrics.JOB_ACQUIRED_FAILURE, new LongAdder(), Metrics.JOB_EXECUTION_REJECTED, new LongAdder(),
            Metrics.JOB_SUCCESSFUL, new LongAdder(), Metrics.JOB_FAILED, new LongAdder(),
            Metrics.ACTIVTY_INSTANCE_START, new LongAdder(), Metrics.ROOT_PROCESS_INSTANCE_START, new LongAdder(),
            Metrics.EXECUTED_DECISION_INSTANCES, new LongAdder());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new MetricsRegistry() {
            @Override
            public void markOccurrence(String name, long times) {
                super.markOccurrence(name, times);
                LongAdder total = totals.get(name);
                if (total != null) {
                    total.add(times);
                }
            }
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        count(registry, "platform.engine.jobs.acquired", Metrics.JOB_ACQUIRED_SUCCESS, "Jobs this instance's executor found and locked to run (a continuation created here runs without)");
        count(registry, "platform.engine.jobs.acquisition.conflicts", Metrics.JOB_ACQUIRED_FAILURE,
                "Jobs this instance's executor chose but another instance locked first");
        count(registry, "platform.engine.jobs.rejected", Metrics.JOB_EXECUTION_REJECTED,
                "Jobs acquired that the executor's queue had no room for; they run later");
        FunctionCounter.builder("platform.engine.jobs.executed", totals.get(Metrics.JOB_SUCCESSFUL), LongAdder::doubleValue)
                .description("Jobs run (timers, asynchronous steps) by outcome; a failed one is retried until it becomes an incident")
                .tag("outcome", "successful").register(registry);
        FunctionCounter.builder("platform.engine.jobs.executed", totals.get(Metrics.JOB_FAILED), LongAdder::doubleValue)
                .description("Jobs run (timers, asynchronous steps) by outcome; a failed one is retried until it becomes an incident")
                .tag("outcome", "failed").register(registry);
        count(registry, "platform.engine.activity.instances", Metrics.ACTIVTY_INSTANCE_START,
                "Activity instances started: the engine's executions of process steps");
        count(registry, "platform.engine.process.instances", Metrics.ROOT_PROCESS_INSTANCE_START, "Root process instances started");
        count(registry, "platform.engine.decisions", Metrics.EXECUTED_DECISION_INSTANCES, "Decisions evaluated");
    }

    private void count(MeterRegistry registry, String name, String engineMetric, String description) {
        FunctionCounter.builder(name, totals.get(engineMetric), LongAdder::doubleValue).description(description).register(registry);
    }
}
