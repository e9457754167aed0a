package vn.ocop.workflow.cycle;


/**
 * The support a producer may ask for while implementing its plan (seed 000, step 4), with the level
 * that handles it: loans go through the commune (local credit programmes); coaching, projects,
 * trainings and science cooperation through the province's OCOP agency.
 */
enum SupportTypes {
  ON_SITE_COACHING("Tư vấn, hỗ trợ tại chỗ", "PROVINCE"),
  LOAN("Vay vốn", "COMMUNE"),
  DEVELOPMENT_PROJECT("Dự án phát triển sản xuất", "PROVINCE"),
  PRODUCT_DEVELOPMENT_TRAINING("Đào tạo phát triển sản phẩm", "PROVINCE"),
  SCIENCE_PROJECT("Dự án khoa học và công nghệ", "PROVINCE"),
  SCIENTIST_CONTRACT("Hợp đồng với nhà khoa học", "PROVINCE");

  final String vietnamese;
  final String level;

  SupportTypes(String vietnamese, String level) {
    this.vietnamese = vietnamese;
    this.level = level;
  }

}
