-- Schema 17: the carry-out log (持出し記録) of the practice side
-- (src/core/practice/hg-carryout.c).

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
