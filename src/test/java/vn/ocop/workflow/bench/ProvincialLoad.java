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

  /** Where a product waits: the called process, the call activity, the user task and who it is routed to. */
  record WaitingKind(String processKey, String callActivity, String taskKey, boolean province, Integer dueDays,
      int weight) {
  }

  /** The mix of open tasks (weights add up to 100). */
  static final List<WaitingKind> OPEN_TASK_MIX = List.of(
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_CheckForm", false, null, 22),
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_ProvinceCouncil", true, null, 8),
      new WaitingKind("proposalScreening", "CallActivity_PlanScreening", "Task_AnswerProducer", false, null, 10),
      new WaitingKind("training", "CallActivity_Training1", "Task_RecordAttendance", true, 120, 10),
      new WaitingKind("implementation", "CallActivity_Implementation", "Task_ConfirmReadiness", false, null, 20),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_CommuneReview", false, 21, 18),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_ProvinceCheck", true, null, 7),
      new WaitingKind("tradePromotion", "CallActivity_TradePromotion", "Task_PlanActivities", true, null, 5));

  /** The seven instances a finished cycle called, in order, with the one user task kept for each. */
  private static final List<WaitingKind> FINISHED_CALLS = List.of(
      new WaitingKind("proposalScreening", "CallActivity_IdeaScreening", "Task_CheckForm", false, null, 0),
      new WaitingKind("training", "CallActivity_Training1", "Task_RecordAttendance", true, null, 0),
      new WaitingKind("proposalScreening", "CallActivity_PlanScreening", "Task_AnswerProducer", false, null, 0),
      new WaitingKind("training", "CallActivity_Training2", "Task_RecordAttendance", true, null, 0),
      new WaitingKind("implementation", "CallActivity_Implementation", "Task_ConfirmReadiness", false, null, 0),
      new WaitingKind("productEvaluation", "CallActivity_Evaluation", "Task_ProvinceCheck", true, null, 0),
      new WaitingKind("tradePromotion", "CallActivity_TradePromotion", "Task_PlanActivities", true, null, 0));

  /** Instances per finished cycle: the root and the seven it called. */
  static final int INSTANCES_PER_CYCLE = 1 + FINISHED_CALLS.size();

  private final BenchDatabase database;
  private final RepositoryService repository;
  private final List<String> communes;
  private final Map<String, ProcessDefinition> definitions = new LinkedHashMap<>();
  private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
  private final Map<String, Long> rowsLoaded = new LinkedHashMap<>();
  private int openTasksLoaded;
  private long finishedCyclesLoaded;

  ProvincialLoad(BenchDatabase database, RepositoryService repository, List<String> communes) {
    this.database = database;
    this.repository = repository;
    this.communes = List.copyOf(communes);
  }

  /** Adds {@code count} open tasks (one waiting product each), spread over all communes. */
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
          select i,
            md5('ocop-bench-open-root-' || i)::uuid::text as root_id,
            md5('ocop-bench-open-call-' || i)::uuid::text as call_id,
            md5('ocop-bench-open-callact-' || i)::uuid::text as call_act,
            md5('ocop-bench-open-sub-' || i)::uuid::text as sub_id,
            md5('ocop-bench-open-taskact-' || i)::uuid::text as task_act,
            md5('ocop-bench-open-task-' || i)::uuid::text as task_id,
            c.communes[1 + (i % cardinality(c.communes))] as commune,
            c.slots[1 + ((i / cardinality(c.communes)) % cardinality(c.slots))] as kind,
            localtimestamp - (i % 90) * interval '1 day' - (i % 1440) * interval '1 minute' as created
          from generate_series(?::bigint, ?::bigint) as i, (select ?::text[] as communes, ?::int[] as slots) as c
          """)) {
        statement.setLong(1, openTasksLoaded);
        statement.setLong(2, (long) openTasksLoaded + count - 1);
        statement.setArray(3, connection.createArrayOf("text", communes.toArray()));
        statement.setArray(4, connection.createArrayOf("integer", slots.toArray()));
        statement.execute();
      }
      String cycle = definition(CycleDriver.OUR_CYCLE).getId();
      String group = "case when k.province then 'province' || ? else 'commune' || o.commune end";
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
            TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
          select o.task_id, 1, o.sub_id, o.sub_id, k.definition_id, k.task_name, k.task_description, k.task_key, 50,
            o.created, o.created + k.due_days * interval '1 day', 1, 'Created'
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """);
      insert(connection, "ACT_RU_IDENTITYLINK", """
          insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
          select md5('ocop-bench-open-link-' || o.i)::uuid::text, 1, %s, 'candidate', o.task_id
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(group), BenchUnits.PROVINCE);
      insert(connection, "ACT_RU_AUTHORIZATION", """
          insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
          select md5('ocop-bench-open-auth-' || o.i)::uuid::text, 1, 1, %s, 7, o.task_id, 6
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(group), BenchUnits.PROVINCE);
      // communeCode on the cycle's instance; communeCode and provinceCode on the called one (the routing)
      String variables = """
          from bench_open o join bench_open_kind k on k.kind = o.kind,
            (values ('communeCode', true), ('communeCode', false), ('provinceCode', false)) as v(name, on_root)
          """;
      String variableId = "md5('ocop-bench-open-var-' || v.name || v.on_root || '-' || o.i)::uuid::text";
      String scope = "case when v.on_root then o.root_id else o.sub_id end";
      String value = "case when v.name = 'provinceCode' then ? else o.commune end";
      insert(connection, "ACT_RU_VARIABLE", """
          insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, TEXT_,
            VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_)
          select %1$s, 1, 'string', v.name, %2$s, %2$s, case when v.on_root then ? else k.definition_id end, %3$s,
            %2$s, 1, false
          """.formatted(variableId, scope, value) + variables, cycle, BenchUnits.PROVINCE);
      insert(connection, "ACT_HI_VARINST", """
          insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
            EXECUTION_ID_, ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)
          select %1$s, case when v.on_root then ? else k.process_key end,
            case when v.on_root then ? else k.definition_id end, o.root_id, %2$s, %2$s, %2$s, v.name, 'string',
            o.created, 0, %3$s, 'CREATED'
          """.formatted(variableId, scope, value) + variables, CycleDriver.OUR_CYCLE, cycle, BenchUnits.PROVINCE);
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
            PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, CALL_PROC_INST_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_,
            ACT_INST_STATE_, SEQUENCE_COUNTER_)
          select k.call_activity || ':' || o.call_act, o.root_id, ?, ?, o.root_id, o.root_id, o.call_id,
            k.call_activity, null, o.sub_id, k.call_activity_name, 'callActivity', o.created, 0, 15
          from bench_open o join bench_open_kind k on k.kind = o.kind
          union all
          select k.task_key || ':' || o.task_act, o.sub_id, k.process_key, k.definition_id, o.root_id, o.sub_id,
            o.sub_id, k.task_key, o.task_id, null, k.task_name, 'userTask', o.created, 0, 5
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """, CycleDriver.OUR_CYCLE, cycle);
      insert(connection, "ACT_HI_TASKINST", """
          insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
            PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, DESCRIPTION_, START_TIME_, PRIORITY_, DUE_DATE_,
            TASK_STATE_)
          select o.task_id, k.task_key, k.process_key, k.definition_id, o.root_id, o.sub_id, o.sub_id,
            k.task_key || ':' || o.task_act, k.task_name, k.task_description, o.created, 50,
            o.created + k.due_days * interval '1 day', 'Created'
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """);
      insert(connection, "ACT_HI_IDENTITYLINK", """
          insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,
            PROC_DEF_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_)
          select md5('ocop-bench-open-hlink-' || o.i)::uuid::text, o.created, 'candidate', %s, o.task_id, o.root_id,
            k.definition_id, 'add', 'xa' || o.commune, k.process_key
          from bench_open o join bench_open_kind k on k.kind = o.kind
          """.formatted(group), BenchUnits.PROVINCE);
      connection.commit();
      openTasksLoaded += count;
    } catch (SQLException e) {
      throw new IllegalStateException("Loading open tasks failed", e);
    }
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
        + "province boolean, due_days int, start_event text, end_event text)");
    BpmnModelInstance cycle = model(CycleDriver.OUR_CYCLE);
    try (PreparedStatement insert = connection.prepareStatement("insert into " + table
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
