package org.regionalcoop.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The engine's history level {@value #NAME}: what Cockpit, the administrators' views, the task API and the drills
 * read, and nothing else (docs/decisions/engine-history.md says which table serves whom). It is level
 * {@code full} without the history of every variable change ({@code ACT_HI_VARINST}, {@code ACT_HI_DETAIL}) and
 * without the job log's created and deleted entries: the platform's audit log and its modules' tables record
 * every decision with who took it, so the engine's copies of the variables bought nothing but a third of a
 * lifecycle's statements. The history is written by {@link RememberedStartTimes}, the engine's writer that does not
 * select the start time of an instance it started when that instance ends.
 */
@Component
class EngineHistory extends AbstractProcessEnginePlugin {

    static final String NAME = "cooperation";
    /** Apart from the built-in levels' 0 to 3; stored in ACT_GE_PROPERTY, which the engine checks at start. */
    static final int ID = 21;

    static final HistoryLevel LEVEL = new AbstractHistoryLevel() {

        private static final Set<HistoryEventType> NOT_RECORDED = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
                HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
                HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_DELETE);

        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !NOT_RECORDED.contains(eventType);
        }
    };

    final RememberedStartTimes startTimes = new RememberedStartTimes();

    private final JdbcTemplate jdbc;

    EngineHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(LEVEL);
        configuration.setCustomHistoryLevels(levels);

        // In place of the engine's own writer, which would otherwise come after every custom handler and select
        // the start times this one already knows.
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(0, startTimes);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    /**
     * A database the platform ran on before this level existed records {@code full}, and the engine refuses to
     * start on a level other than the one recorded. Every history {@code full} kept that this level keeps is still
     * there, so moving the record is all the upgrade needs. Runs after the engine is configured and before it
     * checks the record.
     */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!NAME.equals(configuration.getHistory())) {
            return;
        }
        Boolean engineTables = jdbc.queryForObject("select to_regclass('act_ge_property') is not null", Boolean.class);
        if (Boolean.TRUE.equals(engineTables)) {
            jdbc.update("update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?",
                    Integer.toString(ID), Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        }
    }
}
