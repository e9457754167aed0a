package vn.ocop.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Vietnamese locale of each webapp against the English one of the Camunda 7.24 webjar on the
 * classpath: the same keys, no others, and the same {{…}} placeholders in every text, so that no
 * label falls back to English or shows a placeholder unfilled. Texts the apps share read the same in
 * every app.
 */
class WebappLocalesTest {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> apps() {
    return APPS.stream();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void vietnameseHasEveryKeyOfTheWebjarsEnglishAndNoOther(String app) throws IOException {
    Map<String, JsonNode> english = texts(app, "en");
    Map<String, JsonNode> vietnamese = texts(app, "vi");
    assertThat(english).as("%s en.json from the webjar", app).isNotEmpty();
    assertThat(missing(english, vietnamese)).as("keys of %s en.json missing from vi.json", app).isEmpty();
    assertThat(missing(vietnamese, english)).as("keys of %s vi.json that en.json does not have", app).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void everyVietnameseTextKeepsThePlaceholdersOfTheEnglish(String app) throws IOException {
    assertThat(placeholderDifferences(texts(app, "en"), texts(app, "vi"))).as(app).isEmpty();
  }

  @Test
  void aTextTheAppsShareReadsTheSameInEveryApp() throws IOException {
    Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
    for (String app : APPS) {
      Map<String, JsonNode> english = texts(app, "en");
      texts(app, "vi").forEach((key, vietnamese) -> byKey.computeIfAbsent(key + " = " + english.get(key), k -> new LinkedHashMap<>())
          .put(app, vietnamese.toString()));
    }
    List<String> differing = new ArrayList<>();
    byKey.forEach((key, translations) -> {
      if (translations.values().stream().distinct().count() > 1) {
        differing.add(key + " " + translations);
      }
    });
    assertThat(differing).isEmpty();
  }

  // The checks themselves catch what they are for.

  @Test
  void aMissingKeyAnExtraKeyAndALostPlaceholderAreFound() throws IOException {
    Map<String, JsonNode> english = flatten(JSON.readTree(
        "{\"labels\": {\"A\": \"{{count}} tasks\", \"B\": \"Claim\"}, \"dateLocales\": {\"months\": [\"January\"]}}"));
    Map<String, JsonNode> vietnamese = flatten(JSON.readTree(
        "{\"labels\": {\"A\": \"công việc\", \"C\": \"Nhận việc\"}, \"dateLocales\": {\"months\": [\"tháng 1\"]}}"));
    assertThat(missing(english, vietnamese)).containsExactly("labels.B");
    assertThat(missing(vietnamese, english)).containsExactly("labels.C");
    assertThat(placeholderDifferences(english, vietnamese)).singleElement().asString().startsWith("labels.A");
  }

  @Test
  void placeholdersAreCountedNotJustFound() throws IOException {
    Map<String, JsonNode> english = flatten(JSON.readTree("{\"A\": \"{{a}} of {{a}}\"}"));
    assertThat(placeholderDifferences(english, flatten(JSON.readTree("{\"A\": \"{{a}}\"}")))).hasSize(1);
    assertThat(placeholderDifferences(english, flatten(JSON.readTree("{\"A\": \"{{a}} trên {{a}}\"}")))).isEmpty();
  }

  static List<String> missing(Map<String, JsonNode> from, Map<String, JsonNode> in) {
    return from.keySet().stream().filter(key -> !in.containsKey(key)).toList();
  }

  static List<String> placeholderDifferences(Map<String, JsonNode> english, Map<String, JsonNode> vietnamese) {
    List<String> differences = new ArrayList<>();
    english.forEach((key, text) -> {
      JsonNode translation = vietnamese.get(key);
      if (translation != null && !placeholders(text).equals(placeholders(translation))) {
        differences.add(key + ": " + text + " → " + translation);
      }
    });
    return differences;
  }

  static Map<String, Integer> placeholders(JsonNode text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher matcher = PLACEHOLDER.matcher(text.asText(""));
    while (matcher.find()) {
      counts.merge(matcher.group(), 1, Integer::sum);
    }
    return counts;
  }

  /** Every text of a locale file by its dotted key; array items are keyed by their index. */
  static Map<String, JsonNode> texts(String app, String locale) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + app + "/locales/" + locale + ".json";
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's en.json files start with a UTF-8 byte order mark
      return flatten(JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json));
    }
  }

  static Map<String, JsonNode> flatten(JsonNode node) {
    Map<String, JsonNode> texts = new LinkedHashMap<>();
    flatten("", node, texts);
    return texts;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> texts) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(prefix + field.getKey() + ".", field.getValue(), texts));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), texts);
      }
    } else {
      texts.put(prefix.substring(0, prefix.length() - 1), node);
    }
  }
}
