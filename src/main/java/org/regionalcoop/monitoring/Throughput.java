package org.regionalcoop.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import org.camunda.bpm.engine.HistoryService;
import org.regionalcoop.agreements.AgreementLifecycleProcess;
import org.regionalcoop.events.EventFlow;
import org.regionalcoop.security.PlatformActions;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** What the platform got done in each trailing window, counted from the database. */
@Component
public class Throughput {

    /**
     * @param window              how far back from now, ISO-8601
     * @param eventsPublished     events Kafka acknowledged
     * @param inboundApplied      participants' events applied
     * @param tasksCompleted      staff tasks completed (not those withdrawn)
     * @param lifecyclesCompleted agreements whose whole lifecycle ended
     */
    @Schema(description = "What the platform did in one trailing window: events published and applied, tasks and lifecycles completed")
    public record Window(@Schema(example = "PT1H", description = "how far back from now the window reaches, an "
                                 + "ISO-8601 duration (platform.monitoring.throughput-windows)") Duration window,
                         @Schema(description = "events the platform published that Kafka acknowledged in the window")
                         long eventsPublished,
                         @Schema(description = "participants' events applied in the window (not those dead-lettered)")
                         long inboundApplied,
                         @Schema(description = "staff tasks completed in the window, not those withdrawn")
                         long tasksCompleted,
                         @Schema(description = "agreements whose whole lifecycle ended in the window")
                         long lifecyclesCompleted) {
    }

    /** Reason the engine records on a task that was completed rather than withdrawn. */
    private static final String COMPLETED = "completed";

    private final EventFlow events;
    private final HistoryService history;
    private final PlatformActions platform;
    private final MonitoringSettings settings;
    private final Clock clock;

    Throughput(EventFlow events, HistoryService history, PlatformActions platform, MonitoringSettings settings,
               Clock clock) {
        this.events = events;
        this.history = history;
        this.platform = platform;
        this.settings = settings;
        this.clock = clock;
    }

    public List<Window> now() {
        Instant now = clock.instant();
        return settings.throughputWindows().stream().map(window -> counted(window, now.minus(window))).toList();
    }

    private Window counted(Duration window, Instant since) {
        Date from = Date.from(since);
        return platform.asPlatform(() -> new Window(window, events.publishedSince(since), events.appliedSince(since),
                history.createHistoricTaskInstanceQuery().finished().finishedAfter(from).taskDeleteReason(COMPLETED).count(),
                history.createHistoricProcessInstanceQuery().processDefinitionKey(AgreementLifecycleProcess.KEY)
                        .completed().finishedAfter(from).count()));
    }
}
