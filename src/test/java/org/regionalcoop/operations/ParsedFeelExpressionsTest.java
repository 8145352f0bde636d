package org.regionalcoop.operations;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An expression parsed once answers as Camunda's own FEEL engine does, for every set of variables it is given. */
class ParsedFeelExpressionsTest {

    private final FeelEngine kept = new ParsedFeelExpressions.Engine(List.of());
    private final FeelEngine camunda = new ScalaFeelEngine(List.of());

    private static VariableContext variables(Map<String, Object> values) {
        return Variables.fromMap(values).asVariableContext();
    }

    @Test
    void aKeptExpressionIsEvaluatedAgainWithEachCallsVariables() {
        for (int consents : new int[]{1, 3, 2}) {
            VariableContext round = variables(Map.of("consents", consents, "agreementType", "specialized"));
            Object answer = kept.evaluateSimpleExpression("consents * 2 + string length(agreementType)", round);
            assertThat(answer).isEqualTo(camunda.evaluateSimpleExpression("consents * 2 + string length(agreementType)", round))
                    .isEqualTo((long) consents * 2 + 11);
        }
    }

    @Test
    void keptUnaryTestsCompareEachCallsInput() {
        for (Object share : new Object[]{0.5, 0.7, 0.6666}) {
            VariableContext round = variables(Map.of("consentShare", share));
            assertThat(kept.evaluateSimpleUnaryTests(">= 0.6666", "consentShare", round))
                    .isEqualTo(camunda.evaluateSimpleUnaryTests(">= 0.6666", "consentShare", round))
                    .isEqualTo((double) share >= 0.6666);
        }
        VariableContext mode = variables(Map.of("cooperationMode", "top-down"));
        assertThat(kept.evaluateSimpleUnaryTests("\"bottom-up\",\"top-down\"", "cooperationMode", mode)).isTrue();
        assertThat(kept.evaluateSimpleUnaryTests("\"horizontal\"", "cooperationMode", mode)).isFalse();
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeWithCamundasMessage() {
        VariableContext none = variables(Map.of());
        String broken = "consents >=";
        String expected = messageOf(() -> camunda.evaluateSimpleExpression(broken, none));
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> kept.evaluateSimpleExpression(broken, none))
                    .isInstanceOf(FeelException.class).hasMessage(expected);
        }
        assertThatThrownBy(() -> kept.evaluateSimpleUnaryTests("> >", "consents", variables(Map.of("consents", 1))))
                .isInstanceOf(FeelException.class).hasMessageContaining("failed to parse expression '> >'");
    }

    @Test
    void whatCamundasEngineAnswersOrRefusesTheKeptExpressionAnswersOrRefusesAlike() {
        VariableContext text = variables(Map.of("consents", "two"));
        for (String expression : new String[]{"consents > 1", "assert(consents, consents = \"three\", \"too few\")",
                "consents + 1", "string length(consents)"}) {
            assertThat(outcome(() -> kept.evaluateSimpleExpression(expression, text)))
                    .isEqualTo(outcome(() -> camunda.evaluateSimpleExpression(expression, text)));
        }
        assertThat(outcome(() -> kept.evaluateSimpleExpression("assert(consents, consents = \"three\", \"too few\")", text)))
                .startsWith("refused: ").contains("too few");
    }

    private static String outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            return "answered: " + evaluation.get();
        } catch (FeelException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static String messageOf(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException failure) {
            return failure.getMessage();
        }
        throw new AssertionError("Camunda's engine did not fail");
    }
}
