package vn.ocop.workflow.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.product.ProductContext;
import vn.ocop.workflow.product.Products;

/**
 * What officers and council members get by e-mail (the address in their Camunda profile): every morning a
 * digest of their unit's tasks and their own that are overdue or due soon (one per person and day, on any
 * number of nodes; nothing when nothing is due; never for someone who switched it off), and a message when
 * a score sheet or written opinion is assigned to them.
 */
@Component
class OfficerNotices {

  private static final Logger LOG = LoggerFactory.getLogger(OfficerNotices.class);

  static final List<String> DIGEST_ROLES = List.of(OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS,
      OcopGroups.PROVINCE_OFFICERS, OcopGroups.COUNCIL_MEMBERS);
  static final Set<String> ASSIGNED_TASKS = Set.of("Task_ScoreProduct", "Task_GiveWrittenOpinion");

  record DigestTask(String name, String due, Date dueDate) {
  }

  private final Products products;
  private final IdentityService identity;
  private final TaskService tasks;
  private final NoticeTemplates templates;
  private final Outbox outbox;
  private final NoticeMapper mapper;
  private final NoticeSettings settings;
  private final String baseUrl;

  OfficerNotices(IdentityService identity, TaskService tasks, NoticeTemplates templates, Outbox outbox,
      NoticeMapper mapper, NoticeSettings settings, Products products,
      @Value("${ocop.public-base-url:}") String publicBaseUrl) {
    this.products = products;
    this.identity = identity;
    this.tasks = tasks;
    this.templates = templates;
    this.outbox = outbox;
    this.mapper = mapper;
    this.settings = settings;
    this.baseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
        : publicBaseUrl.replaceAll("/+$", "");
  }

  @Scheduled(cron = "${ocop.notices.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
  void dailyDigests() {
    try {
      int queued = queueDigests(EngineClock.today());
      LOG.info("Daily digests queued: {}", queued);
    } catch (RuntimeException e) {
      LOG.warn("Daily digests failed: {}", e.toString());
    }
  }

  /** Queues the digest of {@code day} for everyone who has one; returns how many were queued now. */
  int queueDigests(LocalDate day) {
    Map<String, User> people = new LinkedHashMap<>();
    for (String role : DIGEST_ROLES) {
      identity.createUserQuery().memberOfGroup(role).list().forEach(user -> people.putIfAbsent(user.getId(), user));
    }
    int queued = 0;
    for (User user : people.values()) {
      if (user.getEmail() == null || user.getEmail().isBlank() || !digestEnabled(user.getId())) {
        continue;
      }
      String key = "digest:" + user.getId() + ":" + day;
      if (outbox.has(key)) {
        continue;
      }
      NoticeTemplates.Message message = digest(user, day);
      if (message == null) {
        continue;
      }
      try {
        outbox.enqueue("EMAIL", NoticeType.OFFICER_DIGEST, user.getEmail().trim(), fullName(user), null, message, key);
        queued++;
      } catch (DuplicateKeyException e) {
        LOG.debug("Digest {} queued by another node", key);
      }
    }
    return queued;
  }

  boolean digestEnabled(String userId) {
    Boolean enabled = mapper.selectDigestEnabled(userId);
    return enabled == null || enabled;
  }

  /** The digest of {@code user} for {@code day}, or {@code null} when nothing is overdue or due soon. */
  NoticeTemplates.Message digest(User user, LocalDate day) {
    List<String> groups = identity.createGroupQuery().groupMember(user.getId()).list().stream().map(Group::getId)
        .filter(group -> !DIGEST_ROLES.contains(group)).toList();
    Date horizon = EngineClock.startOf(day.plusDays(settings.digestDueWithinDays() + 1L));
    Map<String, Task> found = new LinkedHashMap<>();
    if (!groups.isEmpty()) {
      tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().dueBefore(horizon).list()
          .forEach(task -> found.put(task.getId(), task));
    }
    tasks.createTaskQuery().taskAssignee(user.getId()).dueBefore(horizon).list()
        .forEach(task -> found.put(task.getId(), task));
    if (found.isEmpty()) {
      return null;
    }
    Date startOfDay = EngineClock.startOf(day);
    List<DigestTask> overdue = new ArrayList<>();
    List<DigestTask> dueSoon = new ArrayList<>();
    found.values().stream().sorted(Comparator.comparing(Task::getDueDate)).forEach(task -> {
      DigestTask shown = new DigestTask(task.getName(), VietnameseText.date(task.getDueDate()), task.getDueDate());
      (task.getDueDate().before(startOfDay) ? overdue : dueSoon).add(shown);
    });
    Map<String, Object> values = new HashMap<>();
    values.put("recipientName", fullName(user));
    values.put("day", VietnameseText.date(day));
    values.put("days", settings.digestDueWithinDays());
    values.put("overdue", overdue);
    values.put("dueSoon", dueSoon);
    values.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/");
    values.put("optOutUrl", baseUrl + "/api/notices/digest");
    return templates.render(NoticeType.OFFICER_DIGEST, values);
  }

  /** A score sheet or written opinion assigned to a council member: tell them (once per task and member). */
  @EventListener
  void onAssignment(DelegateTask task) {
    if (!TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())
        || !ASSIGNED_TASKS.contains(task.getTaskDefinitionKey()) || task.getAssignee() == null) {
      return;
    }
    User user = identity.createUserQuery().userId(task.getAssignee()).singleResult();
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      return;
    }
    String key = "assigned:" + task.getId() + ":" + user.getId();
    if (outbox.has(key)) {
      return;
    }
    Map<String, Object> values = new HashMap<>();
    values.put("recipientName", fullName(user));
    values.put("taskName", "Task_ScoreProduct".equals(task.getTaskDefinitionKey()) ? "phiếu chấm điểm"
        : "phiếu ý kiến đánh giá lại bằng văn bản");
    Object productId = task.getVariable("productId");
    Object product = task.getVariable("productName");
    Object commune = task.getVariable("communeName");
    if ((product == null || commune == null) && productId instanceof Number id) {
      // a process with its product by reference (a certificate's lifecycle): the names are the product's
      ProductContext context = products.context(id.longValue());
      product = product == null ? context.productName() : product;
      commune = commune == null ? context.communeName() : commune;
    }
    values.put("productName", String.valueOf(product));
    values.put("communeName", commune == null ? null : commune.toString());
    values.put("due", VietnameseText.date(task.getDueDate()));
    values.put("tasklistUrl", baseUrl + "/camunda/app/tasklist/#/?task=" + task.getId());
    outbox.enqueue("EMAIL", NoticeType.SCORE_SHEET_ASSIGNED, user.getEmail().trim(), fullName(user),
        productId instanceof Number number ? number.longValue() : null,
        templates.render(NoticeType.SCORE_SHEET_ASSIGNED, values), key);
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }
}
