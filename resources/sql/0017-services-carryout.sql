-- Schema 17: the register of external services and contractors
-- (外部サービス・委託先, src/core/practice/hg-service.c) and the carry-out
-- log (持出し記録, src/core/practice/hg-carryout.c) of the practice side.

-- One cloud service or contractor the company hands information to: who
-- uses it, who approved it and when, when it is to be reviewed next, and
-- at the end of its contract the day it ended and how the information was
-- taken back: returned, deleted, deletion certified by the provider.
-- Dates are stored dates ("2026-12-28").
CREATE TABLE service (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 200),
  kind         TEXT NOT NULL CHECK (kind IN ('cloud', 'contractor')),
  department   TEXT NOT NULL CHECK (length (department) BETWEEN 1 AND 100),
  approved_by  TEXT NOT NULL CHECK (length (approved_by) BETWEEN 1 AND 100),
  approved_on  TEXT NOT NULL CHECK (length (approved_on) = 10),
  next_review  TEXT NOT NULL CHECK (length (next_review) = 10),
  note         TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000),
  ended        TEXT CHECK (ended IS NULL OR length (ended) = 10),
  end_returned INTEGER NOT NULL DEFAULT 0 CHECK (end_returned IN (0, 1)),
  end_deleted  INTEGER NOT NULL DEFAULT 0 CHECK (end_deleted IN (0, 1)),
  end_proof    INTEGER NOT NULL DEFAULT 0 CHECK (end_proof IN (0, 1)),
  end_note     TEXT NOT NULL DEFAULT '' CHECK (length (end_note) <= 1000)
);

-- The selection checklist, one row an item of the rules on external
-- services (src/core/practice/hg-service.h lists the ids): met or not,
-- with a note of how.
CREATE TABLE service_check (
  service INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  item    TEXT NOT NULL CHECK (length (item) BETWEEN 1 AND 30),
  ok      INTEGER NOT NULL DEFAULT 0 CHECK (ok IN (0, 1)),
  note    TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000),
  PRIMARY KEY (service, item)
);

-- The assets of the register whose information the service handles.
CREATE TABLE service_asset (
  service INTEGER NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  asset   INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  PRIMARY KEY (service, asset)
);

-- One device, medium or paper taken out of the office: what (and, when it
-- is in the asset register, which asset), who took it, who approved it,
-- when it went out, when it is due back and when it came back (NULL while
-- it is out). Times are local, with their offset, as the incident
-- register stores them: "2026-12-29T09:00:00+09:00".
CREATE TABLE carryout (
  id          INTEGER PRIMARY KEY,
  item        TEXT NOT NULL CHECK (length (item) BETWEEN 1 AND 200),
  medium      TEXT NOT NULL CHECK (medium IN ('device', 'medium', 'paper')),
  asset       INTEGER REFERENCES asset (id) ON DELETE SET NULL,
  person      TEXT NOT NULL CHECK (length (person) BETWEEN 1 AND 100),
  approved_by TEXT NOT NULL CHECK (length (approved_by) BETWEEN 1 AND 100),
  out_at      TEXT NOT NULL CHECK (length (out_at) BETWEEN 16 AND 40),
  due_at      TEXT NOT NULL CHECK (length (due_at) BETWEEN 16 AND 40),
  back_at     TEXT CHECK (back_at IS NULL OR length (back_at) BETWEEN 16 AND 40),
  note        TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000)
);
