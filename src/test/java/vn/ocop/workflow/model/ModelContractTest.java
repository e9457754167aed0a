package vn.ocop.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductStage;

/**
 * The contract between the models, the forms and the code, checked without starting anything:
 * <ul>
 * <li>every {@code ${…}} (and {@code #{…}}) in {@code bpmn/} names a declared process variable, a variable
 * the model itself defines (an input or output parameter, a called process's {@code camunda:in} target, a
 * multi-instance element variable, a decision's result variable), an engine name ({@code execution},
 * {@code task}, the multi-instance counters) or a Spring bean; and a bean's method that exists with that
 * number of arguments;</li>
 * <li>every variable a form writes (its keys) or reads (in a text's template, an expression, a condition)
 * is declared in one of the variable classes ({@link ModelConventionsTest#VARIABLE_DECLARATIONS}).</li>
 * </ul>
 * A renamed variable or bean method thus fails here, not in front of an officer.
 */
class ModelContractTest {

  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** An identifier, with what follows it: a method call, a property, or nothing. */
  static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)(\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(\\()?)?");
  static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt",
      "gt", "le", "ge", "div", "mod", "instanceof");
  /**
   * What the engine itself puts in reach of an expression; decisionResult: a business rule task's result, for its
   * output mappings (transient, never stored).
   */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "JSON", "XML", "decisionResult", "loopCounter",
      "nrOfInstances",
      "nrOfActiveInstances", "nrOfCompletedInstances", "authenticatedUserId", "now", "dateTime");
  static final Pattern MODEL_DEFINED = Pattern.compile(
      "(?:camunda:inputParameter name|camunda:outputParameter name|camunda:elementVariable|camunda:resultVariable|camunda:initiator|target)=\"([^\"]+)\"");
  static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}]*)}}");

  static Set<String> declared;
  static Map<String, Class<?>> beans;

  @BeforeAll
  static void collect() throws Exception {
    declared = new HashSet<>();
    for (Class<?> declarations : ModelConventionsTest.VARIABLE_DECLARATIONS) {
      for (Field field : declarations.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          declared.add((String) field.get(null));
        }
      }
    }
    beans = new HashMap<>();
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    for (BeanDefinition bean : scanner.findCandidateComponents("vn.ocop.workflow")) {
      beans.put(names.generateBeanName(bean, registry),
          Class.forName(((AnnotatedBeanDefinition) bean).getMetadata().getClassName()));
    }
  }

  static List<File> bpmnFiles() {
    return ModelConventionsTest.bpmnFiles().toList();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyExpressionNamesADeclaredVariableOrAnExistingBeanMethod(File file) throws Exception {
    String xml = Files.readString(file.toPath(), StandardCharsets.UTF_8).replace("&#39;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    Set<String> defined = new HashSet<>();
    Matcher definition = MODEL_DEFINED.matcher(xml);
    while (definition.find()) {
      defined.add(definition.group(1));
    }
    Set<String> unknown = new TreeSet<>();
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      unknown.addAll(problems(expression.group(1), defined));
    }
    assertThat(unknown).as(file.getName() + ": names in expressions that are neither declared nor beans").isEmpty();
  }

  static List<String> problems(String expression, Set<String> defined) {
    List<String> problems = new ArrayList<>();
    String code = STRING_LITERAL.matcher(expression).replaceAll("''");
    Matcher identifier = IDENTIFIER.matcher(code);
    while (identifier.find()) {
      String name = identifier.group(1);
      if (EL_WORDS.contains(name) || ENGINE_NAMES.contains(name)) {
        continue;
      }
      Class<?> bean = beans.get(name);
      if (bean != null) {
        String member = identifier.group(3);
        if (member != null && identifier.group(4) != null && !hasMethod(bean, member, arguments(code, identifier.end()))) {
          problems.add(name + "." + member + "(…) is not a public method of " + bean.getSimpleName());
        }
        continue;
      }
      if (!declared.contains(name) && !defined.contains(name)) {
        problems.add(name + " in ${" + expression + "}");
      }
    }
    return problems;
  }

  /** The number of arguments of the call whose opening bracket is just before {@code from}. */
  static int arguments(String code, int from) {
    int depth = 1;
    int count = 0;
    boolean any = false;
    for (int i = from; i < code.length() && depth > 0; i++) {
      char c = code.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 1) {
        count++;
      } else if (!Character.isWhitespace(c) && depth == 1) {
        any = true;
      }
    }
    return any || count > 0 ? count + 1 : 0;
  }

  static boolean hasMethod(Class<?> type, String name, int arguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && (method.getParameterCount() == arguments || method.isVarArgs())) {
        return true;
      }
    }
    return false;
  }

  /** A stage a model sets is one of {@link ProductStage}; the schema would refuse any other. */
  @Test
  void everyStageAModelSetsIsAProductStage() throws Exception {
    Pattern set = Pattern.compile(
        "productStage\\.set\\(execution, (?:'([A-Z_0-9]+)'|screeningKind\\.concat\\('([A-Z_]+)'\\))");
    int found = 0;
    for (File file : bpmnFiles()) {
      Matcher stage = set.matcher(Files.readString(file.toPath(), StandardCharsets.UTF_8).replace("&#39;", "'"));
      while (stage.find()) {
        found++;
        List<String> stages = stage.group(1) != null ? List.of(stage.group(1))
            : List.of("IDEA" + stage.group(2), "PLAN" + stage.group(2));
        for (String name : stages) {
          assertThat(Set.of(ProductStage.values()).stream().map(Enum::name)).as(file.getName()).contains(name);
        }
      }
    }
    assertThat(found).as("stages set by the models").isGreaterThanOrEqualTo(16);
  }

  @ParameterizedTest
  @MethodSource("vn.ocop.workflow.model.ModelConventionsTest#formFiles")
  void everyVariableAFormReadsOrWritesIsDeclared(File file) throws Exception {
    JsonNode form = ModelConventionsTest.JSON.readTree(file);
    Set<String> undeclared = new TreeSet<>();
    check(form.path("components"), false, undeclared);
    assertThat(undeclared).as(file.getName() + ": variables not declared in a variable class").isEmpty();
  }

  /** Keys and reads of these components; the fields of a group with a path are parts of one variable. */
  static void check(JsonNode components, boolean insideVariable, Set<String> undeclared) {
    for (JsonNode component : components) {
      for (String field : List.of("key", "path", "valuesKey")) {
        String name = component.path(field).asText("");
        if (!name.isEmpty() && !(insideVariable && field.equals("key")) && !declared.contains(name)) {
          undeclared.add(field + " " + name);
        }
      }
      component.fields().forEachRemaining(entry -> reads(entry.getValue(), undeclared));
      reads(component.path("conditional").path("hide"), undeclared);
      check(component.path("components"), insideVariable || !component.path("path").asText("").isEmpty(), undeclared);
    }
  }

  /** The variables a text's template ({{name}}) or a FEEL value (=expression) reads. */
  static void reads(JsonNode value, Set<String> undeclared) {
    if (!value.isTextual()) {
      return;
    }
    String text = value.asText();
    List<String> feel = new ArrayList<>();
    Matcher template = TEMPLATE.matcher(text);
    while (template.find()) {
      feel.add(template.group(1));
    }
    if (text.startsWith("=")) {
      feel.add(text.substring(1));
    }
    for (String expression : feel) {
      // a name followed by "(" is a FEEL function (substring, replace, decimal, …), not a variable
      Matcher identifier = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*+)(?!\\s*\\()")
          .matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
      while (identifier.find()) {
        String name = identifier.group(1);
        if (!FEEL_WORDS.contains(name) && !declared.contains(name)) {
          undeclared.add("reads " + name);
        }
      }
    }
  }

  static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then", "else",
      "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "string", "number", "date",
      "count", "sum", "is", "defined", "get", "value", "contains", "length", "this");

  @Test
  void theCheckFindsAnUndeclaredVariableAndAMissingBeanMethod() {
    assertThat(problems("productStage.set(execution, 'IDEA')", Set.of())).isEmpty();
    assertThat(problems("productStage.sett(execution, 'IDEA')", Set.of())).hasSize(1);
    assertThat(problems("productStage.set(execution)", Set.of())).hasSize(1);
    assertThat(problems("!ideaAccepted", Set.of())).isEmpty();
    assertThat(problems("!ideaAcepted", Set.of())).containsExactly("ideaAcepted in ${!ideaAcepted}");
    assertThat(problems("myLocal", Set.of("myLocal"))).isEmpty();
  }
}
