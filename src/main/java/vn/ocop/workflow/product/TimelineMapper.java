package vn.ocop.workflow.product;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The product's timeline, {@code ocop_product_timeline}; written only through {@link ProductTimeline}. */
@Mapper
interface TimelineMapper {

  void insert(TimelineEntry entry);

  List<TimelineEntry> selectByProduct(long productId);

  List<TimelineEntry> selectByDossier(long dossierId);

  List<TimelineEntry> selectByCertificate(long certificateId);
}
