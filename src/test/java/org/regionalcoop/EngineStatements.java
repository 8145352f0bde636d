package org.regionalcoop;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The engine's SQL statements as it issues them (its MyBatis statement and parameter), recorded while a test asks:
 * for tests that a step costs no statement of a kind, exactly, where the database's statistics are not loaded and
 * would count every other thread's statements too. Statements of a JDBC batch count one each, as PostgreSQL counts them.
 */
public class EngineStatements extends AbstractProcessEnginePlugin {

    /** One statement: the engine's name for it (e.g. {@code selectVariablesByTaskId}) and its parameter as text. */
    public record Issued(String statement, String parameter) {
    }

    private final List<Issued> issued = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Recorder());
    }

    /** The engine's statements, by every thread, while {@code action} runs; not reentrant. */
    public synchronized <T> Recorded<T> during(Supplier<T> action) {
        issued.clear();
        recording = true;
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(issued));
        } finally {
            recording = false;
            issued.clear();
        }
    }

    public record Recorded<T>(T result, List<Issued> statements) {

        /** The statements of this name whose parameter mentions {@code value} (an id). */
        public List<Issued> of(String statement, String value) {
            return statements.stream().filter(issued -> issued.statement().equals(statement)
                    && issued.parameter().contains(value)).toList();
        }
    }

    @Intercepts({
            @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}),
            @Signature(type = Executor.class, method = "query",
                    args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class})})
    class Recorder implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            if (recording) {
                String id = ((MappedStatement) invocation.getArgs()[0]).getId();
                Object parameter = invocation.getArgs()[1];
                issued.add(new Issued(id.substring(id.lastIndexOf('.') + 1), String.valueOf(
                        parameter instanceof ListQueryParameterObject query ? query.getParameter() : parameter)));
            }
            return invocation.proceed();
        }
    }
}
