package vn.ocop.workflow.product;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables that name a product, its producer and its commune, declared once. The registration forms
 * (the cycle's idea form, the evaluation's Mẫu 01) use them as field keys; a process the cycle calls
 * receives only {@link #PRODUCT_ID} (and the commune code its tasks are routed by) and reads the rest
 * through {@link Products#context(long)}; every task shows the product's header ({@link ProductContext#header()}).
 */
public final class ProductVariables {

  // The product, by reference
  public static final String PRODUCT_ID = "productId";
  public static final String PRODUCT_CODE = "productCode";

  // Registration form fields (Mẫu 01, idea form)
  public static final String PRODUCER_NAME = "producerName";
  public static final String PRODUCER_TYPE = "producerType";
  public static final String REPRESENTATIVE_NAME = "representativeName";
  public static final String REPRESENTATIVE_POSITION = "representativePosition";
  public static final String PRODUCER_ADDRESS = "producerAddress";
  public static final String PRODUCER_PHONE = "producerPhone";
  public static final String PRODUCER_EMAIL = "producerEmail";
  public static final String PRODUCT_NAME = "productName";
  public static final String PRODUCT_SET = "productSet";

  // The product's units and criteria set, set on registration
  public static final String PRODUCT_SET_NAME = "productSetName";
  public static final String COMMUNE_CODE = "communeCode";
  public static final String COMMUNE_NAME = "communeName";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String PROVINCE_CODE = "provinceCode";
  public static final String PROVINCE_NAME = "provinceName";

  // The timeline: input parameters of the Task_Record…Note service tasks, and the last reason given
  public static final String NOTE_KIND = "noteKind";
  public static final String NOTE_LEVEL = "noteLevel";
  public static final String NOTE_STAGE = "noteStage";
  public static final String NOTE_TEXT = "noteText";
  public static final String LAST_EXPLANATION = "lastExplanation";

  private ProductVariables() {
  }

  /** The product an execution or task works on ({@code ocop_product.id}). */
  public static long productId(VariableScope scope) {
    return ((Number) scope.getVariable(PRODUCT_ID)).longValue();
  }
}
