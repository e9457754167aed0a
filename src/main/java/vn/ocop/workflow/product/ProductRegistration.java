package vn.ocop.workflow.product;

import static vn.ocop.workflow.product.ProductVariables.*;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.unit.AdministrativeUnit;

/**
 * Registers a new producer and its product from the registration form's fields (the idea form of the
 * cycle and Mẫu 01 of the evaluation share their names).
 */
@Component
public class ProductRegistration {

  private final ProductMapper mapper;

  ProductRegistration(ProductMapper mapper) {
    this.mapper = mapper;
  }

  public ProductRow registerNew(VariableScope variables, AdministrativeUnit commune, CriteriaSet set) {
    LocalDateTime now = EngineClock.dateTime();
    ProducerRow producer = new ProducerRow();
    producer.name = text(variables, PRODUCER_NAME);
    producer.producerType = text(variables, PRODUCER_TYPE);
    producer.representativeName = text(variables, REPRESENTATIVE_NAME);
    producer.representativePosition = text(variables, REPRESENTATIVE_POSITION);
    producer.address = text(variables, PRODUCER_ADDRESS);
    producer.phone = text(variables, PRODUCER_PHONE);
    producer.email = text(variables, PRODUCER_EMAIL);
    producer.communeCode = commune.code();
    producer.createdAt = now;
    mapper.insertProducer(producer);

    ProductRow product = new ProductRow();
    product.producerId = producer.id;
    product.name = text(variables, PRODUCT_NAME);
    product.productSet = set.number();
    product.communeCode = commune.code();
    product.createdAt = now;
    mapper.insertProduct(product);
    return product;
  }

  /** A form's text value, trimmed; {@code null} when empty. */
  public static String text(VariableScope variables, String name) {
    Object value = variables.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
