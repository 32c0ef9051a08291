-- Dossier team library, schema version 1.
-- Applied by `dossier team init` (main/team/migrate.ts) in one transaction, recorded in
-- dossier_migrations. Never edit an applied migration: add the next numbered file instead.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- The library as a whole: one row.
CREATE TABLE team_library (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name           text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
  display_name   text NOT NULL,
  password_hash  text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  disabled       boolean NOT NULL DEFAULT false
);

-- Only a hash of each session token is kept: a copy of the database lets no one in.
CREATE TABLE sessions (
  token_hash    bytea PRIMARY KEY,
  user_id       bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One row per article. `meta` is the article model without its text (shared/model.ts Article);
-- the columns beside it are what queries filter, sort and facet on.
CREATE TABLE articles (
  id               text PRIMARY KEY,
  path             text NOT NULL,
  title            text NOT NULL,
  authors          text[] NOT NULL DEFAULT '{}',
  publisher        text,
  -- First and last day the publication date names, as YYYYMMDD numbers; null when undated.
  published_start  integer,
  published_end    integer,
  content_hash     text NOT NULL,
  file_tags        text[] NOT NULL DEFAULT '{}',
  meta             jsonb NOT NULL,
  -- The publication date as written (ISO, any precision): the article list's date order.
  published_value  text GENERATED ALWAYS AS (coalesce(meta #>> '{publishedAt,value}', '')) STORED,
  body             text NOT NULL,
  html             text,
  entities         text[] NOT NULL DEFAULT '{}',
  tsv              tsvector NOT NULL,
  head             tsvector NOT NULL,
  words            tsvector,
  search_version   integer NOT NULL,
  pushed_by        bigint REFERENCES users(id),
  pushed_at        timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN html SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN meta SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN tsv SET COMPRESSION lz4;
ALTER TABLE articles ALTER COLUMN words SET COMPRESSION lz4;
CREATE INDEX articles_tsv ON articles USING gin (tsv) WITH (fastupdate = on, gin_pending_list_limit = 16384);
CREATE INDEX articles_head ON articles USING gin (head);
CREATE INDEX articles_date ON articles (published_start, id);
CREATE INDEX articles_list_newest ON articles (published_value DESC, title);
CREATE INDEX articles_list_oldest ON articles (published_value, title);
CREATE INDEX articles_list_title ON articles (title, id);

-- Analysis results by content hash and analyser version, like .dossier/analysis/.
CREATE TABLE analyses (
  content_hash  text NOT NULL,
  version       integer NOT NULL,
  analysis      jsonb NOT NULL,
  PRIMARY KEY (content_hash, version)
);
ALTER TABLE analyses ALTER COLUMN analysis SET COMPRESSION lz4;

-- Files of the pushed library that could not be read fully.
CREATE TABLE problems (
  path     text PRIMARY KEY,
  problem  jsonb NOT NULL
);

-- Tags: the user's (from_file false, attributed) and those declared by the files themselves.
CREATE TABLE article_tags (
  article_id  text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag         text NOT NULL,
  from_file   boolean NOT NULL DEFAULT false,
  added_by    bigint REFERENCES users(id),
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, tag, from_file)
);
CREATE INDEX article_tags_tag ON article_tags (lower(tag) text_pattern_ops, article_id);

CREATE TABLE tag_colors (
  tag     text PRIMARY KEY,
  color   text NOT NULL CHECK (color ~ '^#[0-9a-f]{6}$'),
  set_by  bigint REFERENCES users(id),
  set_at  timestamptz NOT NULL DEFAULT now()
);

-- Timelines: one document each (shared/timeline.ts Timeline), versioned for optimistic locking.
CREATE TABLE timelines (
  id          text PRIMARY KEY,
  doc         jsonb NOT NULL,
  version     integer NOT NULL,
  created_by  bigint REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  bigint REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- Deleted timelines are kept (undo, and nothing is ever lost).
  deleted_at  timestamptz
);

-- Every change anyone made: the activity feed, and what undo needs.
CREATE TABLE changes (
  id          text PRIMARY KEY,
  user_id     bigint REFERENCES users(id),
  at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  kind        text NOT NULL,
  op          text NOT NULL,
  summary     text NOT NULL,
  subject     text,
  article_ids text[] NOT NULL DEFAULT '{}',
  undo        jsonb,
  undone_at   timestamptz,
  undone_by   bigint REFERENCES users(id)
);
CREATE INDEX changes_at ON changes (at DESC);
CREATE INDEX changes_user ON changes (user_id, at DESC);

-- The search dictionary: every index term and the number of articles holding it, for prefix
-- and fuzzy expansion and completions. Kept up to date by the triggers below.
CREATE TABLE lexicon (
  term  text PRIMARY KEY,
  df    integer NOT NULL
) WITH (fillfactor = 70);
CREATE INDEX lexicon_prefix ON lexicon (term text_pattern_ops);
CREATE INDEX lexicon_trgm ON lexicon USING gin (term gin_trgm_ops);


CREATE FUNCTION lexicon_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lexicon (term, df)
    SELECT t, count(*) FROM new_rows, unnest(tsvector_to_array(new_rows.tsv)) AS t GROUP BY t ORDER BY t
  ON CONFLICT (term) DO UPDATE SET df = lexicon.df + excluded.df;
  RETURN NULL;
END $$;

CREATE FUNCTION lexicon_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE lexicon SET df = lexicon.df - gone.n
    FROM (SELECT t, count(*) AS n FROM old_rows, unnest(tsvector_to_array(old_rows.tsv)) AS t GROUP BY t ORDER BY t) AS gone
   WHERE lexicon.term = gone.t;
  RETURN NULL;
END $$;

CREATE FUNCTION lexicon_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH delta AS (
    SELECT t, sum(n)::integer AS n FROM (
      SELECT t, 1 AS n FROM new_rows, unnest(tsvector_to_array(new_rows.tsv)) AS t
      UNION ALL
      SELECT t, -1 FROM old_rows, unnest(tsvector_to_array(old_rows.tsv)) AS t
    ) AS d GROUP BY t HAVING sum(n) <> 0 ORDER BY t
  )
  INSERT INTO lexicon (term, df) SELECT t, n FROM delta
  ON CONFLICT (term) DO UPDATE SET df = lexicon.df + excluded.df;
  RETURN NULL;
END $$;

CREATE TRIGGER articles_lexicon_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lexicon_after_insert();
CREATE TRIGGER articles_lexicon_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lexicon_after_delete();
CREATE TRIGGER articles_lexicon_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lexicon_after_update();
