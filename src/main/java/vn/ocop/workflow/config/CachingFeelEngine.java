package vn.ocop.workflow.config;

import camundajar.impl.scala.collection.immutable.Map;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;

/**
 * The engine's FEEL-Scala engine, with each expression parsed once instead of at every evaluation.
 * Camunda 7.24's {@link ScalaFeelEngine} parses every input entry, input expression and output entry of a
 * decision table again each time the table is evaluated (camunda/feel-scala#1149, open): for
 * {@code starRank} that was about 97 % of the time (docs/benchmarks.md). Evaluation itself is unchanged:
 * the same FEEL engine, value mappers and variable context as the stock engine; whatever fails to parse
 * or to evaluate is handed to the stock engine, so errors read exactly as before.
 */
final class CachingFeelEngine extends ScalaFeelEngine {

  /** Distinct expression texts kept; more are only reached by deploying very many changed tables. */
  static final int CAPACITY = 10_000;

  private final FeelEngineApi api;
  private final java.util.Map<String, ParseResult> unaryTests = new ConcurrentHashMap<>();
  private final java.util.Map<String, ParseResult> expressions = new ConcurrentHashMap<>();

  CachingFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
    super(functionProviders);
    this.api = new FeelEngineApi(feelEngine);
  }

  /** The factory the process engine's DMN engine configuration takes. */
  static FeelEngineFactory factory(List<FeelCustomFunctionProvider> functionProviders) {
    return () -> new CachingFeelEngine(functionProviders == null ? List.of() : functionProviders);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
    ParseResult parsed = parsed(expressions, expression, api::parseExpression);
    if (parsed.isSuccess()) {
      EvaluationResult result = api.evaluate(parsed.parsedExpression(), context(variableContext));
      if (result.isSuccess()) {
        return (T) result.result();
      }
    }
    return super.evaluateSimpleExpression(expression, variableContext);
  }

  @Override
  public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
    ParseResult parsed = parsed(unaryTests, expression, api::parseUnaryTests);
    if (parsed.isSuccess()) {
      EvaluationResult result = api.evaluate(parsed.parsedExpression(), unaryTestContext(inputVariable, variableContext));
      if (result.isSuccess() && result.result() instanceof Boolean matches) {
        return matches;
      }
    }
    return super.evaluateSimpleUnaryTests(expression, inputVariable, variableContext);
  }

  private static ParseResult parsed(java.util.Map<String, ParseResult> cache, String expression,
      Function<String, ParseResult> parse) {
    ParseResult parsed = cache.get(expression);
    if (parsed == null) {
      if (cache.size() >= CAPACITY) {
        cache.clear();
      }
      parsed = parse.apply(expression);
      cache.put(expression, parsed);
    }
    return parsed;
  }

  /** The context ScalaFeelEngine evaluates an expression in: the decision's variables. */
  private static CustomContext context(VariableContext variableContext) {
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new ContextVariableWrapper(variableContext);
      }
    };
  }

  /** The context ScalaFeelEngine evaluates unary tests in: the input variable's name, then the variables. */
  private CustomContext unaryTestContext(String inputVariable, VariableContext variableContext) {
    Map<String, Object> input = new Map.Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable);
    StaticVariableProvider inputProvider = new StaticVariableProvider(input);
    ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
    return new CustomContext() {
      @Override
      public VariableProvider variableProvider() {
        return new CompositeVariableProvider(toScalaList(inputProvider, variables));
      }
    };
  }
}
