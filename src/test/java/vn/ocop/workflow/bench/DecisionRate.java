package vn.ocop.workflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Evaluations per second of decision {@code starRank} (with the {@code starBand} it requires), with the
 * inputs of StarRankDecisionTest: every regime, averages across the bands, minima caps 1 to 5, and
 * disqualified dossiers. Measured three ways: the deployed decision (read back from the engine's repository)
 * evaluated in-process by a DMN engine with the process engine's own FEEL engine factory (the rule
 * evaluation itself, no database); the same with Camunda's stock FEEL engine, for comparison; and through
 * the engine's DecisionService (which also looks up the latest version and, at history level full, writes
 * the evaluation's history).
 */
final class DecisionRate {

  static final String DECISION = "starRank";

  /** Inputs and the stars StarRankDecisionTest expects for them ({@code null}: no stars). */
  record Case(VariableMap inputs, Integer stars) {
  }

  private final ProcessEngine engine;
  private final DmnEngine dmn;
  private final DmnDecision decision;
  private final DmnEngine stockDmn;
  private final DmnDecision stockDecision;
  private final String feelEngineFactory;
  private final List<Case> cases = new ArrayList<>();

  DecisionRate(ProcessEngine engine) {
    this.engine = engine;
    FeelEngineFactory factory = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration().getFeelEngineFactory();
    this.feelEngineFactory = factory.createInstance().getClass().getName();
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(factory);
    this.dmn = configuration.buildEngine();
    this.stockDmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION).latestVersion().singleResult();
    this.decision = parse(engine, definition, dmn);
    this.stockDecision = parse(engine, definition, stockDmn);
    double[] averages = {10, 40, 60, 80, 89.99, 90, 95, 100};
    int[] bands = {1, 2, 3, 4, 4, 5, 5, 5};
    for (String regime : List.of("QD1048_2019", "QD148_2023", "QD1489_2025", "QD26_2026")) {
      for (int a = 0; a < averages.length; a++) {
        for (int cap = 1; cap <= 5; cap++) {
          cases.add(new Case(inputs(regime, averages[a], false, cap), Math.min(bands[a], cap)));
        }
      }
      cases.add(new Case(inputs(regime, 100.0, true, 5), null));
    }
  }

  private static DmnDecision parse(ProcessEngine engine, DecisionDefinition definition, DmnEngine dmn) {
    try (InputStream model = engine.getRepositoryService().getDecisionModel(definition.getId())) {
      return dmn.parseDecision(DECISION, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class of the FEEL engine the process engine evaluates decisions with. */
  String feelEngine() {
    return feelEngineFactory;
  }

  private static VariableMap inputs(String regime, double averageScore, boolean disqualified, int minimaCapStars) {
    return Variables.createVariables().putValue("regime", regime).putValue("averageScore", averageScore)
        .putValue("disqualified", disqualified).putValue("minimaCapStars", minimaCapStars);
  }

  int cases() {
    return cases.size();
  }

  /** Evaluates the cases and fails on any result other than the one StarRankDecisionTest expects. */
  void check() {
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Object stars = dmn.evaluateDecision(decision, c.inputs()).getSingleResult().get("stars");
      Object stock = stockDmn.evaluateDecision(stockDecision, c.inputs()).getSingleResult().get("stars");
      // through the engine (which writes history) every seventh case only
      Object viaService = i % 7 != 0 ? c.stars() : engine.getDecisionService().evaluateDecisionByKey(DECISION)
          .variables(c.inputs()).evaluate().getSingleResult().get("stars");
      if (!java.util.Objects.equals(stars, c.stars()) || !java.util.Objects.equals(viaService, c.stars())
          || !java.util.Objects.equals(stock, c.stars())) {
        throw new IllegalStateException("starRank gave " + stars + " / " + viaService + " for " + c.inputs()
            + ", expected " + c.stars());
      }
    }
  }

  /** Evaluations per second with the DMN engine during one round of about {@code millis}, in {@code threads} threads. */
  double inProcessPerSecond(long millis, int threads) {
    return perSecond(millis, threads, c -> dmn.evaluateDecision(decision, c.inputs()).getSingleResult().get("stars"));
  }

  /** The same with Camunda's stock FEEL engine (no parse cache), one thread. */
  double stockFeelPerSecond(long millis) {
    return perSecond(millis, 1, c -> stockDmn.evaluateDecision(stockDecision, c.inputs()).getSingleResult().get("stars"));
  }

  /** Evaluations per second through the DecisionService during one round of about {@code millis}, one thread. */
  double decisionServicePerSecond(long millis) {
    DecisionService service = engine.getDecisionService();
    return perSecond(millis, 1, c -> service.evaluateDecisionByKey(DECISION).variables(c.inputs()).evaluate()
        .getSingleResult().get("stars"));
  }

  private double perSecond(long millis, int threads, java.util.function.Function<Case, Object> evaluate) {
    long[] counts = new long[threads];
    long[] hashes = new long[threads];
    List<Thread> workers = new ArrayList<>();
    long deadline = System.nanoTime() + millis * 1_000_000;
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        int i = thread;
        while (System.nanoTime() < deadline) {
          Object stars = evaluate.apply(cases.get(i % cases.size()));
          hashes[thread] += stars == null ? 0 : stars.hashCode();
          counts[thread]++;
          i++;
        }
      }, "bench-decisions-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long total = 0;
    long hash = 0;
    for (int t = 0; t < threads; t++) {
      total += counts[t];
      hash += hashes[t];
    }
    if (total > 0 && hash == 0) {
      throw new IllegalStateException("No evaluation gave stars");
    }
    return total / seconds;
  }
}
