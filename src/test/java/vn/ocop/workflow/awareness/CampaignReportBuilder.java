package vn.ocop.workflow.awareness;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Test data: what a unit's officer submits in form campaignReport, as Tasklist does (checklist as Json). */
final class CampaignReportBuilder {

  private final Map<String, Object> values = new HashMap<>();

  private CampaignReportBuilder() {
    activities("MEETING", "LOUDSPEAKER");
    values.put("peopleReached", 1200);
    values.put("reportNote", "Họp thôn 3 buổi, phát loa 5 ngày; hướng dẫn nộp mẫu số 1, mẫu số 2 tại UBND xã.");
  }

  static CampaignReportBuilder aReport() {
    return new CampaignReportBuilder();
  }

  CampaignReportBuilder activities(String... codes) {
    String json = Arrays.stream(codes).map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
    values.put("activities", SpinValues.jsonValue(json).create());
    return this;
  }

  CampaignReportBuilder peopleReached(Object count) {
    values.put("peopleReached", count);
    return this;
  }

  CampaignReportBuilder note(String note) {
    values.put("reportNote", note);
    return this;
  }

  CampaignReportBuilder without(String name) {
    values.remove(name);
    return this;
  }

  VariableMap build() {
    VariableMap map = Variables.createVariables();
    values.forEach((name, value) -> {
      if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
        map.putValueTyped(name, typed);
      } else {
        map.putValue(name, value);
      }
    });
    return map;
  }
}
