package org.regionalcoop.operations;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The engine's FEEL engine (the decision tables' and the forms' conditions, {@code tasks.FormInputValidation}) parses
 * each expression once. Camunda's Scala FEEL engine parses the text again at every evaluation, and a W1 lifecycle
 * evaluates about two hundred input expressions, input entries and output entries of three decision tables, whose
 * texts only change with a deployment: the parsing was 7 % of the platform's CPU in a profile of W1
 * (docs/benchmarks.md). What an expression means depends on its text alone, so the text is the key; evaluating it
 * is left to the FEEL engine as before, with the same variables, functions and failures.
 */
@Component
class ParsedFeelExpressions extends AbstractProcessEnginePlugin {

    /** Far above the texts of every deployed table and form; past it an expression is parsed at each use as before. */
    static final int KEPT = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return;
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // The custom functions are handed to the DMN configuration after the plugins ran, before the engine is made.
        dmn.setFeelEngineFactory(() -> new Engine(dmn.getFeelCustomFunctionProviders()));
        configuration.setDmnEngineConfiguration(dmn);
    }

    static final class Engine extends ScalaFeelEngine {

        private final ConcurrentHashMap<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        Engine(List<FeelCustomFunctionProvider> functionProviders) {
            super(functionProviders);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
            ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
            return (T) value(feelEngine.eval(parsed, context(new ContextVariableWrapper(variableContext))));
        }

        @Override
        public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
            ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
            StaticVariableProvider input = new StaticVariableProvider(
                    new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
            VariableProvider variables = new CompositeVariableProvider(
                    toScalaList(input, new ContextVariableWrapper(variableContext)));
            return BoxesRunTime.unboxToBoolean(value(feelEngine.eval(parsed, context(variables))));
        }

        private static ParsedExpression parsed(ConcurrentHashMap<String, Either<Failure, ParsedExpression>> kept,
                                               String expression,
                                               Function<String, Either<Failure, ParsedExpression>> parser) {
            Either<Failure, ParsedExpression> parsed = kept.get(expression);
            if (parsed == null) {
                parsed = parser.apply(expression);
                if (kept.size() < KEPT) {
                    kept.putIfAbsent(expression, parsed);
                }
            }
            return (ParsedExpression) value(parsed);
        }

        private static Object value(Either<?, ?> result) {
            if (result instanceof Right<?, ?> right) {
                return right.value();
            }
            throw LOGGER.evaluationException(((Failure) ((Left<?, ?>) result).value()).message());
        }

        private static CustomContext context(VariableProvider variables) {
            return new CustomContext() {
                @Override
                public VariableProvider variableProvider() {
                    return variables;
                }
            };
        }
    }
}
