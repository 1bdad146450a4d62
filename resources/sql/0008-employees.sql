-- Schema 8: the people as employees — employment details, the employee
-- handbook each person received (and whether they signed the pledge), and
-- the education sessions they attended.

-- One row per person whose employment is known; a person without one is
-- active with nothing known. Dates are YYYY-MM-DD or ''.
CREATE TABLE employment (
  person_id   INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  hired_on    TEXT NOT NULL DEFAULT '',
  position    TEXT NOT NULL DEFAULT '' CHECK (length (position) <= 50),
  status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'left')),
  promoted_on TEXT NOT NULL DEFAULT ''
);

-- A person received version `version` of the handbook: an approved
-- revision of the document (document_revision.pack, .document, .number).
-- Recording the same version again updates its date and pledge.
CREATE TABLE handbook_receipt (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  pack        TEXT NOT NULL,
  document    TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version > 0),
  received_on TEXT NOT NULL CHECK (length (received_on) = 10),
  pledge      INTEGER NOT NULL DEFAULT 0 CHECK (pledge IN (0, 1)),
  UNIQUE (person_id, pack, document, version)
);

CREATE TABLE education_session (
  id       INTEGER PRIMARY KEY,
  held_on  TEXT NOT NULL CHECK (length (held_on) = 10),
  topic    TEXT NOT NULL CHECK (length (topic) BETWEEN 1 AND 200),
  material TEXT NOT NULL DEFAULT ''
);

CREATE TABLE education_attendee (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES education_session (id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  UNIQUE (session_id, person_id)
);
CREATE INDEX education_attendee_person ON education_attendee (person_id);
