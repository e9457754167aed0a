package vn.ocop.workflow.cycle;

import org.springframework.stereotype.Component;

/**
 * The trade-promotion activities of step 6 and their Vietnamese names, for the activity task's
 * heading: {@code ${promotionActivityNames.name(promotionActivity)}}.
 */
@Component("promotionActivityNames")
public class PromotionActivities {

  enum Activity {
    FAIR("Hội chợ, triển lãm"),
    SHOWROOM("Điểm giới thiệu và bán sản phẩm OCOP"),
    ECOMMERCE("Sàn thương mại điện tử"),
    WEBSITE("Trang thông tin điện tử của Chương trình OCOP");

    final String vietnamese;

    Activity(String vietnamese) {
      this.vietnamese = vietnamese;
    }
  }

  public String name(String code) {
    return Activity.valueOf(code).vietnamese;
  }
}
