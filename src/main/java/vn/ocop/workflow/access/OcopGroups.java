package vn.ocop.workflow.access;

import java.util.List;

/** The role groups. Their ids are an API: filters, models and other tools rely on them. */
public final class OcopGroups {

  public static final String COMMUNE_OFFICERS = "communeOfficers";
  public static final String DISTRICT_OFFICERS = "districtOfficers";
  public static final String PROVINCE_OFFICERS = "provinceOfficers";
  public static final String COUNCIL_MEMBERS = "councilMembers";
  public static final String SUPERVISORS = "supervisors";
  public static final String POLICY_EDITORS = "policyEditors";
  /** Camunda's own administrators' group: ALL on every resource. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Role groups with their Vietnamese names, as shown in Admin and Tasklist. */
  public static final List<RoleGroup> ROLES = List.of(
      new RoleGroup(COMMUNE_OFFICERS, "Cán bộ OCOP cấp xã"),
      new RoleGroup(DISTRICT_OFFICERS, "Cán bộ OCOP cấp huyện"),
      new RoleGroup(PROVINCE_OFFICERS, "Cán bộ cơ quan OCOP cấp tỉnh"),
      new RoleGroup(COUNCIL_MEMBERS, "Thành viên Hội đồng đánh giá, phân hạng"),
      new RoleGroup(SUPERVISORS, "Giám sát viên"),
      new RoleGroup(POLICY_EDITORS, "Cán bộ biên soạn quy trình, chính sách"));

  public record RoleGroup(String id, String name) {
  }

  private OcopGroups() {
  }
}
