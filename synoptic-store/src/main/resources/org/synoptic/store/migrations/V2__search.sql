-- V2: full-text search over title and text. A self-contained FTS5 table keyed by the article id
-- (not an external-content table): it costs a second copy of the text, but it does not depend on
-- implicit rowids, which VACUUM may renumber. remove_diacritics folds "Qolīzādeh" to "qolizadeh".
CREATE VIRTUAL TABLE articles_fts USING fts5(
    id UNINDEXED,
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Index the articles stored before this version.
INSERT INTO articles_fts (id, title, text)
SELECT id, title, text FROM articles ORDER BY id;
