-- Dossier team library, schema version 3: metadata corrections, notes and highlights, saved
-- searches, search history, entities by kind.

-- Accent folding of phrase checks on bodies too long for exact token positions (query-sql.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- Metadata corrections (shared/metadata.ts): the corrected fields of an article, keyed like its
-- row. They win over what was extracted (`meta`): the searchable and filterable columns (title,
-- authors, publisher, published_start/end, tsv, head) hold the corrected values, and a push that
-- replaces the article applies them again. Who corrected it last, and when.
ALTER TABLE articles
  ADD COLUMN corrections   jsonb,
  ADD COLUMN corrected_by  bigint REFERENCES users(id),
  ADD COLUMN corrected_at  timestamptz;

-- The article list's date order follows a corrected date.
DROP INDEX articles_list_newest;
DROP INDEX articles_list_oldest;
ALTER TABLE articles DROP COLUMN published_value;
ALTER TABLE articles ADD COLUMN published_value text GENERATED ALWAYS AS (
  coalesce(CASE WHEN corrections ? 'publishedAt' THEN corrections #>> '{publishedAt,value}' ELSE meta #>> '{publishedAt,value}' END, '')
) STORED;
CREATE INDEX articles_list_newest ON articles (published_value DESC, title);
CREATE INDEX articles_list_oldest ON articles (published_value, title);

-- Changes only their author sees in the feed (clearing one's own search history): kept for undo.
ALTER TABLE changes ADD COLUMN private boolean NOT NULL DEFAULT false;

-- Saved searches, shared by the team (main/searches/saved-searches.ts): names are unique
-- ignoring case and accents (checked under a lock on the table by the service).
CREATE TABLE saved_searches (
  id          text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_-]{1,64}$'),
  name        text NOT NULL,
  query       text NOT NULL,
  sort        text NOT NULL CHECK (sort IN ('relevance', 'date-desc', 'date-asc')),
  created_by  bigint REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  bigint REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Each member's recent queries (the command line's are user 0's: no one's), newest first;
-- `key` is the query lowercased, accents folded and spaces collapsed (one entry per key).
CREATE TABLE search_history (
  user_id  bigint NOT NULL,
  key      text NOT NULL,
  query    text NOT NULL,
  at       timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);
CREATE INDEX search_history_recent ON search_history (user_id, at DESC);

-- People, organisations and places each article's analysis found (its canonical names, by kind),
-- for `person:` / `org:` / `place:`, the entity facets and the entity list. `key` is the name as
-- search compares it (main/search/entity-table.ts nameKey: lowercase tokens, accents folded,
-- joined by spaces). Written with the article by `team push` (search version 3).
CREATE TABLE article_entities (
  article_id  text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
  key         text NOT NULL,
  name        text NOT NULL,
  PRIMARY KEY (article_id, kind, key)
);
CREATE INDEX article_entities_key ON article_entities (kind, key);
CREATE INDEX article_entities_trgm ON article_entities USING gin (key gin_trgm_ops);

-- Notes and highlights (shared/notes.ts), shared by the team: one row per article whose notes
-- anyone changed (kept when emptied: `updated_at` is also what note search caches on), and one
-- row per highlight. Who changed them last, and when; every change is in `changes`.
CREATE TABLE article_notes (
  article_id  text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  note        text NOT NULL DEFAULT '',
  updated_by  bigint REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX article_notes_updated ON article_notes (updated_at DESC);

CREATE TABLE highlights (
  id            text PRIMARY KEY,
  article_id    text NOT NULL REFERENCES article_notes(article_id) ON DELETE CASCADE,
  color         text NOT NULL,
  -- shared/timeline.ts Passage: offsets in the article's text, the quote and its context.
  passage       jsonb NOT NULL,
  status        text NOT NULL,
  -- The article's content hash the offsets refer to (re-anchored when the article changes).
  content_hash  text,
  note          text NOT NULL DEFAULT '',
  created_by    bigint REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    bigint REFERENCES users(id),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX highlights_article ON highlights (article_id);
