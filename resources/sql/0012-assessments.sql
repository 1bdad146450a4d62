-- Schema 12: self-assessments against a framework (src/core/assess/): IPA's
-- self-check, the 5 basic measures, later a customer's check sheet.

-- One assessment is one dated round of answers to one framework, e.g. the
-- self-check of 2026 or the December submission of a customer's sheet. The
-- framework is named by its id and the version answered, so that a later
-- version does not reinterpret old answers. `frozen` is the date the round
-- was closed (as a document version is approved); NULL while it is open.
-- Dates are YYYY-MM-DD.
CREATE TABLE assessment (
  id        INTEGER PRIMARY KEY,
  framework TEXT NOT NULL CHECK (length (framework) BETWEEN 1 AND 100),
  version   TEXT NOT NULL CHECK (length (version) BETWEEN 1 AND 50),
  title     TEXT NOT NULL CHECK (length (title) BETWEEN 1 AND 200),
  created   TEXT NOT NULL CHECK (length (created) = 10),
  frozen    TEXT CHECK (frozen IS NULL OR length (frozen) = 10)
);

-- The answer to one item: `ref` is the item's reference in the framework,
-- `value` a value of its scale (an unanswered item has no row). What is not
-- met gets an owner and a due date; empty texts are ''.
CREATE TABLE assessment_answer (
  assessment INTEGER NOT NULL REFERENCES assessment (id),
  ref        TEXT NOT NULL CHECK (length (ref) BETWEEN 1 AND 50),
  value      TEXT NOT NULL CHECK (length (value) BETWEEN 1 AND 20),
  note       TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000),
  owner      TEXT NOT NULL DEFAULT '' CHECK (length (owner) <= 50),
  due        TEXT NOT NULL DEFAULT '' CHECK (due = '' OR length (due) = 10),
  PRIMARY KEY (assessment, ref)
);
