package org.regionalcoop.operations;

import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.regionalcoop.kernel.LeastRecentlyUsed;

import java.util.Collections;
import java.util.Date;
import java.util.Map;

/**
 * The engine's own history writer, except that it remembers when the activity, process and task instances this
 * engine started began. When one of them ends (or changes) in a later transaction, the engine's writer selects the
 * start time back from the database to compute the duration: about 30 selects per W1 lifecycle
 * (docs/decisions/engine-history.md). With the start time remembered, the end is written as the engine would write
 * it, without the select. An instance this engine did not start, or started before a restart, or so long ago that
 * it was forgotten, is selected as before, so the durations stay exact whichever platform instance ends it.
 * <p>
 * An instance is forgotten when it ends, or when {@link #CAPACITY} instances started after it are still open.
 * A start whose transaction rolls back leaves an entry nothing will ask for (ids are never reused), and an end
 * whose transaction rolls back leaves the next attempt to select.
 */
final class RememberedStartTimes extends DbHistoryEventHandler {

    /** About 2 MB: the instances open across transactions in a busy office, not the ones waiting for weeks. */
    static final int CAPACITY = 10_000;

    private record Scope(Class<?> type, String id) {
    }

    private final Map<Scope, Date> started = Collections.synchronizedMap(new LeastRecentlyUsed<>(CAPACITY));

    @Override
    protected void insertOrUpdate(HistoryEvent event) {
        if (!(event instanceof HistoricScopeInstanceEvent instance) || event.getId() == null) {
            super.insertOrUpdate(event);
            return;
        }
        Scope scope = new Scope(event.getClass(), event.getId());
        if (isStart(event)) {
            if (instance.getStartTime() != null) {
                started.put(scope, new Date(instance.getStartTime().getTime()));
            }
            super.insertOrUpdate(event);
            return;
        }
        Date start = instance.getEndTime() != null ? started.remove(scope) : started.get(scope);
        if (start == null || isInitialEvent(event)
                || getDbEntityManager().getCachedEntity(event.getClass(), event.getId()) != null) {
            super.insertOrUpdate(event);
            return;
        }
        instance.setStartTime(start);
        getDbEntityManager().merge(event);
    }

    private static boolean isStart(HistoryEvent event) {
        return event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)
                || event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)
                || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE);
    }

    /** As after a restart: every instance open now is selected when it ends. */
    void forget() {
        started.clear();
    }
}
