package vn.ocop.workflow.dashboard;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The dashboard's read-only queries on our tables and the engine's runtime tables (SQL in
 * DashboardMapper.xml). One installation is one province, so every query covers the installation.
 */
@Mapper
interface DashboardMapper {

  record StageCount(String communeCode, String stage, long count) {
  }

  record ProductAtStage(long productId, String productName, String producerName, String communeCode, String stage,
      Date stageSince, String cycleInstanceId, String dossierInstanceId) {
  }

  record DueCount(String groupId, String processKey, String taskKey, long overdue, long dueSoon) {
  }

  record DueTask(String taskId, String taskName, String groupId, String assignee, Date dueDate, String productName,
      String processInstanceId) {
  }

  record StatusCount(String status, long count) {
  }

  record ExpiringCertificate(String certificateNumber, String productName, String producerName, String communeCode,
      int stars, LocalDate validUntil, String lastEvent) {
  }

  record StarCount(int issuedYear, int productSet, String communeCode, int stars, long count) {
  }

  record UnitCount(String groupId, long overdue, long dueSoon, long units) {
  }

  record StepCount(String processKey, String taskKey, long overdue, long dueSoon) {
  }

  /** Dossiers placed in a round by one day: {@code byReceipt} of them by the day received (no proposal recorded). */
  record DossierDay(LocalDate proposedOn, long dossiers, long ranked, long byReceipt) {
  }

  record MinistryProposal(long dossierId, String productName, String communeCode, LocalDate ministryProposedOn,
      String status, Integer starRank, String processInstanceId) {
  }

  List<StageCount> stageCounts();

  List<ProductAtStage> productsAtStage(@Param("stage") String stage, @Param("communeCode") String communeCode,
      @Param("limit") int limit);

  List<DueCount> dueCounts(@Param("now") Date now, @Param("soon") Date soon);

  List<UnitCount> dueByUnit(@Param("now") Date now, @Param("soon") Date soon, @Param("limit") int limit);

  List<StepCount> dueBySteps(@Param("now") Date now, @Param("soon") Date soon);

  List<StepCount> dueStepsOfUnit(@Param("now") Date now, @Param("soon") Date soon, @Param("groupId") String groupId);

  UnitCount dueOfCouncilMembers(@Param("now") Date now, @Param("soon") Date soon);

  List<DueTask> dueTasks(@Param("now") Date now, @Param("soon") Date soon, @Param("overdue") boolean overdue,
      @Param("groupId") String groupId, @Param("taskKey") String taskKey, @Param("limit") int limit);

  List<StatusCount> certificateStatuses(@Param("today") LocalDate today);

  List<ExpiringCertificate> expiringCertificates(@Param("today") LocalDate today, @Param("until") LocalDate until);

  List<StarCount> starCounts(@Param("from") LocalDate from, @Param("to") LocalDate to);

  List<Integer> certificateYears();

  List<DossierDay> dossiersProposedSince(@Param("from") LocalDate from);

  List<MinistryProposal> ministryProposals(@Param("from") LocalDate from);
}
