-- When a product entered its current stage (supervisors' dashboard: days in stage). Products already at a
-- stage count from the last entry of their timeline, or from their registration.
ALTER TABLE ocop_product ADD COLUMN stage_since TIMESTAMP;
UPDATE ocop_product p
   SET stage_since = COALESCE((SELECT MAX(t.occurred_at) FROM ocop_product_timeline t WHERE t.product_id = p.id),
                              p.created_at)
 WHERE p.stage IS NOT NULL;
CREATE INDEX ocop_product_stage_commune_idx ON ocop_product (stage, commune_code);
-- stars per year and the rounds' dossiers
CREATE INDEX ocop_certificate_issued_on_idx ON ocop_certificate (issued_on);
CREATE INDEX ocop_dossier_received_on_idx ON ocop_dossier (received_on);
