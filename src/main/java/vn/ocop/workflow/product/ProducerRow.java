package vn.ocop.workflow.product;

import java.time.LocalDateTime;

/** A row of {@code ocop_producer}: the OCOP entity (chủ thể) of Mẫu 01. */
public class ProducerRow {
  public Long id;
  public String name;
  public String producerType;
  public String representativeName;
  public String representativePosition;
  public String address;
  public String phone;
  public String email;
  public String communeCode;
  public LocalDateTime createdAt;
}
