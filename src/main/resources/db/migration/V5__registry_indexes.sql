-- The public registry and the officers' lists filter certificates by status and expiry, stars and
-- product set; a province holds thousands of products.
CREATE INDEX ocop_certificate_status_valid_until_idx ON ocop_certificate (status, valid_until);
CREATE INDEX ocop_certificate_stars_idx ON ocop_certificate (stars);
CREATE INDEX ocop_product_set_idx ON ocop_product (product_set);
