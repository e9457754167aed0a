package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Test data: what a commune officer enters in the idea form (mẫu số 1 or 2). */
public final class IdeaFormBuilder {

  private final Map<String, Object> values = new HashMap<>();

  private IdeaFormBuilder() {
    values.put("ideaFormType", "NEW");
    values.put("producerName", "HTX Nông nghiệp Tam Tiến");
    values.put("producerType", "HTX");
    values.put("hasBusinessRegistration", true);
    values.put("representativeName", "Trần Văn Hải");
    values.put("producerAddress", "Thôn Đồng Vương, xã Tam Tiến");
    values.put("producerPhone", "0988 123 456");
    values.put("productName", "Giò gà Yên Thế");
    values.put("productSet", "8");
    values.put("ideaDescription", "Giò gà làm từ gà đồi Yên Thế nuôi thả, đóng gói hút chân không, bán tại Hà Nội.");
    values.put("receivedOn", LocalDate.now().toString());
    values.put("communeCode", "07201");
  }

  public static IdeaFormBuilder anIdea() {
    return new IdeaFormBuilder();
  }

  public IdeaFormBuilder existingProduct() {
    values.put("ideaFormType", "EXISTING");
    return this;
  }

  public IdeaFormBuilder receivedOn(String date) {
    values.put("receivedOn", date);
    return this;
  }

  public IdeaFormBuilder with(String name, Object value) {
    values.put(name, value);
    return this;
  }

  public VariableMap build() {
    return Variables.fromMap(values);
  }
}
