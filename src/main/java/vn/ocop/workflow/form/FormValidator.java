package vn.ocop.workflow.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Validates a submission against the rules its Camunda Form declares (required, min/max, lengths,
 * pattern, allowed options, dates), then against the form's {@link FormRules}. Tasklist checks the
 * same rules in the browser, but the engine stores whatever it is sent: this is where they hold.
 */
@Component
public class FormValidator {

  static final int DEFAULT_TEXTFIELD_MAX = 300;
  static final int DEFAULT_TEXTAREA_MAX = 4000;

  private final FormCatalog catalog;
  private final Map<String, List<FormRules>> rules;
  private final ObjectMapper json = new ObjectMapper();

  FormValidator(FormCatalog catalog, List<FormRules> rules) {
    this.catalog = catalog;
    this.rules = rules.stream().collect(Collectors.groupingBy(FormRules::formId));
  }

  /** Throws {@link FormValidationException} with every problem found, in Vietnamese. */
  public void validate(String formId, Function<String, Object> variables) {
    List<String> problems = problems(formId, variables);
    if (!problems.isEmpty()) {
      throw new FormValidationException(formId, problems);
    }
  }

  /**
   * The yes/no choices of a form (radios or selects whose options are exactly "true" and "false") as
   * Booleans, so that gateways can test them: form-js submits them as the strings "true" and "false".
   */
  public Map<String, Boolean> booleans(String formId, Function<String, Object> variables) {
    Map<String, Boolean> booleans = new java.util.HashMap<>();
    for (FormField field : catalog.get(formId).fields()) {
      boolean yesNo = field.nestedKey() == null && field.allowedValues().size() == 2
          && field.allowedValues().containsAll(List.of("true", "false"));
      Object value = variables.apply(field.path());
      if (yesNo && value instanceof String text && (text.equals("true") || text.equals("false"))) {
        booleans.put(field.path(), Boolean.valueOf(text));
      }
    }
    return booleans;
  }

  List<String> problems(String formId, Function<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    for (FormField field : catalog.get(formId).fields()) {
      if (!field.readonly()) {
        check(field, value(field, variables), variables, problems);
      }
    }
    if (problems.isEmpty()) {
      FormValues values = new FormValues(variables);
      rules.getOrDefault(formId, List.of()).forEach(formRules -> formRules.check(values, problems));
    }
    return problems;
  }

  private Object value(FormField field, Function<String, Object> variables) {
    Object value = variables.apply(field.variable());
    if (field.nestedKey() == null || value == null) {
      return field.nestedKey() == null ? value : null;
    }
    JsonNode node = toJson(value);
    JsonNode nested = node == null ? null : node.get(field.nestedKey());
    if (nested == null || nested.isNull()) {
      return null;
    }
    return nested.isTextual() ? nested.asText() : nested.isNumber() ? nested.numberValue() : nested.toString();
  }

  /** A Json (Spin) variable, a JSON string, or a Java list or map, as a Jackson tree; {@code null} if none of these. */
  JsonNode toJson(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return json.valueToTree(value);
    }
    try {
      return json.readTree(value.toString());
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private void check(FormField field, Object value, Function<String, Object> variables, List<String> problems) {
    String label = "«" + field.label() + "»";
    boolean isList = field.type().equals("checklist") || field.type().equals("taglist");
    JsonNode listValue = isList && value != null ? toJson(value) : null;
    boolean empty = value == null || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty())
        || (listValue != null && listValue.isArray() && listValue.isEmpty());
    if (empty) {
      if (field.required()) {
        problems.add(label + " là bắt buộc.");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> checkNumber(field, label, value, problems);
      case "textfield", "textarea" -> checkText(field, label, value, problems);
      case "datetime" -> checkDate(label, value, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
          problems.add(label + " phải là Có hoặc Không.");
        }
      }
      case "select", "radio" -> checkOption(field, label, value.toString(), variables, problems);
      case "checklist", "taglist" -> {
        JsonNode list = toJson(value);
        if (list == null || !list.isArray()) {
          problems.add(label + " phải là một danh sách lựa chọn.");
        } else {
          list.forEach(item -> checkOption(field, label, item.asText(), variables, problems));
        }
      }
      default -> {
      }
    }
  }

  private static void checkNumber(FormField field, String label, Object value, List<String> problems) {
    BigDecimal number;
    try {
      number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.add(label + " phải là một số.");
      return;
    }
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      problems.add(field.decimalDigits() == 0 ? label + " phải là số nguyên."
          : label + " chỉ được có tối đa " + field.decimalDigits() + " chữ số thập phân.");
      return;
    }
    boolean belowMin = field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0;
    boolean aboveMax = field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0;
    if (belowMin || aboveMax) {
      if (field.min() != null && field.max() != null) {
        problems.add(label + " phải từ " + format(field.min()) + " đến " + format(field.max()) + ".");
      } else if (field.min() != null) {
        problems.add(label + " không được nhỏ hơn " + format(field.min()) + ".");
      } else {
        problems.add(label + " không được lớn hơn " + format(field.max()) + ".");
      }
    }
  }

  private static void checkText(FormField field, String label, Object value, List<String> problems) {
    if (!(value instanceof String)) {
      problems.add(label + " phải là văn bản.");
      return;
    }
    if (((String) value).codePoints().anyMatch(FormValidator::forbidden)) {
      problems.add(label + " chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ.");
      return;
    }
    String text = Normalizer.normalize(((String) value).trim(), Normalizer.Form.NFC);
    int max = field.maxLength() != null ? field.maxLength()
        : field.type().equals("textarea") ? DEFAULT_TEXTAREA_MAX : DEFAULT_TEXTFIELD_MAX;
    int length = text.codePointCount(0, text.length());
    if (field.minLength() != null && length < field.minLength()) {
      problems.add(label + " phải có ít nhất " + field.minLength() + " ký tự.");
    }
    if (length > max) {
      problems.add(label + " không được dài quá " + max + " ký tự.");
    }
    if (field.pattern() != null) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(text).matches()) {
          problems.add(label + " không đúng định dạng.");
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("Form field " + field.path() + " has an invalid pattern", e);
      }
    }
  }

  /**
   * Characters no officer types: controls other than line breaks and tabs, lone surrogates, the line and
   * paragraph separators, and every invisible formatting character (Unicode category Cf): bidirectional
   * marks, embeddings, overrides and isolates (LRM, RLM, U+202A–U+202E, U+2066–U+2069), zero-width spaces
   * and joiners (U+200B–U+200D), the word joiner and invisible operators (U+2060–U+2064), the soft hyphen,
   * the byte order mark, tag characters (U+E0000–U+E007F) and the like. They hide or reorder text.
   */
  static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'
        || type == Character.SURROGATE
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || c >= 0xE0000 && c <= 0xE007F;
  }

  /**
   * The first day of the programme's first regime (Decision 1048/QĐ-TTg of 21/08/2019): every date in
   * the cycle's forms (received, decided, inspected, trained) is on or after it. An earlier date is a
   * typing mistake, and would select a regime that never applied (Decision 26/2026, Art. 11–12).
   */
  static final LocalDate FIRST_REGIME = LocalDate.of(2019, 8, 21);

  private static void checkDate(String label, Object value, List<String> problems) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      problems.add(label + " phải là một ngày có thật, viết ngày/tháng/năm (ví dụ 05/11/2026).");
      return;
    }
    if (date.isBefore(FIRST_REGIME)) {
      problems.add(label + " không được trước ngày 21/08/2019 (ngày bắt đầu áp dụng Quyết định 1048/QĐ-TTg).");
    }
  }

  private void checkOption(FormField field, String label, String value, Function<String, Object> variables,
      List<String> problems) {
    List<String> allowed = field.allowedValues();
    if (field.valuesKey() != null) {
      allowed = new ArrayList<>();
      JsonNode options = toJson(variables.apply(field.valuesKey()));
      if (options != null) {
        for (JsonNode option : options) {
          allowed.add(option.path("value").asText());
        }
      }
    }
    if (!allowed.contains(value)) {
      problems.add(label + ": «" + abbreviate(value) + "» không phải là lựa chọn hợp lệ.");
    }
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static String format(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
