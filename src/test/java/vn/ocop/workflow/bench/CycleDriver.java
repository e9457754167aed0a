package vn.ocop.workflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import vn.ocop.workflow.cycle.CycleTaskForms;
import vn.ocop.workflow.cycle.IdeaFormBuilder;

/**
 * Drives products through a cycle through the Java API as Tasklist does for its users: a commune officer
 * submits the start form, then for every open task of the product an officer of the unit in charge (or
 * the council member it is assigned to) claims it and submits its form, each call under that user's
 * authentication, so that authorization checks and the user operation log apply as they do in Tasklist.
 * The same driver runs our {@code ocopCycle} and the bare reference process.
 */
final class CycleDriver {

  static final String OUR_CYCLE = "ocopCycle";

  /** A task the driver completed: its key as our cycle names it, and whom it was routed to. */
  record Completion(String taskKey, String candidateGroup, String assignee) {
  }

  /** What one run of products cost. */
  record Run(int products, int completions, double seconds) {
    double completionsPerSecond() {
      return completions / seconds;
    }

    double millisPerCompletion() {
      return seconds * 1000 / completions;
    }
  }

  private final FormService formService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final CycleTaskForms forms;
  private final List<String> communes;
  private final Map<String, String> userOfGroup = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();
  private final AtomicInteger bareKeys = new AtomicInteger();
  private final Map<String, StepCost> steps = new ConcurrentHashMap<>();

  /** Time spent in the engine calls of one kind of step (start, or claim and submit of a task key). */
  static final class StepCost {
    final java.util.concurrent.atomic.LongAdder nanos = new java.util.concurrent.atomic.LongAdder();
    final java.util.concurrent.atomic.LongAdder count = new java.util.concurrent.atomic.LongAdder();

    double millisEach() {
      return count.sum() == 0 ? 0 : nanos.sum() / 1e6 / count.sum();
    }
  }

  CycleDriver(ProcessEngine engine, CycleTaskForms forms, List<String> communes) {
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    this.historyService = engine.getHistoryService();
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
    this.forms = forms;
    this.communes = List.copyOf(communes);
  }

  /** Our cycle: {@code ocopCycle} with every listener, delegate, decision and table of ours. */
  ProductDrive ours() {
    return index -> {
      String commune = communes.get(index % communes.size());
      VariableMap idea = IdeaFormBuilder.anIdea().with("communeCode", commune).build();
      String definitionId = latestDefinitionId(OUR_CYCLE);
      long begin = System.nanoTime();
      ProcessInstance started = as(userOf("commune" + commune), () -> formService.submitStartForm(definitionId, idea));
      record("ours:start", begin);
      return new Product(started.getId(), started.getBusinessKey());
    };
  }

  /** The bare reference process, started with the same form values. */
  ProductDrive bare() {
    return index -> {
      String commune = communes.get(index % communes.size());
      VariableMap idea = IdeaFormBuilder.anIdea().with("communeCode", commune).build();
      idea.putValue("provinceCode", BenchUnits.PROVINCE);
      String businessKey = "BARE-" + commune + "-" + bareKeys.incrementAndGet();
      String definitionId = latestDefinitionId(BareCycleModel.PROCESS);
      long begin = System.nanoTime();
      ProcessInstance started = as(userOf("commune" + commune), () -> formService.submitStartForm(definitionId,
          businessKey, idea));
      record("bare:start", begin);
      return new Product(started.getId(), businessKey);
    };
  }

  record Product(String processInstanceId, String businessKey) {
  }

  interface ProductDrive {
    Product start(int index);
  }

  /** Drives one product to its end; returns what was completed, in order. */
  List<Completion> drive(ProductDrive drive, int index) {
    Product product = drive.start(index);
    List<Completion> done = new ArrayList<>();
    while (true) {
      List<String> instances = new ArrayList<>(List.of(product.processInstanceId()));
      runtimeService.createProcessInstanceQuery().rootProcessInstanceId(product.processInstanceId()).list()
          .forEach(instance -> instances.add(instance.getId()));
      List<Task> open = taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new))
          .orderByTaskCreateTime().asc().list().stream()
          .filter(task -> !CycleTaskForms.BESIDE_THE_PATH.contains(task.getTaskDefinitionKey()))
          .toList();
      if (open.isEmpty()) {
        break;
      }
      for (Task task : open) {
        done.add(work(task));
      }
    }
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(product.processInstanceId()).singleResult();
    if (!HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())) {
      throw new IllegalStateException("Product " + product.businessKey() + " did not complete its cycle: " + ended.getState()
          + " after " + done + "; open: " + taskService.createTaskQuery().list().stream()
          .map(t -> t.getTaskDefinitionKey() + "@" + t.getProcessInstanceId()).toList());
    }
    return done;
  }

  private Completion work(Task task) {
    String key = BareCycleModel.ourKey(task.getTaskDefinitionKey());
    String kind = (key.equals(task.getTaskDefinitionKey()) ? "ours:" : "bare:") + key;
    String group = null;
    String user = task.getAssignee();
    if (user == null) {
      group = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).findFirst()
          .orElseThrow(() -> new IllegalStateException("Task " + key + " has neither assignee nor candidate group"));
      user = userOf(group);
    }
    VariableMap submission = forms.forTask(key);
    String worker = user;
    long begin = System.nanoTime();
    if (task.getAssignee() == null) {
      as(worker, () -> {
        taskService.claim(task.getId(), worker);
        return null;
      });
    }
    as(worker, () -> {
      formService.submitTaskForm(task.getId(), submission);
      return null;
    });
    record(kind, begin);
    return new Completion(key, group, group == null ? user : null);
  }

  /** Drives {@code products} products with {@code threads} users at once. */
  Run run(ProductDrive drive, int products, int threads) {
    AtomicInteger next = new AtomicInteger();
    List<Integer> completions = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int index = next.getAndIncrement(); index < products; index = next.getAndIncrement()) {
            completions.add(drive(drive, index).size());
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("Driving products failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Run(products, completions.stream().mapToInt(Integer::intValue).sum(), seconds);
  }

  private void record(String kind, long beginNanos) {
    StepCost cost = steps.computeIfAbsent(kind, k -> new StepCost());
    cost.nanos.add(System.nanoTime() - beginNanos);
    cost.count.increment();
  }

  /** Milliseconds per call of each kind of step since the last reset, by kind. */
  Map<String, Double> stepMillis() {
    Map<String, Double> millis = new java.util.TreeMap<>();
    steps.forEach((kind, cost) -> millis.put(kind, cost.millisEach()));
    return millis;
  }

  void resetSteps() {
    steps.clear();
  }

  private String latestDefinitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  /** A user of the group, as the unit's officer who works the task. */
  String userOf(String groupId) {
    return userOfGroup.computeIfAbsent(groupId, id -> {
      List<User> users = identityService.createUserQuery().memberOfGroup(id).orderByUserId().asc().listPage(0, 1);
      if (users.isEmpty()) {
        throw new IllegalStateException("Nobody works for group " + id);
      }
      return users.get(0).getId();
    });
  }

  private <T> T as(String userId, Supplier<T> call) {
    List<String> groups = groupsOfUser.computeIfAbsent(userId, id ->
        identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
    identityService.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
