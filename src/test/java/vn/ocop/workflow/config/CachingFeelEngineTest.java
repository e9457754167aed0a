package vn.ocop.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caching FEEL engine answers as the stock engine does, however often an expression is evaluated. */
class CachingFeelEngineTest {

  private final FeelEngine stock = new ScalaFeelEngineFactory().createInstance();
  private final FeelEngine caching = CachingFeelEngine.factory(null).createInstance();

  private static VariableContext variables(Object cellInput, Integer stars) {
    VariableMap variables = Variables.createVariables().putValue("cellInput", cellInput);
    if (stars != null) {
      variables.putValue("stars", stars);
    }
    return variables.asVariableContext();
  }

  @ParameterizedTest(name = "{0} with input {1}, stars {2}")
  @CsvSource(nullValues = "null", value = {
      "[1..5], 3, 4", "[1..5], 6, 4", "[stars..5], 4, 4", "[stars..5], 3, 4", "[1..stars[, 3, 4", "[1..stars[, 4, 4",
      "[stars..5], 4, null", "-, 2, null", "'\"QD26_2026\"', QD26_2026, null", "'\"QD26_2026\"', QD148_2023, null",
      "'< 30', 29.99, null", "'>= 90', 89.99, null", "'\"HTX\",\"THT\"', THT, null", "'not(\"OTHER\")', OTHER, null"})
  void unaryTestsMatchAsTheStockEngineDecidesEveryTime(String tests, String input, Integer stars) {
    Object cellInput = input.matches("-?\\d+") ? (Object) Integer.valueOf(input)
        : input.matches("-?\\d+\\.\\d+") ? (Object) Double.valueOf(input) : input;
    boolean expected = stock.evaluateSimpleUnaryTests(tests, "cellInput", variables(cellInput, stars));
    for (int i = 0; i < 3; i++) {
      assertThat(caching.evaluateSimpleUnaryTests(tests, "cellInput", variables(cellInput, stars)))
          .as("evaluation %d", i + 1).isEqualTo(expected);
    }
  }

  @Test
  void expressionsReadTheVariablesOfEachEvaluation() {
    for (int stars = 1; stars <= 5; stars++) {
      VariableContext context = Variables.createVariables().putValue("stars", stars).asVariableContext();
      Object expected = stock.evaluateSimpleExpression("stars", context);
      assertThat((Object) caching.evaluateSimpleExpression("stars", context)).isEqualTo(expected).isEqualTo((long) stars);
    }
  }

  @Test
  void aMissingVariableIsNullAsInTheStockEngine() {
    VariableContext empty = Variables.createVariables().asVariableContext();
    Object expected = stock.evaluateSimpleExpression("minimaCapStars", empty);
    assertThat((Object) caching.evaluateSimpleExpression("minimaCapStars", empty)).isEqualTo(expected).isNull();
  }

  @Test
  void whatCannotBeParsedFailsWithTheStockEnginesMessage() {
    VariableContext context = variables(3, null);
    Throwable stockFailure = catchFailure(() -> stock.evaluateSimpleUnaryTests("[1..", "cellInput", context));
    assertThatThrownBy(() -> caching.evaluateSimpleUnaryTests("[1..", "cellInput", context))
        .isInstanceOf(stockFailure.getClass()).hasMessage(stockFailure.getMessage());
    assertThatThrownBy(() -> caching.evaluateSimpleUnaryTests("[1..", "cellInput", context))
        .as("a second time, from the cache").hasMessage(stockFailure.getMessage());
  }

  @Test
  void customFunctionProvidersAreAccepted() {
    assertThat(CachingFeelEngine.factory(List.of()).createInstance()).isInstanceOf(CachingFeelEngine.class);
  }

  private static Throwable catchFailure(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the stock engine accepted it");
  }
}
