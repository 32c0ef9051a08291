-- Dossier team library, schema version 2: duplicate articles and original files.
-- `dossier team init` applies it, then computes the signatures of articles stored before it.

-- Each article's duplicate signature (main/library/duplicates.ts): the hash of its normalised text
-- (equal: exact copies), its number of word 5-shingles and its MinHash sketch (64 uint32, little
-- endian), and one key per band of the sketch. Articles sharing a text hash or a band key are the
-- candidates checked for copies, found through the two indexes below.
ALTER TABLE articles
  ADD COLUMN copy_text      text,
  ADD COLUMN copy_shingles  integer,
  ADD COLUMN copy_sketch    bytea,
  ADD COLUMN copy_bands     bigint[];
CREATE INDEX articles_copy_text ON articles (copy_text);
CREATE INDEX articles_copy_bands ON articles USING gin (copy_bands);
CREATE INDEX articles_content_hash ON articles (content_hash);

-- The files themselves, as pushed or imported (up to 64 MB each), by content hash: the same file
-- filed twice is kept once. "Open original" of a team article hands these bytes over.
CREATE TABLE article_originals (
  content_hash  text PRIMARY KEY,
  bytes         bytea NOT NULL,
  stored_at     timestamptz NOT NULL DEFAULT now()
);
