package vn.ocop.workflow.document;

import java.util.List;
import java.util.Set;

/**
 * What a dossier must and may contain, per kind of dossier: the idea and plan stages (the seeds' idea form and
 * business plan), first recognition, upgrade and re-evaluation (QĐ 26/2026/QĐ-TTg Art. 6.1 a, b, c: Mẫu 01 and
 * Mẫu 02 in every case, with evidence of the changes for an upgrade and of what is new for a re-evaluation),
 * and what the commune adds before sending it to the province (Art. 6.2 a, b: its proposal and Mẫu 03).
 */
enum DossierChecklist {
  IDEA("Giai đoạn ý tưởng", List.of(DocumentKind.IDEA_FORM), List.of(DocumentKind.OTHER)),
  PLAN("Giai đoạn phương án kinh doanh", List.of(DocumentKind.BUSINESS_PLAN), List.of(DocumentKind.IDEA_FORM,
      DocumentKind.OTHER)),
  FIRST("Hồ sơ đánh giá, phân hạng lần đầu (Điều 6 khoản 1 điểm a)",
      List.of(DocumentKind.REGISTRATION_FORM, DocumentKind.SELF_ASSESSMENT), evaluationExtras()),
  UPGRADE("Hồ sơ đánh giá, nâng hạng (Điều 6 khoản 1 điểm b)",
      List.of(DocumentKind.REGISTRATION_FORM, DocumentKind.SELF_ASSESSMENT, DocumentKind.CHANGE_EVIDENCE),
      evaluationExtras()),
  RE_EVALUATION("Hồ sơ đánh giá, phân hạng lại (Điều 6 khoản 1 điểm c)",
      List.of(DocumentKind.REGISTRATION_FORM, DocumentKind.SELF_ASSESSMENT, DocumentKind.UPDATE_EVIDENCE),
      evaluationExtras());

  /** What the commune must add before it proposes the product to the province (Art. 6.2 a, b). */
  static final List<DocumentKind> COMMUNE_PROPOSAL = List.of(DocumentKind.COMMUNE_PROPOSAL,
      DocumentKind.COMMUNE_REPORT);

  final String title;
  final List<DocumentKind> required;
  final List<DocumentKind> optional;

  DossierChecklist(String title, List<DocumentKind> required, List<DocumentKind> optional) {
    this.title = title;
    this.required = required;
    this.optional = optional;
  }

  private static List<DocumentKind> evaluationExtras() {
    return List.of(DocumentKind.COMMUNE_PROPOSAL, DocumentKind.COMMUNE_REPORT, DocumentKind.LEGAL_PAPERS,
        DocumentKind.TEST_REPORT, DocumentKind.LABEL_PHOTO, DocumentKind.COUNCIL_MINUTES, DocumentKind.DECISION,
        DocumentKind.OTHER);
  }

  /** The kinds this checklist lists, required first. */
  List<DocumentKind> kinds() {
    return java.util.stream.Stream.concat(required.stream(), optional.stream()).toList();
  }

  /** The checklist of a product at {@code stage} (a ProductStage name) whose latest dossier is {@code dossierType}. */
  static DossierChecklist of(String stage, String dossierType) {
    if (stage != null && Set.of("IDEA", "IDEA_ACCEPTED", "IDEA_WITHDRAWN", "IDEA_CLOSED", "INELIGIBLE",
        "EXISTING_REVIEW", "EXISTING_REVIEW_CLOSED", "TRAINING_1").contains(stage)) {
      return IDEA;
    }
    if (stage != null && Set.of("BUSINESS_PLAN", "PLAN_ACCEPTED", "PLAN_WITHDRAWN", "BUSINESS_PLAN_CLOSED",
        "TRAINING_2", "IMPLEMENTATION").contains(stage) && dossierType == null) {
      return PLAN;
    }
    if ("UPGRADE".equals(dossierType)) {
      return UPGRADE;
    }
    if ("RE_EVALUATION".equals(dossierType)) {
      return RE_EVALUATION;
    }
    return FIRST;
  }
}
