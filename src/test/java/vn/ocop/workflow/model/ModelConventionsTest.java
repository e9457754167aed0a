package vn.ocop.workflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.workflow.awareness.AwarenessVariables;
import vn.ocop.workflow.certificate.LifecycleVariables;
import vn.ocop.workflow.cycle.CycleVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.product.ProductVariables;

/**
 * The models are for people: they open in Modeler, draw in Cockpit, carry readable ids, set history
 * time to live and a version tag, call Spring beans only, and every form they use exists and asks
 * for variables the process knows.
 */
class ModelConventionsTest {

  static final Pattern READABLE_ID = Pattern.compile(
      "(StartEvent|EndEvent|Task|Gateway|SequenceFlow|BoundaryEvent|TimerEventDefinition|IntermediateEvent|SubProcess|CallActivity|Message|Signal|Error)_[A-Z][A-Za-z0-9]*");
  static final Set<String> FORM_JS_187_TYPES = Set.of("textfield", "textarea", "number", "datetime", "checkbox",
      "checklist", "radio", "select", "taglist", "group", "dynamiclist", "table", "spacer", "separator", "text",
      "html", "image", "iframe", "expression", "button");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<File> bpmnFiles() {
    return Stream.of(new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn")));
  }

  static Stream<File> formFiles() {
    return Stream.of(new File("forms").listFiles((dir, name) -> name.endsWith(".form")));
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyProcessIsValidNamedAfterItsFileVersionedAndKeepsHistoryForALimitedTime(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    Bpmn.validateModel(model);
    List<Process> processes = new ArrayList<>(model.getModelElementsByType(Process.class));
    assertThat(processes).as("one process per file").hasSize(1);
    Process process = processes.get(0);
    assertThat(process.getId()).isEqualTo(file.getName().replace(".bpmn", ""));
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(process.getCamundaVersionTag()).isNotBlank();
    assertThat(process.getName()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyElementHasDiagramInterchangeAndAReadableId(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(e.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of " + node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId());
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).matches(READABLE_ID);
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean joiningGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
      if (!joiningGateway) {
        assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
      }
    }
  }

  /**
   * Every user task has a Camunda Form; its validation on the server is wired once for every such task
   * (form.FormTaskContract), so no model declares it again.
   */
  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void modelsCallSpringBeansOnlyAndGiveEveryUserTaskAForm(File file) throws IOException {
    String xml = Files.readString(file.toPath(), StandardCharsets.UTF_8);
    assertThat(xml).doesNotContain("camunda:class=", "scriptFormat=", "camunda:script", "camunda:formKey=",
        "${formValidationListener}");
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")).as(task.getId()).isNotBlank();
      assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding")).isEqualTo("deployment");
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyUserTaskHasADueDate(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaDueDate()).as("due date of " + task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyFormAModelRefersToExists(File file) throws IOException {
    for (String formId : formIdsOf(Files.readString(file.toPath(), StandardCharsets.UTF_8))) {
      assertThat(Path.of("forms", formId + ".form")).as(file.getName() + " refers to " + formId).exists();
    }
  }

  @ParameterizedTest
  @MethodSource("formFiles")
  void everyFormIsNamedAfterItsFileAndUsesOnlyWhatTasklistRenders(File file) throws IOException {
    JsonNode form = JSON.readTree(file);
    assertThat(form.path("id").asText()).isEqualTo(file.getName().replace(".form", ""));
    assertThat(form.path("schemaVersion").asInt()).isLessThanOrEqualTo(16);
    assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
    Set<String> componentIds = new HashSet<>();
    walk(form.path("components"), component -> {
      assertThat(FORM_JS_187_TYPES).as(file.getName()).contains(component.path("type").asText());
      assertThat(componentIds.add(component.path("id").asText())).as("unique id " + component.path("id")).isTrue();
    });
  }

  /** The classes that declare the processes' variables, once each. */
  static final List<Class<?>> VARIABLE_DECLARATIONS = List.of(ProductVariables.class, EvaluationVariables.class,
      CycleVariables.class, AwarenessVariables.class, LifecycleVariables.class);

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyFormFieldIsADeclaredProcessVariable(File file) throws Exception {
    Set<String> variables = new HashSet<>();
    for (Class<?> declarations : VARIABLE_DECLARATIONS) {
      for (Field field : declarations.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          variables.add((String) field.get(null));
        }
      }
    }
    for (String formId : formIdsOf(Files.readString(file.toPath(), StandardCharsets.UTF_8))) {
      JsonNode form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
      assertVariables(formId, form.path("components"), variables);
    }
  }

  /**
   * Every task keeps task-local copies of the variables Tasklist lists under its name
   * (tasklist.TaskPresentation); a user task's form that changed one would change the copy only.
   */
  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void noUserTaskFormChangesTheVariablesTasklistListsUnderATask(File file) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String ref = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      for (String formId : formIdsOf("camunda:formRef=\"" + ref + "\"")) {
        List<String> keys = new ArrayList<>();
        walk(JSON.readTree(Path.of("forms", formId + ".form").toFile()).path("components"), component -> {
          keys.add(component.path("key").asText(""));
          keys.add(component.path("path").asText(""));
        });
        assertThat(keys).as(task.getId() + " form " + formId).doesNotContain("productName", "producerName");
      }
    }
  }

  @Test
  void everyDecisionIsDrawnVersionedAndKeepsHistoryForALimitedTime() {
    for (File file : new File("dmn").listFiles((dir, name) -> name.endsWith(".dmn"))) {
      DmnModelInstance model = Dmn.readModelFromFile(file);
      Set<String> shapes = new HashSet<>();
      String xml;
      try {
        xml = Files.readString(file.toPath(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      Matcher shape = Pattern.compile("dmnElementRef=\"([^\"]+)\"").matcher(xml);
      while (shape.find()) {
        shapes.add(shape.group(1));
      }
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        assertThat(decision.getId()).matches("[a-z][A-Za-z0-9]*");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
        assertThat(decision.getVersionTag()).as(decision.getId()).isNotBlank();
        assertThat(shapes).as("DRD shape of " + decision.getId()).contains(decision.getId());
      }
    }
  }

  /** Keys and valuesKeys are process variables; a group with a path is one variable holding its fields. */
  static void assertVariables(String formId, JsonNode components, Set<String> variables) {
    for (JsonNode component : components) {
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        assertThat(variables).as(formId + " group " + path).contains(path);
        continue;
      }
      if (component.has("key")) {
        assertThat(variables).as(formId + " field " + component.path("key").asText()).contains(component.path("key").asText());
      }
      if (component.has("valuesKey")) {
        assertThat(variables).as(formId + " options").contains(component.path("valuesKey").asText());
      }
      assertVariables(formId, component.path("components"), variables);
    }
  }

  /** The form ids a model refers to; {@code ${scoreSheetFormId}} stands for every generated score sheet. */
  static Set<String> formIdsOf(String xml) {
    Set<String> ids = new HashSet<>();
    Matcher matcher = Pattern.compile("camunda:formRef=\"([^\"]+)\"").matcher(xml);
    while (matcher.find()) {
      String ref = matcher.group(1);
      if (ref.equals("${scoreSheetFormId}")) {
        for (int set = 1; set <= 26; set++) {
          ids.add(String.format("scoreSheet%02d", set));
        }
      } else {
        assertThat(ref).as("form reference").doesNotContain("${");
        ids.add(ref);
      }
    }
    return ids;
  }

  static void walk(JsonNode components, java.util.function.Consumer<JsonNode> visitor) {
    for (JsonNode component : components) {
      visitor.accept(component);
      if (component.has("components")) {
        walk(component.path("components"), visitor);
      }
    }
  }
}
