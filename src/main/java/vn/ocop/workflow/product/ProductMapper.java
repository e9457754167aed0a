package vn.ocop.workflow.product;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The product and its producer: the only writer of {@code ocop_producer} and {@code ocop_product}. */
@Mapper
public interface ProductMapper {

  void insertProducer(ProducerRow producer);

  void insertProduct(ProductRow product);

  ProductRow selectProductByCode(String productCode);

  ProductRow selectProductById(long id);

  int updateProductCode(@Param("productId") long productId, @Param("productCode") String productCode);

  int updateStage(@Param("productId") long productId, @Param("stage") String stage, @Param("since") java.util.Date since);

  String selectStage(long productId);

  /** Product and producer in one row; {@code null} for an unknown id. */
  ContextRow selectContext(long productId);

  /** A product joined with its producer. */
  class ContextRow {
    public long productId;
    public String productCode;
    public String productName;
    public int productSet;
    public String communeCode;
    public String producerName;
    public String producerType;
    public String representativeName;
    public String representativePosition;
    public String producerAddress;
    public String producerPhone;
    public String producerEmail;
  }
}
