package vn.ocop.workflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ocop.workflow.config.FeelCachePlugin;

/** The decisions of one DMN file of dmn/, parsed once from the test classpath, and checks of the file itself. */
public final class DmnFile {


  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";

  /** The application's FEEL set-up (FeelCachePlugin), so that the decision tests check what the engine runs. */
  private static final DmnEngine ENGINE = FeelCachePlugin.standaloneConfiguration().buildEngine();
  private final String resource;
  private final Map<String, DmnDecision> decisions;

  public DmnFile(String resource) {
    this.resource = resource;
    this.decisions = parse();
  }

  private InputStream open() {
    InputStream in = DmnFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the test classpath");
    }
    return in;
  }

  private Map<String, DmnDecision> parse() {
    try (InputStream in = open()) {
      return ENGINE.parseDecisions(in).stream().collect(Collectors.toMap(DmnDecision::getKey, Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public DmnDecision decision(String key) {
    DmnDecision decision = decisions.get(key);
    assertThat(decision).as("decision %s in %s", key, resource).isNotNull();
    return decision;
  }

  /** Evaluates a decision with variables given as name, value, name, value… (values may be null; unnamed ones are absent). */
  public DmnDecisionResult evaluate(String key, Object... namesAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return ENGINE.evaluateDecision(decision(key), variables);
  }

  /**
   * Checks what the engine does not: the decision carries the Camunda attributes, its hit policy is explicit, every input
   * and output has a label and a type (string ones their allowed values, and every string output entry is one of them),
   * every rule a description citing {@code legalBasis}, and the diagram has a shape for the decision and an edge for each
   * of its information requirements.
   */
  public void assertDocumentedForModeler(String decisionId, String legalBasis) {
    Document file = document();
    Element decision = byAttribute(file.getElementsByTagNameNS(DMN, "decision"), "id", decisionId);
    assertThat(decision).as("decision %s", decisionId).isNotNull();
    assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).isEqualTo("1825");
    assertThat(decision.getAttributeNS(CAMUNDA, "versionTag")).isEqualTo("QD26-2026.1");
    assertThat(decision.getAttribute("name")).isNotBlank();
    assertThat(children(decision, "description")).as("description of %s", decisionId).hasSize(1);

    Element table = first(decision, "decisionTable");
    assertThat(table.getAttribute("hitPolicy")).as("explicit hit policy").isNotBlank();
    for (Element input : children(table, "input")) {
      String where = decisionId + " input " + input.getAttribute("id");
      assertThat(input.getAttribute("label")).as(where + " label").isNotBlank();
      String typeRef = first(input, "inputExpression").getAttribute("typeRef");
      assertThat(typeRef).as(where + " typeRef").isNotBlank();
      if (typeRef.equals("string")) {
        assertThat(children(input, "inputValues")).as(where + " allowed values").hasSize(1);
      }
    }
    List<Element> outputs = children(table, "output");
    for (Element output : outputs) {
      String where = decisionId + " output " + output.getAttribute("name");
      assertThat(output.getAttribute("label")).as(where + " label").isNotBlank();
      assertThat(output.getAttribute("typeRef")).as(where + " typeRef").isNotBlank();
      if (output.getAttribute("typeRef").equals("string")) {
        assertThat(children(output, "outputValues")).as(where + " allowed values").hasSize(1);
      }
    }
    List<Element> rules = children(table, "rule");
    assertThat(rules).isNotEmpty();
    for (Element rule : rules) {
      assertThat(children(rule, "description")).as("rule %s description", rule.getAttribute("id")).hasSize(1);
      assertThat(first(rule, "description").getTextContent()).as("rule %s cites its basis", rule.getAttribute("id"))
          .contains(legalBasis);
      List<Element> entries = children(rule, "outputEntry");
      for (int i = 0; i < outputs.size(); i++) {
        Element output = outputs.get(i);
        if (output.getAttribute("typeRef").equals("string")) {
          String allowed = first(first(output, "outputValues"), "text").getTextContent();
          String entry = first(entries.get(i), "text").getTextContent();
          assertThat(allowed).as("rule %s: %s is a declared value of %s", rule.getAttribute("id"), entry,
              output.getAttribute("name")).contains(entry);
        }
      }
    }

    NodeList shapes = file.getElementsByTagNameNS(DMNDI, "DMNShape");
    assertThat(byAttribute(shapes, "dmnElementRef", decisionId)).as("diagram shape of %s", decisionId).isNotNull();
    NodeList edges = file.getElementsByTagNameNS(DMNDI, "DMNEdge");
    for (Element requirement : children(decision, "informationRequirement")) {
      assertThat(byAttribute(edges, "dmnElementRef", requirement.getAttribute("id")))
          .as("diagram edge of %s", requirement.getAttribute("id")).isNotNull();
    }
  }

  /** The information requirements of a decision in the DRD. */
  public List<Element> informationRequirements(String decisionId) {
    Element decision = byAttribute(document().getElementsByTagNameNS(DMN, "decision"), "id", decisionId);
    assertThat(decision).as("decision %s", decisionId).isNotNull();
    return children(decision, "informationRequirement");
  }

  /** The description (annotation) of a decision. */
  public String description(String decisionId) {
    Element decision = byAttribute(document().getElementsByTagNameNS(DMN, "decision"), "id", decisionId);
    assertThat(decision).as("decision %s", decisionId).isNotNull();
    return first(decision, "description").getTextContent();
  }

  private Document document() {
    try (InputStream in = open()) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }

  private Element byAttribute(NodeList nodes, String attribute, String value) {
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (value.equals(element.getAttribute(attribute))) {
        return element;
      }
    }
    return null;
  }

  private List<Element> children(Element parent, String localName) {
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
      if (parent.getChildNodes().item(i) instanceof Element child && DMN.equals(child.getNamespaceURI())
          && localName.equals(child.getLocalName())) {
        result.add(child);
      }
    }
    return result;
  }

  private Element first(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    assertThat(found).as("%s in %s", localName, parent.getAttribute("id")).isNotEmpty();
    return found.get(0);
  }
}
