-- Schema 8: the risk analysis (リスク分析シート).
--
-- Threats are kept per medium of the register, seeded from the risk
-- catalogue when the analysis is set up and editable afterwards. Ratings and
-- answers are the company's (department_id NULL) or one department's, which
-- then overrides the company's for that department's assets. Risk values
-- are never stored: they follow from these tables and the register.

-- A medium whose threats were set up: a row exists once, so a threat the
-- user removed does not come back. kind: the catalogue's kind of medium it
-- matched, NULL when its name matched none.
CREATE TABLE risk_medium (
  medium_id INTEGER PRIMARY KEY REFERENCES medium (id) ON DELETE CASCADE,
  kind      TEXT
);

-- key: the catalogue's threat key; NULL for a threat the company added.
CREATE TABLE risk_threat (
  id          INTEGER PRIMARY KEY,
  medium_id   INTEGER NOT NULL REFERENCES medium (id) ON DELETE CASCADE,
  key         TEXT,
  name        TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 100),
  description TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX risk_threat_key ON risk_threat (medium_id, key) WHERE key IS NOT NULL;
CREATE UNIQUE INDEX risk_threat_name ON risk_threat (medium_id, name);

-- Which controls counter a threat: seeded from the catalogue's counters,
-- editable, so the company's own threats can be countered too.
CREATE TABLE risk_threat_control (
  threat_id   INTEGER NOT NULL REFERENCES risk_threat (id) ON DELETE CASCADE,
  control_key TEXT NOT NULL,
  PRIMARY KEY (threat_id, control_key)
);
CREATE INDEX risk_threat_control_key ON risk_threat_control (control_key);

-- 脅威の起こりやすさ, 1..3.
CREATE TABLE risk_likelihood (
  id            INTEGER PRIMARY KEY,
  threat_id     INTEGER NOT NULL REFERENCES risk_threat (id) ON DELETE CASCADE,
  department_id INTEGER REFERENCES department (id) ON DELETE CASCADE,
  likelihood    INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3)
);
CREATE UNIQUE INDEX risk_likelihood_unique ON risk_likelihood (threat_id, ifnull (department_id, 0));

-- 対策状況: a control of the catalogue done, partly done, not done or not
-- applicable. No row: not answered yet.
CREATE TABLE risk_control_answer (
  id            INTEGER PRIMARY KEY,
  control_key   TEXT NOT NULL,
  department_id INTEGER REFERENCES department (id) ON DELETE CASCADE,
  status        TEXT NOT NULL CHECK (status IN ('done', 'partial', 'not', 'n/a')),
  note          TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX risk_control_answer_unique
  ON risk_control_answer (control_key, ifnull (department_id, 0));

-- 被害発生可能性 from 脅威 × 脆弱性, as data: a company or a new guideline
-- may change it.
CREATE TABLE risk_damage_table (
  threat        INTEGER NOT NULL CHECK (threat BETWEEN 1 AND 3),
  vulnerability INTEGER NOT NULL CHECK (vulnerability BETWEEN 1 AND 3),
  value         INTEGER NOT NULL CHECK (value BETWEEN 1 AND 3),
  PRIMARY KEY (threat, vulnerability)
);
INSERT INTO risk_damage_table (threat, vulnerability, value) VALUES
  (3, 3, 3), (3, 2, 2), (3, 1, 1),
  (2, 3, 2), (2, 2, 1), (2, 1, 1),
  (1, 3, 1), (1, 2, 1), (1, 1, 1);

-- リスク値 (重要度 × 被害発生可能性) to 大 / 中 / 小.
CREATE TABLE risk_band (
  band      TEXT PRIMARY KEY CHECK (band IN ('large', 'medium', 'small')),
  min_value INTEGER NOT NULL CHECK (min_value BETWEEN 1 AND 9),
  max_value INTEGER NOT NULL CHECK (max_value BETWEEN 1 AND 9),
  CHECK (min_value <= max_value)
);
INSERT INTO risk_band (band, min_value, max_value) VALUES
  ('large', 6, 9), ('medium', 4, 4), ('small', 1, 3);

-- What the company does about one risk (an asset and a threat): 低減,
-- 回避, 移転 or 受容, with its plan. expected_damage: the 被害発生可能性
-- expected once the treatment is done, for the residual risk. Accepting a
-- large risk needs an approver, a date and a reason (checked by the
-- program, which knows the risk's band).
CREATE TABLE risk_treatment (
  id              INTEGER PRIMARY KEY,
  asset_id        INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  threat_id       INTEGER NOT NULL REFERENCES risk_threat (id) ON DELETE CASCADE,
  kind            TEXT NOT NULL CHECK (kind IN ('reduce', 'avoid', 'transfer', 'accept')),
  measures        TEXT NOT NULL DEFAULT '',
  control_keys    TEXT NOT NULL DEFAULT '',
  owner_id        INTEGER REFERENCES person (id) ON DELETE SET NULL,
  due_on          TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'planned'
                  CHECK (status IN ('planned', 'in_progress', 'done')),
  expected_damage INTEGER CHECK (expected_damage IS NULL OR expected_damage BETWEEN 1 AND 3),
  approver        TEXT NOT NULL DEFAULT '',
  approved_on     TEXT NOT NULL DEFAULT '',
  reason          TEXT NOT NULL DEFAULT '',
  UNIQUE (asset_id, threat_id)
);
CREATE INDEX risk_treatment_threat ON risk_treatment (threat_id);
