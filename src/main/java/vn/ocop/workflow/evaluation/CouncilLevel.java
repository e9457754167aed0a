package vn.ocop.workflow.evaluation;

/** The level whose council evaluates: under 1048/148 the district, always the province, for 5 stars the ministry. */
public enum CouncilLevel {
  DISTRICT, PROVINCE, CENTRAL
}
