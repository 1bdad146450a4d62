-- Schema 13: a customer's check sheet imported as a framework, and the
-- evidence an answer rests on (src/core/assess/).

-- A framework read from the user's own Excel file (a JAMA/JAPIA check sheet,
-- METI's ★3/★4 requirements): Hinagata ships none of their text, so the
-- framework itself — in the XML of resources/frameworks/framework.rng — lives
-- in the workbook, loaded and checked like a built-in one. The source's name
-- and SHA-256 say which file the answers may be written back into: a file
-- that changed since the import is refused.
CREATE TABLE framework_import (
  framework     TEXT PRIMARY KEY CHECK (length (framework) BETWEEN 1 AND 100),
  xml           TEXT NOT NULL CHECK (length (xml) BETWEEN 1 AND 4194304),
  source_name   TEXT NOT NULL CHECK (length (source_name) BETWEEN 1 AND 255),
  source_sha256 TEXT NOT NULL CHECK (length (source_sha256) = 64),
  imported      TEXT NOT NULL CHECK (length (imported) = 10)
);

-- Where each item of an imported framework sits in the source file: the
-- sheet, and the cells its answer and its note go into on write-back
-- (A1-style, e.g. "H12"; '' when the sheet has no note column).
CREATE TABLE framework_import_cell (
  framework   TEXT NOT NULL REFERENCES framework_import (framework),
  ref         TEXT NOT NULL CHECK (length (ref) BETWEEN 1 AND 50),
  sheet       TEXT NOT NULL CHECK (length (sheet) BETWEEN 1 AND 31),
  answer_cell TEXT NOT NULL CHECK (length (answer_cell) BETWEEN 2 AND 10),
  note_cell   TEXT NOT NULL DEFAULT '' CHECK (length (note_cell) <= 10),
  PRIMARY KEY (framework, ref)
);

-- What an answer rests on: a rule (by its rule id, so renumbering keeps the
-- link), an asset, a risk treatment, a training session, a handbook receipt
-- or a file (its path, and its SHA-256 when it was linked).
CREATE TABLE assessment_evidence (
  assessment INTEGER NOT NULL REFERENCES assessment (id),
  ref        TEXT NOT NULL CHECK (length (ref) BETWEEN 1 AND 50),
  kind       TEXT NOT NULL CHECK (kind IN ('rule', 'asset', 'risk', 'training',
                                             'receipt', 'file')),
  target     TEXT NOT NULL CHECK (length (target) BETWEEN 1 AND 1000),
  sha256     TEXT NOT NULL DEFAULT '' CHECK (sha256 = '' OR length (sha256) = 64),
  PRIMARY KEY (assessment, ref, kind, target)
);
