package vn.ocop.workflow.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.common.AsSystem;

/**
 * The officers' task inbox: every open user task, indexed the way Tasklist's filters ask for them (one
 * row per task with its assignee and dates, one row per task and candidate group), so that a filter's
 * page is a few index reads per group of its user, however many tasks the province has
 * ({@link InboxFilter}; docs/benchmarks.md). The engine stays the owner of the tasks: claim, forms and
 * completion go to it, and the inbox follows.
 * <ul>
 * <li>It follows the engine's task events (create, update, complete, delete), in the engine's
 * own transaction: a task and its inbox rows are committed together.</li>
 * <li>It is brought back to the engine's tables ({@link #synchronize()}) at start and every few minutes,
 * for what raises no task event: a process instance deleted by the administrator with "skip custom
 * listeners", a migration, candidate groups changed through the REST API, or rows loaded
 * into the engine's tables by other means (the benchmark).</li>
 * <li>It keeps a tally of each group's open tasks ({@code ocop_inbox_tally}), so that the count of a unit
 * as big as a province's is a sum of a few rows: the task events only insert into it (+1 for each group
 * of a new task, -1 for each group of a task gone), so no two transactions ever wait for one counter row;
 * the synchronisation adds the correction for what changed without an event, and folds each group's rows
 * into one.</li>
 * </ul>
 */
@Component
@Order(45)
public class TaskInbox implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskInbox.class);

  private final InboxMapper mapper;
  private final RepositoryService repository;
  private final IdentityService identity;
  /** Process definition id to key: definitions never change once deployed. */
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();
  /** Whether Tasklist's filter calls are answered from the inbox; off, the engine answers them all (tests compare). */
  private volatile boolean answering;
  /**
   * The tally's correction and folding, in a transaction of their own that reads one snapshot: what it
   * folds is exactly what it deletes, whatever task events commit meanwhile; and of two nodes correcting at
   * once, one is refused (serializable), so a correction is never added twice.
   */
  private final TransactionTemplate tallyTransaction;

  TaskInbox(InboxMapper mapper, @Lazy RepositoryService repository, @Lazy IdentityService identity,
      @Value("${ocop.inbox.answer-filters:true}") boolean answering, PlatformTransactionManager transactions) {
    this.mapper = mapper;
    this.tallyTransaction = new TransactionTemplate(transactions);
    this.tallyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.tallyTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
    this.repository = repository;
    this.identity = identity;
    this.answering = answering;
  }

  boolean answering() {
    return answering;
  }

  void answering(boolean answering) {
    this.answering = answering;
  }

  @EventListener
  void onTaskEvent(DelegateTask task) {
    String event = task.getEventName();
    if (TaskListener.EVENTNAME_CREATE.equals(event)) {
      created(task);
    } else if (TaskListener.EVENTNAME_UPDATE.equals(event)) {
      // every change of a created task's fields, its assignee included (a claim raises "assignment" and
      // "update": only the latter is written; an assignee given at creation is in the task's row already)
      mapper.updateTask(task.getId(), task.getAssignee(), task.getDueDate());
      mapper.updateGroupsDue(task.getId(), task.getDueDate());
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
      mapper.tallyTaskGone(task.getId());
      mapper.deleteTask(task.getId()); // and its groups' rows (ON DELETE CASCADE)
    }
  }

  private void created(DelegateTask task) {
    mapper.insertTask(task.getId(), task.getAssignee(), task.getDueDate(), task.getCreateTime(),
        task.getTaskDefinitionKey(), processKey(task.getProcessDefinitionId()));
    for (String group : candidateGroups(task)) {
      mapper.insertGroup(group, task.getId(), task.getDueDate(), task.getCreateTime());
      mapper.tally(group, 1);
    }
  }

  private String processKey(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    return processKeys.computeIfAbsent(processDefinitionId,
        id -> AsSystem.call(identity, () -> repository.getProcessDefinition(id).getKey()));
  }

  static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  /** The ids of one page of the tasks the query selects, most urgent first (due date, then creation). */
  List<String> page(InboxQuery query) {
    return query.selectsNothing() || query.maxResults() == 0 ? List.of() : mapper.page(query);
  }

  /**
   * The number of tasks the query selects. A user's groups seldom share a task (an officer has one unit
   * with tasks; the role group holds none), and counting one group's tasks needs no {@code COUNT(DISTINCT)},
   * which sorted the 24,000 task ids of a province on every poll; so the groups holding no task are left
   * out first (one index probe each), and only two or more groups with tasks are counted with the sort.
   * One group's tasks are its tally, or within due dates ("Quá hạn", "Sắp đến hạn") its rows.
   */
  long count(InboxQuery query) {
    if (query.selectsNothing()) {
      return 0;
    }
    List<String> withTasks = query.groups().isEmpty() ? List.of() : mapper.groupsWithTasks(query.groups());
    InboxQuery counted = query.withGroups(withTasks);
    if (counted.selectsNothing()) {
      return 0;
    }
    return withTasks.size() <= 1 ? mapper.countOfOneGroup(counted) : mapper.count(counted);
  }

  /** The open tasks of one process (a stage of the cycle), whoever holds them. */
  long countOfProcess(String processKey) {
    return mapper.countOfProcess(processKey);
  }

  /**
   * What one synchronisation changed: the inbox's rows, and the groups whose tally had to be corrected
   * (not its folding, which changes no group's sum).
   */
  public record Synchronized(int tasksGone, int groupsGone, int tasksAdded, int tasksChanged, int groupsAdded,
      int groupsChanged, int talliesCorrected) {

    int total() {
      return tasksGone + groupsGone + tasksAdded + tasksChanged + groupsAdded + groupsChanged + talliesCorrected;
    }
  }

  /**
   * Brings the inbox back to the engine's open tasks and their candidate groups: set-based statements,
   * each correct on its own, so that two nodes running it at once, or a task completed meanwhile, leave
   * nothing wrong that the next run does not correct.
   */
  public Synchronized synchronize() {
    return synchronize(false);
  }

  /**
   * As {@link #synchronize()}; the tally is checked against the groups' rows when rows were added or
   * deleted without a task event, or when {@code checkTally} asks for it (at start: the database may have
   * been changed while no node ran).
   */
  Synchronized synchronize(boolean checkTally) {
    int tasksGone = mapper.deleteGoneTasks();
    int groupsGone = mapper.deleteGoneGroups();
    int tasksAdded = mapper.insertMissingTasks();
    int tasksChanged = mapper.updateChangedTasks();
    int groupsAdded = mapper.insertMissingGroups();
    int groupsChanged = mapper.updateChangedGroups();
    // a group's rows added or deleted without an event (a task gone takes its groups' rows with it)
    boolean correct = checkTally || tasksGone + groupsGone + groupsAdded > 0;
    Integer corrected = tallyTransaction.execute(status -> {
      int groups = correct ? mapper.correctTally() : 0;
      foldTallyRows();
      return groups;
    });
    return new Synchronized(tasksGone, groupsGone, tasksAdded, tasksChanged, groupsAdded, groupsChanged,
        corrected == null ? 0 : corrected);
  }

  /**
   * Folds each group's tally rows into one, between two synchronisations: a province's group gains a row
   * with every task created or ended in it (3,259 unfolded rows in the full-scale benchmark, after its
   * cycle part), and its count sums them.
   */
  void foldTally() {
    tallyTransaction.executeWithoutResult(status -> foldTallyRows());
  }

  @Scheduled(initialDelayString = "${ocop.inbox.fold-every:PT30S}", fixedDelayString = "${ocop.inbox.fold-every:PT30S}")
  void foldTallyRegularly() {
    try {
      foldTally();
    } catch (RuntimeException e) {
      // another node folding at the same moment: refused by the serializable transaction, folded next time
      LOG.debug("Task inbox tally not folded this time: {}", e.toString());
    }
  }

  /** Each group's tally rows become one row with their sum (none when it is zero), in the caller's transaction. */
  private void foldTallyRows() {
    List<InboxMapper.Tally> foldable = mapper.foldableTally();
    if (foldable.isEmpty()) {
      return;
    }
    long rows = foldable.stream().mapToLong(InboxMapper.Tally::tallyRows).sum();
    int deleted = mapper.deleteFoldableTally();
    if (deleted != rows) {
      // cannot happen in one snapshot; rolled back rather than folded wrong
      throw new IllegalStateException("Tally fold read " + rows + " rows but deleted " + deleted);
    }
    List<InboxMapper.Tally> sums = foldable.stream().filter(t -> t.tasks() != 0).toList();
    for (int from = 0; from < sums.size(); from += 1000) {
      mapper.insertTallies(sums.subList(from, Math.min(sums.size(), from + 1000)));
    }
  }

  /** A group's tally: its open tasks, as the count reads them. */
  long tallyOf(String group) {
    return mapper.countOfOneGroup(new InboxQuery(List.of(group), null, null, null, null, 0, 0));
  }

  @Override
  public void run(ApplicationArguments args) {
    synchronizeAndLog("at start", true);
  }

  @Scheduled(initialDelayString = "${ocop.inbox.synchronize-every:PT5M}",
      fixedDelayString = "${ocop.inbox.synchronize-every:PT5M}")
  void synchronizeRegularly() {
    synchronizeAndLog("regularly", false);
  }

  private void synchronizeAndLog(String when, boolean checkTally) {
    try {
      Synchronized result = synchronize(checkTally);
      if (result.total() > 0) {
        LOG.info("Task inbox synchronised {} with the engine's tasks: {}", when, result);
      }
    } catch (RuntimeException e) {
      // another node synchronising at the same moment, or a task finished meanwhile: the next run corrects it
      LOG.warn("Task inbox synchronisation {} did not finish: {}", when, e.toString());
    }
  }
}
