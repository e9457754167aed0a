package vn.ocop.workflow.product;

/**
 * Where a product is in the OCOP cycle ({@code ocop_product.stage}, checked by the schema): the step it is
 * at, or how its cycle ended. Set at the start of each step of {@code ocopCycle} through {@link ProductStages}.
 */
public enum ProductStage {
  /** Step 2: the idea (mẫu số 1) is screened. */
  IDEA,
  /** The producer is not eligible (Art. 2); the commune explained why. */
  INELIGIBLE,
  /** The province council accepted the idea; the producer is told. */
  IDEA_ACCEPTED,
  /** The producer did not resubmit the idea in time. */
  IDEA_WITHDRAWN,
  /** The idea was not accepted. */
  IDEA_CLOSED,
  /** Steps 2', 2'': an existing product (mẫu số 2) and its organisation are reviewed. */
  EXISTING_REVIEW,
  /** The existing product or its organisation was not accepted. */
  EXISTING_REVIEW_CLOSED,
  /** Training 1: how to write the business plan. */
  TRAINING_1,
  /** Step 3: the business plan is screened. */
  BUSINESS_PLAN,
  /** The province council approved the business plan; the producer is told. */
  PLAN_ACCEPTED,
  /** The producer did not resubmit the business plan in time. */
  PLAN_WITHDRAWN,
  /** The business plan was not approved. */
  BUSINESS_PLAN_CLOSED,
  /** Training 2: carrying out the plan. */
  TRAINING_2,
  /** Step 4: the producer carries out the plan, with support on request. */
  IMPLEMENTATION,
  /** Step 5: evaluation and ranking. */
  EVALUATION,
  /** Ranked below 3 stars: to improve and register again. */
  NOT_CERTIFIED,
  /** Step 6: trade promotion of a product of 3 stars or more. */
  TRADE_PROMOTION,
  /** The cycle ended with a certified product, promoted. */
  CERTIFIED
}
