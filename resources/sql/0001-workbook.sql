-- Schema 1: the first workbook format (Hinagata 0.0, never released outside
-- development). It held only the company's name. Kept so that the migration
-- path from every earlier version stays tested.
CREATE TABLE workbook_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE company (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL DEFAULT ''
);

INSERT INTO company (id, name) VALUES (1, '');
