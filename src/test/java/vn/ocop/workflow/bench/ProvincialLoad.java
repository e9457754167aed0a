package vn.ocop.workflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * Loads a province's worth of work straight into the engine's tables with set-based SQL (INSERT … SELECT
 * over generate_series, every value a parameter), in rows shaped as the engine writes them for our models:
 * <ul>
 *   <li>open tasks: a product's cycle instance waiting in a call activity, the called process's instance
 *       waiting at a user task, the task with its candidate group (its commune's or the province's), the
 *       TASK grant the engine gives that group, the routing variables, and the history the engine keeps of
 *       all of it (process, activity and task instances, identity link, variables);</li>
 *   <li>finished process instances: whole cycles, each a root {@code ocopCycle} instance and the seven
 *       instances it called, with start and end events, one completed user task per called instance
 *       (claimed and completed by an officer: operation log, identity link, variable update) and two
 *       variables per instance.</li>
 * </ul>
 * Ids are UUIDs derived from a row number (md5), so loads can be repeated in steps; process definition ids
 * are those of the deployed models, tenant ids null, revisions 1.
 */
final class ProvincialLoad {

  /** Whom a waiting task is routed to. */
  enum Route { COMMUNE, DISTRICT, PROVINCE, COUNCIL }

  /** Where a product waits: the called process, the call activity, the user task and who it is routed to. */
  record WaitingKind(String processKey, String callActivity, String taskKey, Route route, int dueDays, int weight) {
    boolean province() {
      return route == Route.PROVINCE;
    }
  }

  /**
   * The mix of open tasks (weights add up to 100): the province's group holds 24 % of all open tasks (the
   * figure of issue 21), the districts' 6 %, the council members 7 % (score sheets assigned to each).
   */
  static final List<WaitingKind> OPEN_TASK_MIX = List.of(
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_CheckForm", Route.COMMUNE, 7, 20),
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_ScreenContent", Route.DISTRICT, 14, 6),
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_ProvinceCouncil", Route.PROVINCE, 21, 6),
      new WaitingKind("proposalScreening", "CallActivity_PlanScreening", "Task_AnswerProducer", Route.COMMUNE, 7, 9),
      new WaitingKind("training", "CallActivity_Training1", "Task_RecordAttendance", Route.PROVINCE, 120, 7),
      new WaitingKind("implementation", "CallActivity_Implementation", "Task_ConfirmReadiness", Route.COMMUNE, 30, 18),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_CommuneReview", Route.COMMUNE, 21, 16),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_ProvinceCheck", Route.PROVINCE, 14, 6),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_ScoreProduct", Route.COUNCIL, 7, 7),
      new WaitingKind("tradePromotion", "CallActivity_TradePromotion", "Task_PlanActivities", Route.PROVINCE, 30, 5));

  /** Council members the score sheets of the load are assigned to (the demo profile's hoidong1 to hoidong7). */
  static final int COUNCIL_MEMBERS = 7;

  /** Per 100 open tasks: overdue ("Quá hạn") and due within the next three days ("Sắp đến hạn"). */
  static final int OVERDUE_PER_HUNDRED = 10;
  static final int DUE_SOON_PER_HUNDRED = 5;

  /** Where a variable of an open task lives: the cycle's instance, the called instance, or the task itself. */
  enum VariableScope { ROOT, SUB, TASK }

  /** A variable every open task's product holds, with the SQL of its value over {@code o} (bench_open). */
  record LoadedVariable(String name, VariableScope scope, String type, String value) {
  }

  /**
   * About 25 variables (26) per open task, as our processes hold them: the cycle's registration and routing on
   * its instance, the context a called process is given by reference, and the task-local copies the
   * filters show on each card and the form's header ({@code TaskPresentation}).
   */
  static final List<LoadedVariable> OPEN_TASK_VARIABLES = List.of(
      new LoadedVariable("communeCode", VariableScope.ROOT, "string", "o.commune"),
      new LoadedVariable("productId", VariableScope.ROOT, "long", "5000000 + o.i"),
      new LoadedVariable("productCode", VariableScope.ROOT, "string", "'SP-' || o.commune || '-' || o.i"),
      new LoadedVariable("productName", VariableScope.ROOT, "string", "'Sản phẩm thử tải ' || o.i"),
      new LoadedVariable("producerName", VariableScope.ROOT, "string", "'HTX thử tải ' || (o.i % 997)"),
      new LoadedVariable("producerType", VariableScope.ROOT, "string", "'COOPERATIVE'"),
      new LoadedVariable("representativeName", VariableScope.ROOT, "string", "'Nguyễn Văn An'"),
      new LoadedVariable("producerAddress", VariableScope.ROOT, "string", "'Thôn 1, xã ' || o.commune"),
      new LoadedVariable("producerPhone", VariableScope.ROOT, "string", "'0912' || lpad((o.i % 1000000)::text, 6, '0')"),
      new LoadedVariable("productSet", VariableScope.ROOT, "long", "1 + o.i % 26"),
      new LoadedVariable("regime", VariableScope.ROOT, "string", "'QD148_2023'"),
      new LoadedVariable("districtStage", VariableScope.ROOT, "boolean", "1"),
      new LoadedVariable("communeCode", VariableScope.SUB, "string", "o.commune"),
      new LoadedVariable("provinceCode", VariableScope.SUB, "string", "'" + BenchUnits.PROVINCE + "'"),
      new LoadedVariable("districtCode", VariableScope.SUB, "string", "o.district"),
      new LoadedVariable("productId", VariableScope.SUB, "long", "5000000 + o.i"),
      new LoadedVariable("districtStage", VariableScope.SUB, "boolean", "1"),
      new LoadedVariable("screeningKind", VariableScope.SUB, "string", "'IDEA'"),
      new LoadedVariable("screeningTitle", VariableScope.SUB, "string", "'Thẩm định ý tưởng sản phẩm'"),
      new LoadedVariable("dossierType", VariableScope.SUB, "string", "'NEW'"),
      new LoadedVariable("scoreSheetFormId", VariableScope.SUB, "string",
          "'scoreSheet' || lpad((1 + o.i % 26)::text, 2, '0')"),
      new LoadedVariable("productName", VariableScope.TASK, "string", "'Sản phẩm thử tải ' || o.i"),
      new LoadedVariable("producerName", VariableScope.TASK, "string", "'HTX thử tải ' || (o.i % 997)"),
      new LoadedVariable("productSetName", VariableScope.TASK, "string", "'Thực phẩm chế biến'"),
      new LoadedVariable("communeName", VariableScope.TASK, "string", "'Xã thử tải ' || o.commune"),
      // the copy of a form reference made of a variable (a council member's score sheet), kept with the task
      // (TaskPresentation); loaded on every task, like its original on every called instance above
      new LoadedVariable("scoreSheetFormId", VariableScope.TASK, "string",
          "'scoreSheet' || lpad((1 + o.i % 26)::text, 2, '0')"));

  /** The seven instances a finished cycle called, in order, with the one user task kept for each. */
  private static final List<WaitingKind> FINISHED_CALLS = List.of(
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_CheckForm", Route.COMMUNE, 0, 0),
      new WaitingKind("training", "CallActivity_Training1", "Task_RecordAttendance", Route.PROVINCE, 0, 0),
      new WaitingKind("proposalScreening", "CallActivity_PlanScreening", "Task_AnswerProducer", Route.COMMUNE, 0, 0),
      new WaitingKind("training", "CallActivity_Training2", "Task_RecordAttendance", Route.PROVINCE, 0, 0),
      new WaitingKind("implementation", "CallActivity_Implementation", "Task_ConfirmReadiness", Route.COMMUNE, 0, 0),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_ProvinceCheck", Route.PROVINCE, 0, 0),
      new WaitingKind("tradePromotion", "CallActivity_TradePromotion", "Task_PlanActivities", Route.PROVINCE, 0, 0));

  /** Instances per finished cycle: the root and the seven it called. */
  static final int INSTANCES_PER_CYCLE = 1 + FINISHED_CALLS.size();

  private final BenchDatabase database;
  private final RepositoryService repository;
  private final List<String> communes;
  private final Map<String, String> districtOfCommune;
  private final Map<String, ProcessDefinition> definitions = new LinkedHashMap<>();
  private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
  private final Map<String, Long> rowsLoaded = new LinkedHashMap<>();
  private int openTasksLoaded;
  private long finishedCyclesLoaded;

  ProvincialLoad(BenchDatabase database, RepositoryService repository, List<String> communes,
      Map<String, String> districtOfCommune) {
    this.database = database;
    this.repository = repository;
    this.communes = List.copyOf(communes);
    this.districtOfCommune = Map.copyOf(districtOfCommune);
  }

  int openTasksLoaded() {
    return openTasksLoaded;
  }

  /**
   * Adds {@code count} open tasks (one waiting product each), spread over all communes, with due dates
   * around {@code now} (the engine's clock): {@link #OVERDUE_PER_HUNDRED} overdue, {@link #DUE_SOON_PER_HUNDRED}
   * due within three days, the rest later.
   */
  void addOpenTasks(int count) {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      kinds(connection, "bench_open_kind", OPEN_TASK_MIX);
      List<Integer> slots = new ArrayList<>();
      for (int k = 0; k < OPEN_TASK_MIX.size(); k++) {
        for (int w = 0; w < OPEN_TASK_MIX.get(k).weight(); w++) {
          slots.add(k);
        }
      }
      Collections.shuffle(slots, new Random(8));
      execute(connection, "drop table if exists bench_open");
      try (PreparedStatement statement = connection.prepareStatement("""
          create temp table bench_open as
          select x.*,
            least(x.now - (x.i % 1440) * interval '1 minute', x.due - k.due_days * interval '1 day') as created
          from (
            select i, n.now,
              md5('ocop-bench-open-root-' || i)::uuid::text as root_id,
              md5('ocop-bench-open-call-' || i)::uuid::text as call_id,
              md5('ocop-bench-open-callact-' || i)::uuid::text as call_act,
              md5('ocop-bench-open-sub-' || i)::uuid::text as sub_id,
              md5('ocop-bench-open-taskact-' || i)::uuid::text as task_act,
              md5('ocop-bench-open-task-' || i)::uuid::text as task_id,
              c.communes[1 + (i % cardinality(c.communes))] as commune,
              c.districts[1 + (i % cardinality(c.communes))] as district,
              c.slots[1 + abs(hashtext('ocop-bench-kind-' || i)) % cardinality(c.slots)] as kind,
              case when abs(hashtext('ocop-bench-due-' || i)) % 100 < ? then
                  n.now - (1 + i % 15) * interval '1 day' - (i % 600) * interval '1 minute'
                when abs(hashtext('ocop-bench-due-' || i)) % 100 < ? then n.now + (1 + i % 70) * interval '1 hour'
                else n.now + (4 + i % 45) * interval '1 day' + (i % 600) * interval '1 minute' end as due
            from generate_series(?::bigint, ?::bigint) as i,
              (select ?::text[] as communes, ?::text[] as districts, ?::int[] as slots) as c,
              (select ?::timestamp as now) as n
          ) x join bench_open_kind k on k.kind = x.kind
          """)) {
        statement.setInt(1, OVERDUE_PER_HUNDRED);
        statement.setInt(2, OVERDUE_PER_HUNDRED + DUE_SOON_PER_HUNDRED);
        statement.setLong(3, openTasksLoaded);
        statement.setLong(4, (long) openTasksLoaded + count - 1);
        statement.setArray(5, connection.createArrayOf("text", communes.toArray()));
        statement.setArray(6, connection.createArrayOf("text", communes.stream().map(districtOfCommune::get).toArray()));
        statement.setArray(7, connection.createArrayOf("integer", slots.toArray()));
        statement.setTimestamp(8, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now()));
        statement.execute();
      }
      String cycle = definition(CycleDriver.OUR_CYCLE).getId();
      // the unit's group, or none for a council member's score sheet (assigned to the member)
      String group = "case k.route when 'PROVINCE' then 'province' || ? when 'COUNCIL' then null"
          + " when 'DISTRICT' then coalesce('district' || o.district, 'province' || ?) else 'commune' || o.commune end";
      String assignee = "case when k.route = 'COUNCIL' then 'hoidong' || (1 + o.i % " + COUNCIL_MEMBERS + ") end";
      insert(connection, "ACT_RU_EXECUTION", """
          insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_,
            PROC_DEF_ID_, SUPER_EXEC_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_,
            SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_)
          select o.root_id, 1, o.root_id, o.root_id, 'YT-' || o.commune || '-B' || o.i, null, ?, null, null,
            o.root_id, false, false, true, false, 1, 16, 14, ? from bench_open o
          union all
          select o.call_id, 1, null, o.root_id, null, o.root_id, ?, null, k.call_activity,
            k.call_activity || ':' || o.call_act, true, false, true, false, 1, 32, 15, ?
          from bench_open o join bench_open_kind k on k.kind = o.kind
          union all
          select o.sub_id, 1, o.root_id, o.sub_id, 'YT-' || o.commune || '-B' || o.i, null, k.definition_id, o.call_id,
            k.task_key, k.task_key || ':' || o.task_act, true, false, true, false, 1, 18, 5, k.process_key
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """, cycle, CycleDriver.OUR_CYCLE, cycle, CycleDriver.OUR_CYCLE);
      insert(connection, "ACT_RU_TASK", """
          insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, DESCRIPTION_,
            TASK_DEF_KEY_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
          select o.task_id, 1, o.sub_id, o.sub_id, k.definition_id, k.task_name || ': Sản phẩm thử tải ' || o.i,
            k.task_description, k.task_key, %s, 50, o.created, o.due, 1, 'Created'
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(assignee));
      insert(connection, "ACT_RU_IDENTITYLINK", """
          insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
          select md5('ocop-bench-open-link-' || o.i)::uuid::text, 1, %s, 'candidate', o.task_id
          from bench_open o join bench_open_kind k on k.kind = o.kind where k.route <> 'COUNCIL'
          """.formatted(group), BenchUnits.PROVINCE, BenchUnits.PROVINCE);
      // the TASK grant the engine gives a candidate group, or the assignee (READ and UPDATE)
      insert(connection, "ACT_RU_AUTHORIZATION", """
          insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
          select md5('ocop-bench-open-auth-' || o.i)::uuid::text, 1, 1, %s, %s, 7, o.task_id, 6
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(group, assignee), BenchUnits.PROVINCE, BenchUnits.PROVINCE);
      execute(connection, "drop table if exists bench_open_var");
      execute(connection, "create temp table bench_open_var (name text, scope text, type text)");
      try (PreparedStatement insert = connection.prepareStatement("insert into bench_open_var values (?, ?, ?)")) {
        for (LoadedVariable variable : OPEN_TASK_VARIABLES) {
          insert.setString(1, variable.name());
          insert.setString(2, variable.scope().name());
          insert.setString(3, variable.type());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      String variables = " from bench_open o join bench_open_kind k on k.kind = o.kind, bench_open_var v";
      String variableId = "md5('ocop-bench-open-var-' || v.name || v.scope || '-' || o.i)::uuid::text";
      String execution = "case when v.scope = 'ROOT' then o.root_id else o.sub_id end";
      String taskId = "case when v.scope = 'TASK' then o.task_id end";
      String scope = "case v.scope when 'ROOT' then o.root_id when 'SUB' then o.sub_id else o.task_id end";
      String definitionId = "case when v.scope = 'ROOT' then ? else k.definition_id end";
      String text = valueCase("string");
      String longValue = "case when v.type <> 'string' then (" + valueCase("number") + ")::bigint end";
      insert(connection, "ACT_RU_VARIABLE", """
          insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TASK_ID_,
            LONG_, TEXT_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_)
          select %1$s, 1, v.type, v.name, %2$s, %2$s, %3$s, %4$s, %5$s, %6$s, %7$s, 1, false
          """.formatted(variableId, execution, definitionId, taskId, longValue, text, scope) + variables, cycle);
      insert(connection, "ACT_HI_VARINST", """
          insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
            EXECUTION_ID_, ACT_INST_ID_, TASK_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_, TEXT_, STATE_)
          select %1$s, case when v.scope = 'ROOT' then ? else k.process_key end, %3$s, o.root_id, %2$s, %2$s,
            case when v.scope = 'TASK' then k.task_key || ':' || o.task_act else %2$s end, %4$s, v.name, v.type,
            o.created, 0, %5$s, %6$s, 'CREATED'
          """.formatted(variableId, execution, definitionId, taskId, longValue, text) + variables,
          CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_PROCINST", """
          insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
            START_USER_ID_, START_ACT_ID_, SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_, STATE_)
          select o.root_id, o.root_id, 'YT-' || o.commune || '-B' || o.i, ?, ?, o.created, 'xa' || o.commune,
            'StartEvent_IdeaReceived', null, o.root_id, 'ACTIVE' from bench_open o
          union all
          select o.sub_id, o.sub_id, 'YT-' || o.commune || '-B' || o.i, k.process_key, k.definition_id, o.created,
            'xa' || o.commune, k.start_event, o.root_id, o.root_id, 'ACTIVE'
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """, CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_ACTINST", """
          insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
            PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, CALL_PROC_INST_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_,
            START_TIME_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
          select k.call_activity || ':' || o.call_act, o.root_id, ?, ?, o.root_id, o.root_id, o.call_id,
            k.call_activity, null, o.sub_id, k.call_activity_name, 'callActivity', null, o.created, 0, 15
          from bench_open o join bench_open_kind k on k.kind = o.kind
          union all
          select k.task_key || ':' || o.task_act, o.sub_id, k.process_key, k.definition_id, o.root_id, o.sub_id,
            o.sub_id, k.task_key, o.task_id, null, k.task_name, 'userTask', %s, o.created, 0, 5
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(assignee), CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_TASKINST", """
          insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
            PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, DESCRIPTION_, ASSIGNEE_, START_TIME_, PRIORITY_,
            DUE_DATE_, TASK_STATE_)
          select o.task_id, k.task_key, k.process_key, k.definition_id, o.root_id, o.sub_id, o.sub_id,
            k.task_key || ':' || o.task_act, k.task_name || ': Sản phẩm thử tải ' || o.i, k.task_description, %s,
            o.created, 50, o.due, 'Created'
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(assignee));
      insert(connection, "ACT_HI_IDENTITYLINK", """
          insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, USER_ID_, TASK_ID_, ROOT_PROC_INST_ID_,
            PROC_DEF_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_)
          select md5('ocop-bench-open-hlink-' || o.i)::uuid::text, o.created,
            case when k.route = 'COUNCIL' then 'assignee' else 'candidate' end, %s, %s, o.task_id, o.root_id,
            k.definition_id, 'add', 'xa' || o.commune, k.process_key
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(group, assignee), BenchUnits.PROVINCE, BenchUnits.PROVINCE);
      connection.commit();
      openTasksLoaded += count;
    } catch (SQLException e) {
      throw new IllegalStateException("Loading open tasks failed", e);
    }
  }

  /** The SQL of a loaded variable's value by its name and scope, as text or as a number. */
  private static String valueCase(String kind) {
    StringBuilder sql = new StringBuilder("case");
    for (LoadedVariable variable : OPEN_TASK_VARIABLES) {
      if (kind.equals("string") != variable.type().equals("string")) {
        continue;
      }
      sql.append(" when v.name = '").append(variable.name()).append("' and v.scope = '")
          .append(variable.scope().name()).append("' then ").append(variable.value());
    }
    return sql.append(" end").toString();
  }

  /** Adds finished cycles until the history holds at least {@code instances} finished process instances. */
  void addFinishedInstances(long instances) {
    long cycles = (instances + INSTANCES_PER_CYCLE - 1) / INSTANCES_PER_CYCLE;
    if (cycles <= finishedCyclesLoaded) {
      return;
    }
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      kinds(connection, "bench_call_kind", FINISHED_CALLS);
      execute(connection, "drop table if exists bench_done");
      try (PreparedStatement statement = connection.prepareStatement("""
          create temp table bench_done as
          select c, r,
            md5('ocop-bench-done-pi-' || c || '-' || r)::uuid::text as id,
            md5('ocop-bench-done-pi-' || c || '-0')::uuid::text as root_id,
            md5('ocop-bench-done-task-' || c || '-' || r)::uuid::text as task_id,
            md5('ocop-bench-done-taskact-' || c || '-' || r)::uuid::text as task_act,
            x.communes[1 + (c % cardinality(x.communes))] as commune,
            localtimestamp - interval '5 days' - (c % 1460) * interval '1 day' - (c % 1000) * interval '1 minute'
              + r * interval '2 days' as started
          from generate_series(?::bigint, ?::bigint) as c, generate_series(0, ?) as r, (select ?::text[] as communes) x
          """)) {
        statement.setLong(1, finishedCyclesLoaded);
        statement.setLong(2, cycles - 1);
        statement.setInt(3, INSTANCES_PER_CYCLE - 1);
        statement.setArray(4, connection.createArrayOf("text", communes.toArray()));
        statement.execute();
      }
      String cycle = definition(CycleDriver.OUR_CYCLE).getId();
      String deployment = definition(CycleDriver.OUR_CYCLE).getDeploymentId();
      String group = "case when k.province then 'province' || ? else 'commune' || d.commune end";
      String worker = "case when k.province then 'tinh' || ? else 'xa' || d.commune end";
      // the root lasts from its first call's start to its last call's end; each call one day
      insert(connection, "ACT_HI_PROCINST", """
          insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
            END_TIME_, REMOVAL_TIME_, DURATION_, START_USER_ID_, START_ACT_ID_, END_ACT_ID_, SUPER_PROCESS_INSTANCE_ID_,
            ROOT_PROC_INST_ID_, STATE_)
          select d.id, d.id, 'YT-' || d.commune || '-H' || d.c, ?, ?, d.started, d.started + interval '15 days',
            d.started + interval '15 days' + interval '1825 days', 15 * 86400000, 'xa' || d.commune,
            'StartEvent_IdeaReceived', 'EndEvent_Promoted', null, d.root_id, 'COMPLETED'
          from bench_done d where d.r = 0
          union all
          select d.id, d.id, 'YT-' || d.commune || '-H' || d.c, k.process_key, k.definition_id, d.started,
            d.started + interval '1 day', d.started + interval '1 day' + interval '1825 days', 86400000,
            'xa' || d.commune, k.start_event, k.end_event, d.root_id, d.root_id, 'COMPLETED'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          """, CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_ACTINST", """
          insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
            PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, CALL_PROC_INST_ID_, ACT_NAME_, ACT_TYPE_, ASSIGNEE_,
            START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_, REMOVAL_TIME_)
          select 'StartEvent_IdeaReceived:' || md5('ocop-bench-done-start-' || d.id)::uuid, d.id, ?, ?, d.root_id,
            d.id, d.id, 'StartEvent_IdeaReceived', null, null, null, 'startEvent', null, d.started, d.started, 0, 4, 1,
            d.started + interval '1840 days'
          from bench_done d where d.r = 0
          union all
          select 'EndEvent_Promoted:' || md5('ocop-bench-done-end-' || d.id)::uuid, d.id, ?, ?, d.root_id, d.id, d.id,
            'EndEvent_Promoted', null, null, null, 'noneEndEvent', null, d.started + interval '15 days',
            d.started + interval '15 days', 0, 1, 60, d.started + interval '1840 days'
          from bench_done d where d.r = 0
          union all
          select k.start_event || ':' || md5('ocop-bench-done-start-' || d.id)::uuid, d.id, k.process_key,
            k.definition_id, d.root_id, d.id, d.id, k.start_event, null, null, null, 'startEvent', null, d.started,
            d.started, 0, 4, 1, d.started + interval '1826 days'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          union all
          select k.task_key || ':' || d.task_act, d.id, k.process_key, k.definition_id, d.root_id, d.id, d.id,
            k.task_key, d.task_id, null, k.task_name, 'userTask', %s, d.started, d.started + interval '1 day',
            86400000, 4, 2, d.started + interval '1826 days'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          union all
          select k.end_event || ':' || md5('ocop-bench-done-end-' || d.id)::uuid, d.id, k.process_key,
            k.definition_id, d.root_id, d.id, d.id, k.end_event, null, null, null, 'noneEndEvent', null,
            d.started + interval '1 day', d.started + interval '1 day', 0, 1, 5, d.started + interval '1826 days'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          """.formatted(worker), CycleDriver.OUR_CYCLE, cycle, CycleDriver.OUR_CYCLE, cycle, BenchUnits.PROVINCE);
      insert(connection, "ACT_HI_TASKINST", """
          insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
            PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, DESCRIPTION_, ASSIGNEE_, START_TIME_, END_TIME_,
            DURATION_, DELETE_REASON_, PRIORITY_, REMOVAL_TIME_, TASK_STATE_)
          select d.task_id, k.task_key, k.process_key, k.definition_id, d.root_id, d.id, d.id,
            k.task_key || ':' || d.task_act, k.task_name, k.task_description, %s, d.started,
            d.started + interval '1 day', 86400000, 'completed', 50, d.started + interval '1826 days', 'Completed'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          """.formatted(worker), BenchUnits.PROVINCE);
      insert(connection, "ACT_HI_IDENTITYLINK", """
          insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,
            PROC_DEF_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_, REMOVAL_TIME_)
          select md5('ocop-bench-done-link-' || d.id)::uuid::text, d.started, 'candidate', %s, d.task_id, d.root_id,
            k.definition_id, 'add', 'xa' || d.commune, k.process_key, d.started + interval '1826 days'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          """.formatted(group), BenchUnits.PROVINCE);
      insert(connection, "ACT_HI_OP_LOG", """
          insert into ACT_HI_OP_LOG (ID_, DEPLOYMENT_ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
            EXECUTION_ID_, TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_, OPERATION_ID_, ENTITY_TYPE_, PROPERTY_,
            ORG_VALUE_, NEW_VALUE_, REMOVAL_TIME_, CATEGORY_)
          select md5('ocop-bench-done-oplog-' || o.type || d.id)::uuid::text, ?, k.definition_id, k.process_key,
            d.root_id, d.id, d.id, d.task_id, %s, d.started + interval '1 hour', o.type,
            md5('ocop-bench-done-op-' || o.type || d.id)::uuid::text, 'Task', o.property, o.org_value,
            case when o.type = 'Claim' then %s else 'true' end, d.started + interval '1826 days', 'TaskWorker'
          from bench_done d join bench_call_kind k on k.kind = d.r - 1,
            (values ('Claim', 'assignee', null), ('Complete', 'delete', 'false')) as o(type, property, org_value)
          """.formatted(worker, worker), deployment, BenchUnits.PROVINCE, BenchUnits.PROVINCE);
      insert(connection, "ACT_HI_VARINST", """
          insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
            EXECUTION_ID_, ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, LONG_, TEXT_, STATE_, REMOVAL_TIME_)
          select md5('ocop-bench-done-var-' || v.name || d.id)::uuid::text,
            coalesce(k.process_key, ?), coalesce(k.definition_id, ?), d.root_id, d.id, d.id, d.id, v.name, v.type,
            d.started, 0, case when v.name = 'productId' then 1000000 + d.c end,
            case when v.name = 'communeCode' then d.commune end, 'CREATED', d.started + interval '1826 days'
          from bench_done d left join bench_call_kind k on k.kind = d.r - 1,
            (values ('communeCode', 'string'), ('productId', 'long')) as v(name, type)
          """, CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_DETAIL", """
          insert into ACT_HI_DETAIL (ID_, TYPE_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
            EXECUTION_ID_, ACT_INST_ID_, VAR_INST_ID_, NAME_, VAR_TYPE_, REV_, TIME_, TEXT_, SEQUENCE_COUNTER_,
            OPERATION_ID_, REMOVAL_TIME_, INITIAL_)
          select md5('ocop-bench-done-detail-' || d.id)::uuid::text, 'VariableUpdate', k.process_key, k.definition_id,
            d.root_id, d.id, d.id, k.task_key || ':' || d.task_act, md5('ocop-bench-done-var-communeCode' || d.id)::uuid::text,
            'communeCode', 'string', 0, d.started, d.commune, 1,
            md5('ocop-bench-done-op-Complete' || d.id)::uuid::text, d.started + interval '1826 days', true
          from bench_done d join bench_call_kind k on k.kind = d.r - 1
          """);
      connection.commit();
      finishedCyclesLoaded = cycles;
    } catch (SQLException e) {
      throw new IllegalStateException("Loading finished process instances failed", e);
    }
  }

  /** What autovacuum would do after such a load: visibility maps and planner statistics brought up to date. */
  void vacuumAnalyze() {
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String table : rowsLoaded.keySet()) {
        statement.execute("vacuum (analyze) " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long finishedInstancesLoaded() {
    return finishedCyclesLoaded * INSTANCES_PER_CYCLE;
  }

  /** Rows inserted so far, by table. */
  Map<String, Long> rowsLoaded() {
    return Map.copyOf(rowsLoaded);
  }

  /** The kinds as a temporary table with the deployed definitions' ids and the models' names. */
  private void kinds(Connection connection, String table, List<WaitingKind> kinds) throws SQLException {
    execute(connection, "drop table if exists " + table);
    execute(connection, "create temp table " + table + " (kind int, process_key text, definition_id text, "
        + "call_activity text, call_activity_name text, task_key text, task_name text, task_description text, "
        + "province boolean, due_days int, start_event text, end_event text, route text)");
    BpmnModelInstance cycle = model(CycleDriver.OUR_CYCLE);
    try (PreparedStatement insert = connection.prepareStatement("insert into " + table
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int k = 0; k < kinds.size(); k++) {
        WaitingKind kind = kinds.get(k);
        BpmnModelInstance called = model(kind.processKey());
        FlowElement task = element(called, kind.taskKey());
        insert.setInt(1, k);
        insert.setString(2, kind.processKey());
        insert.setString(3, definition(kind.processKey()).getId());
        insert.setString(4, kind.callActivity());
        insert.setString(5, element(cycle, kind.callActivity()).getName());
        insert.setString(6, kind.taskKey());
        insert.setString(7, task.getName());
        insert.setString(8, task.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse(null));
        insert.setBoolean(9, kind.province());
        insert.setObject(10, kind.dueDays());
        insert.setString(11, onlyElement(called, org.camunda.bpm.model.bpmn.instance.StartEvent.class));
        insert.setString(12, firstEnd(called));
        insert.setString(13, kind.route().name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static FlowElement element(BpmnModelInstance model, String id) {
    FlowElement element = model.getModelElementById(id);
    if (element == null) {
      throw new IllegalStateException("No element " + id + " in the deployed model");
    }
    return element;
  }

  private static String onlyElement(BpmnModelInstance model, Class<? extends FlowElement> type) {
    return model.getModelElementsByType(type).stream()
        .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
        .map(FlowElement::getId).findFirst().orElseThrow();
  }

  private static String firstEnd(BpmnModelInstance model) {
    return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.EndEvent.class).stream()
        .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
        .map(FlowElement::getId).sorted().findFirst().orElseThrow();
  }

  private ProcessDefinition definition(String key) {
    return definitions.computeIfAbsent(key, k -> repository.createProcessDefinitionQuery().processDefinitionKey(k)
        .latestVersion().singleResult());
  }

  private BpmnModelInstance model(String key) {
    return models.computeIfAbsent(key, k -> repository.getBpmnModelInstance(definition(k).getId()));
  }

  private void insert(Connection connection, String table, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      rowsLoaded.merge(table, (long) statement.executeUpdate(), Long::sum);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
