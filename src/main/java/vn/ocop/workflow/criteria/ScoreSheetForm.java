package vn.ocop.workflow.criteria;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Camunda Form (form-js, schemaVersion 16, as Tasklist 7.24 renders) of a criteria set's
 * score sheet: the context as text, one radio per criterion inside the group {@code scoreSheet}, the
 * disqualification opinion and a comment. Below each part the member sees, while scoring, the points of
 * that part, the running total and how many criteria still lack a level (FEEL in text, computed by
 * form-js from the same points as {@link SheetScorer}). Generated from the criteria data into
 * {@code forms/scoreSheetNN.form}; a test keeps the committed files equal to what this writes.
 */
public final class ScoreSheetForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ScoreSheetForm() {
  }

  public static String json(CriteriaSet set) {
    ObjectNode form = JSON.createObjectNode();
    ArrayNode components = form.putArray("components");
    components.add(text("Text_Title", "## Phiếu chấm điểm sản phẩm OCOP\n\nBộ sản phẩm **" + set.title() + "**"
        + (set.group() == null ? "" : " (" + set.product() + ", nhóm " + set.group() + ")")
        + ". Chọn một mức cho mỗi tiêu chí; hệ thống tự tính tổng điểm. "
        + "Mức có ghi \"tối thiểu 3/4/5 sao\" là yêu cầu tối thiểu để đạt hạng đó."));
    // context as text: read-only inputs would be submitted again and overwrite the variables
    components.add(text("Text_Context", "**Số phiếu đăng ký:** {{registrationNumber}}\n\n**Sản phẩm:** {{productName}}"
        + " — **Chủ thể:** {{producerName}}\n\n**Xã:** {{communeName}} — **Lượt chấm:** {{scoringRound}}"));
    ObjectNode meeting = text("Text_Meeting", "**Họp Hội đồng:** {{if meetingDate = null or meetingDate = \"\" then \"\""
        + " else substring(meetingDate, 9, 2) + \"/\" + substring(meetingDate, 6, 2) + \"/\" + substring(meetingDate, 1, 4)}}"
        + "{{if meetingPlace = null then \"\" else \" — \" + meetingPlace}}");
    meeting.putObject("conditional").put("hide", "=(meetingDate = null or meetingDate = \"\") and meetingPlace = null");
    components.add(meeting);
    components.add(field("checkbox", "memberAbsent", "Tôi vắng mặt, không chấm điểm lượt này"));

    ObjectNode group = JSON.createObjectNode();
    group.put("id", "Group_ScoreSheet");
    group.put("type", "group");
    group.put("label", "Các tiêu chí");
    group.put("path", "scoreSheet");
    group.put("showOutline", false);
    ArrayNode criteria = group.putArray("components");
    List<String> all = new ArrayList<>();
    List<String> allMissing = new ArrayList<>();
    int maximum = set.parts().stream().mapToInt(CriteriaSet.Part::points).sum();
    for (CriteriaSet.Part part : set.parts()) {
      criteria.add(text("Text_Part" + part.code(),
          "### Phần " + part.code() + ": " + part.name() + " (" + part.points() + " điểm)"));
      List<String> partPoints = new ArrayList<>();
      for (CriteriaSet.Section section : part.sections()) {
        boolean repeatsItsOnlyCriterion = section.criteria().size() == 1
            && section.criteria().get(0).code().equals(section.number());
        if (!repeatsItsOnlyCriterion) {
          criteria.add(text("Text_Section" + part.code() + section.number().replace('.', '_'),
              "**" + section.number() + ". " + section.name() + "** (" + section.points() + " điểm)"));
        }
        for (CriteriaSet.Criterion criterion : section.criteria()) {
          criteria.add(criterion(criterion));
          partPoints.add(points(criterion));
          allMissing.add("(if " + answer(criterion) + " = null then 1 else 0)");
        }
      }
      all.addAll(partPoints);
      criteria.add(text("Text_TotalPart" + part.code(), "**Điểm phần " + part.code() + ":** {{" + sum(partPoints)
          + "}} / " + part.points() + " — **Tổng điểm đang chấm:** {{" + sum(all) + "}} / " + maximum));
    }
    criteria.add(text("Text_TotalSheet", "**Tổng điểm của phiếu:** {{" + sum(all) + "}} / " + maximum
        + " — **Còn chưa chọn mức:** {{" + sum(allMissing) + "}} tiêu chí"));
    components.add(group);

    // only where the law's sheet names grounds for disqualification (not set 26, tourism)
    if (set.disqualifiedWhen() != null) {
      components.add(field("checkbox", "disqualifiedOpinion", "Hồ sơ thuộc trường hợp bị loại ("
          + set.disqualifiedWhen() + ")"));
    }
    ObjectNode comment = field("textarea", "memberComment", "Nhận xét của thành viên Hội đồng");
    comment.putObject("validate").put("maxLength", 4000);
    components.add(comment);

    form.put("type", "default");
    form.put("id", set.formId());
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.putObject("exporter").put("name", "ocop-workflow").put("version", "criteria " + set.number());
    form.put("schemaVersion", 16);
    try {
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return JSON.writer(printer).writeValueAsString(form) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode criterion(CriteriaSet.Criterion criterion) {
    ObjectNode radio = field("radio", criterion.fieldKey(),
        criterion.code() + ". " + criterion.name() + " (" + criterion.points() + " điểm)");
    String description = join(criterion.requirement(), criterion.note());
    if (description != null) {
      radio.put("description", description);
    }
    ArrayNode values = radio.putArray("values");
    for (CriteriaSet.Option option : criterion.options()) {
      String minimum = option.minForStars() == null ? "" : " — tối thiểu " + option.minForStars() + " sao";
      values.addObject().put("label", option.text() + " (" + option.points() + " điểm" + minimum + ")")
          .put("value", option.code());
    }
    return radio;
  }

  /** FEEL: the member's choice for {@code criterion} inside the group {@code scoreSheet}. */
  private static String answer(CriteriaSet.Criterion criterion) {
    return "scoreSheet." + criterion.fieldKey();
  }

  /** FEEL: the points of the option chosen for {@code criterion}, 0 while none is. */
  private static String points(CriteriaSet.Criterion criterion) {
    StringBuilder feel = new StringBuilder("(");
    for (CriteriaSet.Option option : criterion.options()) {
      feel.append("if ").append(answer(criterion)).append(" = \"").append(option.code()).append("\" then ")
          .append(option.points()).append(" else ");
    }
    return feel.append("0)").toString();
  }

  private static String sum(List<String> terms) {
    return "sum([" + String.join(", ", terms) + "])";
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  private static ObjectNode field(String type, String key, String label) {
    ObjectNode field = JSON.createObjectNode();
    field.put("id", "Field_" + key);
    field.put("type", type);
    field.put("key", key);
    field.put("label", label);
    return field;
  }

  private static ObjectNode text(String id, String markdown) {
    ObjectNode text = JSON.createObjectNode();
    text.put("id", id);
    text.put("type", "text");
    text.put("text", markdown);
    return text;
  }
}
