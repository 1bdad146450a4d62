-- Schema 3: the information asset register (情報資産管理台帳).

-- Where an asset is kept. The user edits this list; these are the defaults.
CREATE TABLE medium (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE CHECK (length (name) BETWEEN 1 AND 50),
  position INTEGER NOT NULL DEFAULT 0
);
INSERT INTO medium (name, position) VALUES
  ('書類', 1), ('事務所PC', 2), ('モバイル機器', 3), ('可搬電子媒体', 4),
  ('社内サーバ', 5), ('社外サーバ（クラウド）', 6);

-- The company's names for the confidentiality levels (機密区分).
CREATE TABLE confidentiality_label (
  level INTEGER PRIMARY KEY CHECK (level BETWEEN 1 AND 3),
  label TEXT NOT NULL CHECK (length (label) BETWEEN 1 AND 20)
);
INSERT INTO confidentiality_label (level, label) VALUES (3, '極秘'), (2, '社外秘'), (1, '公開');

CREATE TABLE asset (
  id                  INTEGER PRIMARY KEY,
  business_category   TEXT NOT NULL DEFAULT '',
  name                TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 200),
  notes               TEXT NOT NULL DEFAULT '',
  users               TEXT NOT NULL DEFAULT '',
  department_id       INTEGER REFERENCES department (id) ON DELETE SET NULL,
  owner_id            INTEGER REFERENCES person (id) ON DELETE SET NULL,
  medium_id           INTEGER REFERENCES medium (id) ON DELETE SET NULL,
  personal            INTEGER NOT NULL DEFAULT 0 CHECK (personal IN (0, 1)),
  sensitive           INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
  my_number           INTEGER NOT NULL DEFAULT 0 CHECK (my_number IN (0, 1)),
  confidentiality     INTEGER NOT NULL DEFAULT 1 CHECK (confidentiality BETWEEN 1 AND 3),
  integrity           INTEGER NOT NULL DEFAULT 1 CHECK (integrity BETWEEN 1 AND 3),
  availability        INTEGER NOT NULL DEFAULT 1 CHECK (availability BETWEEN 1 AND 3),
  -- Set only when the user raised the importance above the rule, with a reason.
  importance_raised   INTEGER CHECK (importance_raised IS NULL OR importance_raised BETWEEN 2 AND 3),
  importance_reason   TEXT NOT NULL DEFAULT '',
  retention           TEXT NOT NULL DEFAULT '',
  registered_on       TEXT NOT NULL DEFAULT (date ('now', 'localtime')),
  updated_on          TEXT NOT NULL DEFAULT (date ('now', 'localtime')),
  status              TEXT NOT NULL DEFAULT 'in_use' CHECK (status IN ('in_use', 'disposed')),
  disposed_on         TEXT NOT NULL DEFAULT '',
  disposal_method     TEXT NOT NULL DEFAULT '',
  -- The rule: the highest of C, I and A, and 3 whenever personal information
  -- is held. A raised importance can only go above the rule.
  importance          INTEGER GENERATED ALWAYS AS (
                        max (confidentiality, integrity, availability,
                             CASE WHEN personal OR sensitive OR my_number THEN 3 ELSE 1 END,
                             ifnull (importance_raised, 1))) STORED,
  CHECK (importance_raised IS NULL OR length (importance_reason) > 0),
  CHECK (status = 'in_use' OR disposed_on != '')
);
CREATE INDEX asset_department ON asset (department_id);
CREATE INDEX asset_medium ON asset (medium_id);
CREATE INDEX asset_owner ON asset (owner_id);
