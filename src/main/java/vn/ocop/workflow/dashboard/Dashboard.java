package vn.ocop.workflow.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.ProductGroup;
import vn.ocop.workflow.dashboard.DashboardMapper.DueCount;
import vn.ocop.workflow.dashboard.DashboardMapper.DueTask;
import vn.ocop.workflow.dashboard.DashboardMapper.ExpiringCertificate;
import vn.ocop.workflow.dashboard.DashboardMapper.MinistryProposal;
import vn.ocop.workflow.dashboard.DashboardMapper.ProductAtStage;
import vn.ocop.workflow.dashboard.DashboardMapper.StageCount;
import vn.ocop.workflow.dashboard.DashboardMapper.StarCount;
import vn.ocop.workflow.dashboard.DashboardMapper.StepCount;
import vn.ocop.workflow.dashboard.DashboardMapper.UnitCount;
import vn.ocop.workflow.dashboard.Table.Link;
import vn.ocop.workflow.evaluation.EvaluationRounds;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * The views of the supervisors' dashboard, the same tables for Cockpit and for the export, read for the
 * whole installation (one province). Times follow the engine's clock.
 */
@Service
class Dashboard {

  /** Rows of a list (drill-down); a list that reaches it says so in its title. */
  static final int LIST_LIMIT = 500;
  static final int DUE_SOON_DAYS = 3;
  /** Units the tasks panel lists, most overdue first; the export has them all. */
  static final int TOP_UNITS = 30;
  static final List<Integer> EXPIRY_WINDOWS = List.of(30, 90, 180);
  static final String ASSIGNED = "";
  /** The letters before a unit's code in its candidate group ("commune07201"). */
  private static final Pattern GROUP_PREFIX = Pattern.compile("^[a-z]+");

  private final DashboardMapper mapper;
  private final AdministrativeUnits units;
  private final StepNames stepNames;

  Dashboard(DashboardMapper mapper, AdministrativeUnits units, StepNames stepNames) {
    this.mapper = mapper;
    this.units = units;
    this.stepNames = stepNames;
  }

  /**
   * Products by stage (columns) and commune (rows, with their district), each number opening its list;
   * products registered for evaluation directly (no stage) in a column of their own, after the cycle's.
   */
  View stages() {
    List<StageCount> counts = mapper.stageCounts();
    List<ProductStage> stages = new ArrayList<>(Arrays.stream(ProductStage.values())
        .filter(stage -> counts.stream().anyMatch(c -> stage.name().equals(c.stage()))).toList());
    if (counts.stream().anyMatch(c -> c.stage() == null)) {
      stages.add(null);
    }
    Map<String, Map<String, Long>> byCommune = new TreeMap<>(byDistrictAndName());
    counts.forEach(c -> byCommune.computeIfAbsent(c.communeCode(), k -> new LinkedHashMap<>())
        .put(stageParameter(c.stage()), c.count()));
    List<String> headers = new ArrayList<>(List.of("Huyện", "Xã"));
    stages.forEach(stage -> headers.add(Labels.stage(stage)));
    headers.add("Tổng");
    List<List<Object>> rows = new ArrayList<>();
    long[] totals = new long[stages.size()];
    byCommune.forEach((commune, perStage) -> {
      List<Object> row = new ArrayList<>(List.of(districtName(commune), unitName(commune)));
      long sum = 0;
      for (int i = 0; i < stages.size(); i++) {
        String stage = stageParameter(stages.get(i));
        long n = perStage.getOrDefault(stage, 0L);
        totals[i] += n;
        sum += n;
        row.add(n == 0 ? 0L : Link.toList(n, "products?stage=" + stage + "&commune=" + commune));
      }
      row.add(sum);
      rows.add(row);
    });
    List<Object> total = new ArrayList<>(List.of("Toàn tỉnh", ""));
    for (int i = 0; i < stages.size(); i++) {
      total.add(totals[i] == 0 ? 0L : Link.toList(totals[i], "products?stage=" + stageParameter(stages.get(i))));
    }
    total.add(Arrays.stream(totals).sum());
    rows.add(total);
    List<List<Object>> chartRows = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      chartRows.add(List.of(Labels.stage(stages.get(i)), totals[i]));
    }
    return new View("stages", "Sản phẩm theo giai đoạn và đơn vị", List.of(
        new Table("Sản phẩm theo giai đoạn và xã", headers, rows),
        new Table("Sản phẩm theo giai đoạn (toàn tỉnh)", List.of("Giai đoạn", "Số sản phẩm"), chartRows)),
        1, List.of(1));
  }

  /** A stage as the lists' parameter: its name, or {@value Labels#NO_STAGE} for no stage. */
  private static String stageParameter(Object stage) {
    return stage == null ? Labels.NO_STAGE : stage.toString();
  }

  /**
   * The products at a stage ({@code null}: registered for evaluation directly), in the province or one
   * commune: longest in the stage first.
   */
  View products(ProductStage stage, String communeCode) {
    List<ProductAtStage> products = mapper.productsAtStage(stage == null ? null : stage.name(), communeCode, LIST_LIMIT);
    LocalDate today = EngineClock.today();
    List<List<Object>> rows = products.stream().map(p -> List.<Object>of(
        p.productName(), p.producerName(), unitName(p.communeCode()), districtName(p.communeCode()),
        Labels.stage(p.stage()), ChronoUnit.DAYS.between(EngineClock.dateOf(p.stageSince()), today),
        instanceLink(p))).toList();
    String where = communeCode == null ? "toàn tỉnh" : unitName(communeCode);
    String what = stage == null ? "Sản phẩm " + Labels.NO_STAGE_LABEL.toLowerCase(java.util.Locale.ROOT)
        : "Sản phẩm ở giai đoạn " + Labels.stage(stage);
    return View.withoutChart("products", what + ", " + where,
        List.of(new Table(limited(what + " (" + where + ")", rows.size()),
            List.of("Sản phẩm", "Chủ thể", "Xã", "Huyện", "Giai đoạn", "Số ngày ở giai đoạn", "Quy trình trong Cockpit"),
            rows)));
  }

  /**
   * Open tasks past their due date, and due within {@value #DUE_SOON_DAYS} days: the {@value #TOP_UNITS}
   * units with the most overdue work first (each with its steps one click away), the province's total, and
   * the province's due work by step. A province has thousands of units and steps: the export
   * ({@code everyRow}) adds every unit × step.
   */
  View tasks(boolean everyRow) {
    Date now = EngineClock.now();
    Date soon = soon(now);
    List<UnitCount> units = mapper.dueByUnit(now, soon, TOP_UNITS);
    UnitCount council = mapper.dueOfCouncilMembers(now, soon);
    long unitsWithWork = TaskRules.unitsWithWork(units, council);
    List<UnitCount> top = TaskRules.mostOverdueFirst(units, council, TOP_UNITS);
    List<List<Object>> unitRows = new ArrayList<>();
    for (UnitCount unit : top) {
      String group = "group=" + unit.groupId();
      unitRows.add(List.of(groupName(unit.groupId()),
          unit.overdue() == 0 ? 0L : Link.toList(unit.overdue(), "tasks-list?due=overdue&" + group),
          unit.dueSoon() == 0 ? 0L : Link.toList(unit.dueSoon(), "tasks-list?due=soon&" + group),
          Link.toList("Xem theo bước", "tasks-unit?" + group)));
    }
    StepNames.Lookup stepNames = this.stepNames.lookup();
    List<StepCount> steps = new ArrayList<>(mapper.dueBySteps(now, soon));
    long overdue = steps.stream().mapToLong(StepCount::overdue).sum();
    long dueSoon = steps.stream().mapToLong(StepCount::dueSoon).sum();
    unitRows.add(List.of("Toàn tỉnh",
        overdue == 0 ? 0L : Link.toList(overdue, "tasks-list?due=overdue"),
        dueSoon == 0 ? 0L : Link.toList(dueSoon, "tasks-list?due=soon"), ""));
    List<Table> tables = new ArrayList<>();
    tables.add(new Table(TaskRules.unitsTitle(top.size(), unitsWithWork), List.of("Đơn vị", "Quá hạn",
        "Sắp đến hạn (trong " + DUE_SOON_DAYS + " ngày)", "Chi tiết"), unitRows));
    tables.add(new Table("Theo bước (toàn tỉnh, mỗi việc tính một lần)", List.of("Bước", "Quá hạn", "Sắp đến hạn"),
        stepRows(steps, stepNames, "")));
    if (everyRow) {
      tables.add(everyUnitAndStep(now, soon, stepNames));
    }
    return new View("tasks", "Việc quá hạn và sắp đến hạn", tables, 1, List.of(1, 2));
  }

  /** One unit's due work by step ({@code groupId} "": the council members' own tasks). */
  View unitTasks(String groupId) {
    Date now = EngineClock.now();
    List<StepCount> steps = new ArrayList<>(mapper.dueStepsOfUnit(now, soon(now), groupId));
    List<List<Object>> rows = stepRows(steps, this.stepNames.lookup(), "&group=" + groupId);
    long overdue = steps.stream().mapToLong(StepCount::overdue).sum();
    long dueSoon = steps.stream().mapToLong(StepCount::dueSoon).sum();
    String group = "&group=" + groupId;
    rows.add(List.of("Cộng",
        overdue == 0 ? 0L : Link.toList(overdue, "tasks-list?due=overdue" + group),
        dueSoon == 0 ? 0L : Link.toList(dueSoon, "tasks-list?due=soon" + group)));
    String title = "Việc quá hạn và sắp đến hạn: " + groupName(groupId);
    return View.withoutChart("tasks-unit", title, List.of(new Table(title + ", theo bước",
        List.of("Bước", "Quá hạn", "Sắp đến hạn (trong " + DUE_SOON_DAYS + " ngày)"), rows)));
  }

  /** Steps, most overdue first, each number opening its tasks ({@code group}: "" or "&group=…"). */
  private static List<List<Object>> stepRows(List<StepCount> steps, StepNames.Lookup names, String group) {
    Map<StepCount, String> named = new HashMap<>();
    steps.forEach(step -> named.put(step, Objects.requireNonNullElse(names.name(step.processKey(), step.taskKey()),
        "(không rõ bước)")));
    steps.sort(Comparator.comparingLong(StepCount::overdue).reversed()
        .thenComparing(Comparator.comparingLong(StepCount::dueSoon).reversed()).thenComparing(named::get));
    List<List<Object>> rows = new ArrayList<>();
    for (StepCount step : steps) {
      String list = group + (step.taskKey() == null ? "" : "&taskKey=" + step.taskKey());
      rows.add(List.of(named.get(step),
          step.overdue() == 0 ? 0L : Link.toList(step.overdue(), "tasks-list?due=overdue" + list),
          step.dueSoon() == 0 ? 0L : Link.toList(step.dueSoon(), "tasks-list?due=soon" + list)));
    }
    return rows;
  }

  /** Every unit × step with due work, by level and name (the export's third sheet). */
  private Table everyUnitAndStep(Date now, Date soon, StepNames.Lookup stepNames) {
    List<DueCount> counts = new ArrayList<>(mapper.dueCounts(now, soon));
    Map<String, String> names = new HashMap<>();
    Map<String, String> order = new HashMap<>();
    Map<DueCount, String> steps = new HashMap<>();
    for (DueCount c : counts) {
      names.computeIfAbsent(c.groupId(), this::groupName);
      order.computeIfAbsent(c.groupId(), this::groupOrder);
      steps.put(c, stepNames.name(c.processKey(), c.taskKey()));
    }
    counts.sort(Comparator.comparing((DueCount c) -> order.get(c.groupId())).thenComparing(steps::get,
        Comparator.nullsLast(Comparator.naturalOrder())));
    List<List<Object>> rows = counts.stream().map(c -> List.<Object>of(names.get(c.groupId()),
        Objects.requireNonNullElse(steps.get(c), ""), c.overdue(), c.dueSoon())).toList();
    return new Table("Mọi đơn vị và bước có việc quá hạn hoặc sắp đến hạn",
        List.of("Đơn vị", "Bước", "Quá hạn", "Sắp đến hạn"), rows);
  }

  /** The tasks behind a number of {@link #tasks(boolean)}: {@code groupId} "" the council members' own tasks. */
  View dueTasks(boolean overdue, String groupId, String taskKey) {
    Date now = EngineClock.now();
    List<DueTask> tasks = mapper.dueTasks(now, soon(now), overdue, groupId, taskKey, LIST_LIMIT);
    LocalDate today = EngineClock.today();
    List<List<Object>> rows = tasks.stream().map(t -> List.<Object>of(
        t.productName() == null ? "" : t.productName(), t.taskName() == null ? "" : t.taskName(),
        t.groupId() == null ? "Thành viên hội đồng: " + t.assignee() : groupName(t.groupId()),
        EngineClock.dateOf(t.dueDate()),
        overdue ? ChronoUnit.DAYS.between(EngineClock.dateOf(t.dueDate()), today)
            : ChronoUnit.DAYS.between(today, EngineClock.dateOf(t.dueDate())),
        Link.toInstance("Mở", t.processInstanceId()))).toList();
    String title = overdue ? "Việc quá hạn" : "Việc sắp đến hạn";
    return View.withoutChart("tasks-list", title, List.of(new Table(limited(title, rows.size()),
        List.of("Sản phẩm", "Bước", "Đơn vị", "Hạn", overdue ? "Số ngày quá hạn" : "Còn (ngày)", "Quy trình trong Cockpit"),
        rows)));
  }

  /** Certificates by status, and the valid ones ending within 30, 90 and 180 days with their re-evaluation. */
  View certificates() {
    LocalDate today = EngineClock.today();
    List<List<Object>> byStatus = new ArrayList<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    mapper.certificateStatuses(today).forEach(s -> counts.put(s.status(), s.count()));
    Labels.CERTIFICATE_STATUSES.keySet().stream().sorted(Comparator.comparing(List.of("VALID", "EXPIRED", "REVOKED",
            "SUPERSEDED")::indexOf))
        .forEach(status -> byStatus.add(List.of(Labels.CERTIFICATE_STATUSES.get(status), counts.getOrDefault(status, 0L))));
    int longest = EXPIRY_WINDOWS.get(EXPIRY_WINDOWS.size() - 1);
    List<ExpiringCertificate> expiring = mapper.expiringCertificates(today, today.plusDays(longest));
    List<List<Object>> windows = EXPIRY_WINDOWS.stream().map(days -> List.<Object>of("Trong " + days + " ngày",
        expiring.stream().filter(c -> !c.validUntil().isAfter(today.plusDays(days))).count())).toList();
    List<List<Object>> list = expiring.stream().map(c -> List.<Object>of(c.certificateNumber(), c.productName(),
        c.producerName(), unitName(c.communeCode()), c.stars(), c.validUntil(),
        ChronoUnit.DAYS.between(today, c.validUntil()), Labels.reEvaluation(c.lastEvent()))).toList();
    return new View("certificates", "Giấy chứng nhận OCOP", List.of(
        new Table("Giấy chứng nhận theo trạng thái", List.of("Trạng thái", "Số giấy chứng nhận"), byStatus),
        new Table("Giấy còn hiệu lực sắp hết hạn", List.of("Hết hạn", "Số giấy chứng nhận"), windows),
        new Table("Giấy hết hạn trong " + longest + " ngày tới và việc đánh giá lại",
            List.of("Số giấy chứng nhận", "Sản phẩm", "Chủ thể", "Xã", "Số sao", "Hết hạn ngày", "Còn (ngày)",
                "Đánh giá lại"), list)), 0, List.of(1));
  }

  /** Stars awarded in a year (certificates issued that year) by product group, by product set and by commune. */
  View stars(int year) {
    List<StarCount> counts = mapper.starCounts(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    List<String> starHeaders = List.of("3 sao", "4 sao", "5 sao", "Tổng");
    List<List<Object>> groups = new ArrayList<>();
    for (ProductGroup group : ProductGroup.values()) {
      groups.add(starRow(List.of(group.vietnamese()), counts.stream()
          .filter(c -> c.productSet() >= group.firstSet() && c.productSet() <= group.lastSet()).toList()));
    }
    List<List<Object>> sets = IntStream.rangeClosed(1, 26).mapToObj(set -> starRow(
        List.of(set, ProductGroup.ofSet(set).vietnamese()),
        counts.stream().filter(c -> c.productSet() == set).toList())).toList();
    TreeSet<String> communes = new TreeSet<>(byDistrictAndName());
    counts.forEach(c -> communes.add(c.communeCode()));
    List<List<Object>> byCommune = communes.stream().map(commune -> starRow(
        List.of(districtName(commune), unitName(commune)),
        counts.stream().filter(c -> c.communeCode().equals(commune)).toList())).toList();
    return new View("stars", "Sản phẩm OCOP được công nhận năm " + year, List.of(
        new Table("Theo nhóm sản phẩm, năm " + year, concat(List.of("Nhóm sản phẩm"), starHeaders), groups),
        new Table("Theo bộ sản phẩm, năm " + year, concat(List.of("Bộ", "Nhóm"), starHeaders), sets),
        new Table("Theo xã, năm " + year, concat(List.of("Huyện", "Xã"), starHeaders), byCommune)),
        0, List.of(1, 2, 3));
  }

  List<Integer> starYears() {
    List<Integer> years = new ArrayList<>(mapper.certificateYears());
    int current = EngineClock.today().getYear();
    if (!years.contains(current)) {
      years.add(0, current);
    }
    return years;
  }

  /**
   * The evaluation rounds of Art. 5 QĐ 26/2026/QĐ-TTg from last year on. The province's (Art. 5.1): dossiers
   * by the day the commune proposed them, or the day they were received where no proposal is recorded (the
   * table says how many), how many are ranked, the days left. The Ministry's 5-star rounds (Art. 5.2): the
   * dossiers the province proposed to the Ministry, by the day it did, and what became of them, then the
   * dossiers themselves.
   */
  View rounds() {
    LocalDate today = EngineClock.today();
    LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
    Map<EvaluationRounds.Round, long[]> rounds = new TreeMap<>(Comparator.comparing(EvaluationRounds.Round::deadline));
    mapper.dossiersProposedSince(from).forEach(day -> {
      long[] n = rounds.computeIfAbsent(EvaluationRounds.provinceRound(day.proposedOn()), k -> new long[3]);
      n[0] += day.dossiers();
      n[1] += day.ranked();
      n[2] += day.byReceipt();
    });
    rounds.computeIfAbsent(EvaluationRounds.provinceRound(today), k -> new long[3]);
    List<List<Object>> rows = rounds.entrySet().stream().map(e -> {
      EvaluationRounds.Round round = e.getKey();
      long[] n = e.getValue();
      long days = ChronoUnit.DAYS.between(today, round.deadline());
      return List.<Object>of(round.name(), round.proposalCutOff(), round.deadline(), days,
          n[0], n[1], n[0] - n[1], n[2], RoundRules.roundState(days, n[0] - n[1]));
    }).toList();

    List<MinistryProposal> proposals = mapper.ministryProposals(from);
    Map<EvaluationRounds.Round, long[]> central = new TreeMap<>(Comparator.comparing(EvaluationRounds.Round::deadline));
    List<List<Object>> list = new ArrayList<>();
    for (MinistryProposal p : proposals) {
      EvaluationRounds.Round round = EvaluationRounds.centralRound(p.ministryProposedOn());
      RoundRules.MinistryResult result = RoundRules.ministryResult(p.status(), p.starRank());
      long[] n = central.computeIfAbsent(round, k -> new long[1 + RoundRules.MinistryResult.values().length]);
      n[0]++;
      n[1 + result.ordinal()]++;
      if (list.size() < LIST_LIMIT) {
        list.add(List.of(p.productName(), unitName(p.communeCode()), p.ministryProposedOn(), round.name(),
            result == RoundRules.MinistryResult.RETURNED_TO_PROVINCE
                ? "Bộ trả về, tỉnh công nhận " + p.starRank() + " sao" : result.vietnamese,
            p.processInstanceId() == null ? Link.toInstance("", null) : Link.toInstance("Mở", p.processInstanceId())));
      }
    }
    central.computeIfAbsent(EvaluationRounds.centralRound(today), k -> new long[1 + RoundRules.MinistryResult.values().length]);
    int pending = 1 + RoundRules.MinistryResult.PENDING.ordinal();
    List<List<Object>> centralRows = central.entrySet().stream().map(e -> {
      EvaluationRounds.Round round = e.getKey();
      long[] n = e.getValue();
      long days = ChronoUnit.DAYS.between(today, round.deadline());
      List<Object> row = new ArrayList<>(List.of(round.name(), round.proposalCutOff(),
          round.deadline(), days, n[0]));
      for (int i = 1; i < n.length; i++) {
        row.add(n[i]);
      }
      row.add(RoundRules.roundState(days, n[pending]));
      return row;
    }).toList();
    List<String> centralHeaders = new ArrayList<>(List.of("Đợt", "Hạn tỉnh đề nghị", "Hạn hoàn thành", "Còn (ngày)",
        "Sản phẩm tỉnh đề nghị"));
    Arrays.stream(RoundRules.MinistryResult.values()).forEach(result -> centralHeaders.add(result.vietnamese));
    centralHeaders.add("Tình trạng");

    return new View("rounds", "Các đợt đánh giá, phân hạng cấp tỉnh và cấp trung ương", List.of(
        new Table("Các đợt đánh giá cấp tỉnh theo ngày UBND cấp xã đề nghị (Điều 5 khoản 1 Quyết định 26/2026/QĐ-TTg)",
            List.of("Đợt", "Hạn xã đề nghị", "Hạn hoàn thành", "Còn (ngày)", "Hồ sơ", "Đã xếp hạng", "Chưa xếp hạng",
                "Trong đó xếp theo ngày tiếp nhận (chưa ghi ngày đề nghị)", "Tình trạng"), rows),
        new Table("Các đợt đánh giá sản phẩm 5 sao của Bộ Nông nghiệp và Môi trường theo ngày UBND tỉnh đề nghị "
            + "(Điều 5 khoản 2 Quyết định 26/2026/QĐ-TTg)", centralHeaders, centralRows),
        new Table(limited("Sản phẩm tỉnh đề nghị Bộ đánh giá, phân hạng 5 sao", list.size()),
            List.of("Sản phẩm", "Xã", "Ngày tỉnh đề nghị", "Đợt", "Kết quả", "Quy trình trong Cockpit"), list)),
        0, List.of(5, 6));
  }

  private static List<Object> starRow(List<Object> first, List<StarCount> counts) {
    List<Object> row = new ArrayList<>(first);
    long total = 0;
    for (int stars = 3; stars <= 5; stars++) {
      int s = stars;
      long n = counts.stream().filter(c -> c.stars() == s).mapToLong(StarCount::count).sum();
      row.add(n);
      total += n;
    }
    row.add(total);
    return row;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String limited(String title, int rows) {
    return rows >= LIST_LIMIT ? title + " — " + LIST_LIMIT + " dòng đầu" : title;
  }

  private static Date soon(Date now) {
    return new Date(now.getTime() + DUE_SOON_DAYS * 24L * 3600 * 1000);
  }

  private static Link instanceLink(ProductAtStage p) {
    String instance = ProductStage.EVALUATION.name().equals(p.stage()) && p.dossierInstanceId() != null
        ? p.dossierInstanceId() : p.cycleInstanceId() != null ? p.cycleInstanceId() : p.dossierInstanceId();
    return instance == null ? Link.toInstance("", null) : Link.toInstance("Mở", instance);
  }

  String unitName(String code) {
    return units.find(code).map(AdministrativeUnit::name).orElse(code);
  }

  String districtName(String communeCode) {
    return units.find(communeCode).map(AdministrativeUnit::parentCode).flatMap(units::find)
        .filter(parent -> parent.level() == AdministrativeLevel.DISTRICT).map(AdministrativeUnit::name).orElse("");
  }

  /** Communes by district and name; each commune's key worked out once (a province has thousands). */
  private Comparator<String> byDistrictAndName() {
    Map<String, String> keys = new HashMap<>();
    return Comparator.comparing(code -> keys.computeIfAbsent(code, this::communeOrder));
  }

  private String communeOrder(String communeCode) {
    return districtName(communeCode) + "\u0000" + unitName(communeCode) + "\u0000" + communeCode;
  }

  /** A candidate group's unit ("commune07201" → its name), or the council members for "". */
  String groupName(String groupId) {
    if (groupId == null || groupId.equals(ASSIGNED)) {
      return "Thành viên hội đồng (phiếu được giao)";
    }
    String code = GROUP_PREFIX.matcher(groupId).replaceFirst("");
    return units.find(code).filter(unit -> unit.groupId().equals(groupId)).map(AdministrativeUnit::name).orElse(groupId);
  }

  private String groupOrder(String groupId) {
    String code = groupId == null ? "" : GROUP_PREFIX.matcher(groupId).replaceFirst("");
    String level = units.find(code).map(unit -> String.valueOf(unit.level().ordinal())).orElse("9");
    return level + groupName(groupId);
  }
}
