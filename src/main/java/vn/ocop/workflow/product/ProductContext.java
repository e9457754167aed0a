package vn.ocop.workflow.product;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A product with its producer and commune, read from {@code ocop_product} and {@code ocop_producer}: what a
 * called process needs to know about the product it was given by reference.
 */
public record ProductContext(long productId, String productCode, String productName, int productSet,
    String productSetName, String communeCode, String communeName, String producerName, String producerType,
    String representativeName, String representativePosition, String producerAddress, String producerPhone,
    String producerEmail) {

  /** What every task of a product shows at the top of its form, by variable name. */
  public Map<String, Object> header() {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put(ProductVariables.PRODUCT_NAME, productName);
    header.put(ProductVariables.PRODUCER_NAME, producerName);
    header.put(ProductVariables.PRODUCT_SET_NAME, productSetName);
    header.put(ProductVariables.COMMUNE_NAME, communeName);
    return header;
  }

  /** The registration form's fields as this product was registered with them, by variable name. */
  public Map<String, Object> registration() {
    Map<String, Object> values = new HashMap<>();
    values.put(ProductVariables.PRODUCER_NAME, producerName);
    values.put(ProductVariables.PRODUCER_TYPE, producerType);
    values.put(ProductVariables.REPRESENTATIVE_NAME, representativeName);
    values.put(ProductVariables.REPRESENTATIVE_POSITION, representativePosition);
    values.put(ProductVariables.PRODUCER_ADDRESS, producerAddress);
    values.put(ProductVariables.PRODUCER_PHONE, producerPhone);
    values.put(ProductVariables.PRODUCER_EMAIL, producerEmail);
    values.put(ProductVariables.PRODUCT_NAME, productName);
    values.put(ProductVariables.PRODUCT_SET, productSet);
    values.put(ProductVariables.PRODUCT_CODE, productCode);
    return values;
  }
}
