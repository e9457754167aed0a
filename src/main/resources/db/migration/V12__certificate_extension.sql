-- Art. 12.3 QĐ 26/2026/QĐ-TTg: a certificate whose re-evaluation dossier could not meet the window of Art. 7.6.a
-- stays valid until the result, at most 180 days after it expires. The last day of that extension, when granted.
ALTER TABLE ocop_certificate ADD COLUMN extended_until DATE;
