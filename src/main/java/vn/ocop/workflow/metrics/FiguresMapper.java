package vn.ocop.workflow.metrics;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Counts over our tables for the metrics; read only. */
@Mapper
interface FiguresMapper {

  record Count(String label, long count) {
  }

  /** Products by their current stage of the cycle ({@code ocop_product.stage}; NONE when not set). */
  List<Count> productsByStage();

  /** Dossiers by status ({@code ocop_dossier.status}). */
  List<Count> dossiersByStatus();

  /** Valid certificates whose validity ends from {@code from} to {@code until}, both included. */
  long certificatesExpiring(@Param("from") LocalDate from, @Param("until") LocalDate until);
}
