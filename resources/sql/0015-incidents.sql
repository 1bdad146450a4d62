-- Schema 15: the incident register, the first register of the practice side
-- (src/core/practice/).

-- One incident or accident as the rules' chapter on incidents asks it to be
-- recorded: when and how it was noticed and by whom, whether it was done on
-- purpose (事件, 'incident') or nobody meant it (事故, 'accident'), what kind
-- of event it is (the rules' list of examples), its level on the rules'
-- severity table (重大 'major', 中程度 'moderate', 軽微 'minor'), and what the
-- final report needs: what happened, the cause, the impact, the actions and
-- the lessons. `personal_data` marks a leak (or a feared leak) of personal
-- information, which counts down to the reports to 個人情報保護委員会.
-- Times are local, with their offset: "2026-12-29T23:30:00+09:00".
CREATE TABLE incident (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL CHECK (length (title) BETWEEN 1 AND 200),
  detected      TEXT NOT NULL CHECK (length (detected) BETWEEN 16 AND 40),
  detected_how  TEXT NOT NULL DEFAULT '' CHECK (length (detected_how) <= 1000),
  detected_by   TEXT NOT NULL CHECK (length (detected_by) BETWEEN 1 AND 100),
  kind          TEXT NOT NULL CHECK (kind IN ('incident', 'accident')),
  category      TEXT NOT NULL CHECK (length (category) BETWEEN 1 AND 30),
  level         TEXT NOT NULL CHECK (level IN ('major', 'moderate', 'minor')),
  personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
  description   TEXT NOT NULL DEFAULT '' CHECK (length (description) <= 4000),
  cause         TEXT NOT NULL DEFAULT '' CHECK (length (cause) <= 4000),
  impact        TEXT NOT NULL DEFAULT '' CHECK (length (impact) <= 4000),
  actions       TEXT NOT NULL DEFAULT '' CHECK (length (actions) <= 4000),
  lessons       TEXT NOT NULL DEFAULT '' CHECK (length (lessons) <= 4000)
);

-- The steps of the response the rules set: 0 検知 (detected), 1 報告
-- (reported), 2 封じ込め (contained), 3 復旧 (recovered), 4 終了 (closed),
-- each with when and who. The status is the highest step recorded; step 0
-- is written with the incident.
CREATE TABLE incident_step (
  incident INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
  step     INTEGER NOT NULL CHECK (step BETWEEN 0 AND 4),
  at       TEXT NOT NULL CHECK (length (at) BETWEEN 16 AND 40),
  person   TEXT NOT NULL CHECK (length (person) BETWEEN 1 AND 100),
  note     TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000),
  PRIMARY KEY (incident, step)
);

-- The assets of the register the incident touched.
CREATE TABLE incident_asset (
  incident INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
  asset    INTEGER NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
  PRIMARY KEY (incident, asset)
);

-- Who has to be told, by when, and when they were: 個人情報保護委員会's
-- 速報 ('ppc_prompt') and 確報 ('ppc_final'), whose deadlines follow from
-- the detection, and customers ('customer') or others ('other') within the
-- hours or days their contract sets. `sent` is NULL until done.
CREATE TABLE incident_notice (
  id          INTEGER PRIMARY KEY,
  incident    INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('ppc_prompt', 'ppc_final', 'customer', 'other')),
  recipient   TEXT NOT NULL CHECK (length (recipient) BETWEEN 1 AND 200),
  within      INTEGER NOT NULL DEFAULT 0 CHECK (within BETWEEN 0 AND 8760),
  unit        TEXT NOT NULL DEFAULT 'hours' CHECK (unit IN ('hours', 'days')),
  sent        TEXT CHECK (sent IS NULL OR length (sent) BETWEEN 16 AND 40),
  note        TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000)
);
