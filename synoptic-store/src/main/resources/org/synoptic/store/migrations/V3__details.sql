-- V3: extraction details (authors, timestamps, modified date, the evidence behind each field and
-- the completeness verdict) as one JSON object. Rows stored before V3 read back as not judged.
ALTER TABLE articles ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
