package vn.ocop.workflow.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.ocop.workflow.common.EngineClock;

/** Dossiers ({@code ocop_dossier}): a product registered for evaluation, its status and outcome. */
@Mapper
public interface DossierMapper {

  void insertDossier(DossierRow dossier);

  DossierRow selectDossierById(long id);

  /** Moves a dossier to {@code status}, at the engine's time. */
  default int updateDossierStatus(long dossierId, String status) {
    return updateDossierStatusAt(dossierId, status, EngineClock.dateTime());
  }

  /** Records the regime a dossier is evaluated under, at the engine's time. */
  default int updateDossierRegime(long dossierId, String regime) {
    return updateDossierRegimeAt(dossierId, regime, EngineClock.dateTime());
  }

  /** Records a dossier's outcome, at the engine's time. */
  default int updateDossierOutcome(long dossierId, String status, BigDecimal averageScore, Integer starRank) {
    return updateDossierOutcomeAt(dossierId, status, averageScore, starRank, EngineClock.dateTime());
  }

  /** The day the commune (UBND cấp xã) proposed the dossier for evaluation (Art. 5.1 QĐ 26/2026/QĐ-TTg). */
  default int updateProposedOn(long dossierId, LocalDate proposedOn) {
    return updateProposedOnAt(dossierId, proposedOn, EngineClock.dateTime());
  }

  /** The day the province (UBND cấp tỉnh) proposed the dossier to the Ministry for 5 stars (Art. 5.2). */
  default int updateMinistryProposedOn(long dossierId, LocalDate proposedOn) {
    return updateMinistryProposedOnAt(dossierId, proposedOn, EngineClock.dateTime());
  }

  int updateProposedOnAt(@Param("dossierId") long dossierId, @Param("proposedOn") LocalDate proposedOn,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateMinistryProposedOnAt(@Param("dossierId") long dossierId, @Param("proposedOn") LocalDate proposedOn,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateDossierStatusAt(@Param("dossierId") long dossierId, @Param("status") String status,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateDossierRegimeAt(@Param("dossierId") long dossierId, @Param("regime") String regime,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateDossierOutcomeAt(@Param("dossierId") long dossierId, @Param("status") String status,
      @Param("averageScore") BigDecimal averageScore, @Param("starRank") Integer starRank,
      @Param("updatedAt") LocalDateTime updatedAt);
}
