package vn.ocop.workflow.dossier;

import java.math.BigDecimal;
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

  int updateDossierStatusAt(@Param("dossierId") long dossierId, @Param("status") String status,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateDossierRegimeAt(@Param("dossierId") long dossierId, @Param("regime") String regime,
      @Param("updatedAt") LocalDateTime updatedAt);

  int updateDossierOutcomeAt(@Param("dossierId") long dossierId, @Param("status") String status,
      @Param("averageScore") BigDecimal averageScore, @Param("starRank") Integer starRank,
      @Param("updatedAt") LocalDateTime updatedAt);
}
