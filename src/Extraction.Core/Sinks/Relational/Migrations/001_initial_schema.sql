-- 001: the normalized schema. Tokens in braces are filled per database ({JSON}: TEXT or jsonb, …).
-- Every child table's primary key starts with document_id, which is also the per-document index, and
-- ON DELETE CASCADE lets a changed document be replaced by one DELETE plus inserts in one transaction.
CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    text_sha256      TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    source_path      TEXT,
    source_line      BIGINT,
    source_row       BIGINT,
    metadata         {JSON} NOT NULL,
    text_length      INTEGER NOT NULL,
    text             TEXT NOT NULL,
    stored_at        {TIMESTAMP} NOT NULL DEFAULT {NOW}
);

CREATE TABLE sentences (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    paragraph    INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);

CREATE TABLE entities (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    label        TEXT NOT NULL,
    canonical    TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    confidence   {REAL} NOT NULL,
    source       TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX entities_canonical_label ON entities (canonical, label);
CREATE INDEX entities_label ON entities (label);

CREATE TABLE relations (
    document_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id             TEXT NOT NULL,
    type           TEXT NOT NULL,
    head_entity_id TEXT NOT NULL,
    tail_entity_id TEXT NOT NULL,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    trigger_text   TEXT,
    confidence     {REAL} NOT NULL,
    source         TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX relations_type ON relations (type);

CREATE TABLE events (
    document_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    type          TEXT NOT NULL,
    mode          TEXT,
    status        TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    trigger_text  TEXT NOT NULL,
    event_date    TEXT,
    actor_country TEXT,
    confidence    {REAL} NOT NULL,
    source        TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX events_type_date ON events (type, event_date);

CREATE TABLE event_arguments (
    document_id TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    role        TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    PRIMARY KEY (document_id, event_id, idx),
    FOREIGN KEY (document_id, event_id) REFERENCES events (document_id, id) ON DELETE CASCADE
);
CREATE INDEX event_arguments_entity ON event_arguments (document_id, entity_id);

CREATE TABLE citations (
    document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    paragraph    INTEGER NOT NULL,
    confidence   {REAL} NOT NULL,
    source       TEXT NOT NULL,
    PRIMARY KEY (document_id, id)
);

CREATE TABLE citation_sources (
    document_id TEXT NOT NULL,
    citation_id TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    date_text   TEXT,
    date        TEXT,
    PRIMARY KEY (document_id, citation_id, idx),
    FOREIGN KEY (document_id, citation_id) REFERENCES citations (document_id, id) ON DELETE CASCADE
);
CREATE INDEX citation_sources_name ON citation_sources (name);

CREATE TABLE event_citations (
    document_id TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    citation_id TEXT NOT NULL,
    PRIMARY KEY (document_id, event_id, citation_id),
    FOREIGN KEY (document_id, event_id) REFERENCES events (document_id, id) ON DELETE CASCADE
);

CREATE TABLE relation_citations (
    document_id TEXT NOT NULL,
    relation_id TEXT NOT NULL,
    citation_id TEXT NOT NULL,
    PRIMARY KEY (document_id, relation_id, citation_id),
    FOREIGN KEY (document_id, relation_id) REFERENCES relations (document_id, id) ON DELETE CASCADE
);
