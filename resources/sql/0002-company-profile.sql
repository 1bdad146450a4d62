-- Schema 2: the full company profile, departments, people and the
-- information-security organisation.
ALTER TABLE company ADD COLUMN name_kana           TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN name_en             TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN representative_title TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN representative_name TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN postal_code         TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN address             TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN industry            TEXT NOT NULL DEFAULT '';
ALTER TABLE company ADD COLUMN employees           INTEGER CHECK (employees IS NULL OR employees > 0);

CREATE TABLE department (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL UNIQUE CHECK (length (name) BETWEEN 1 AND 50),
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE person (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 50),
  department_id INTEGER REFERENCES department (id) ON DELETE SET NULL,
  email         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX person_department ON person (department_id);

-- One row per role held. department_id is set only for the department
-- head role; every other role exists once per company.
CREATE TABLE org_role (
  id            INTEGER PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('ciso', 'department_head', 'system_admin',
                                              'education', 'auditor', 'incident_contact')),
  department_id INTEGER REFERENCES department (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  CHECK ((role = 'department_head') = (department_id IS NOT NULL))
);
CREATE UNIQUE INDEX org_role_unique ON org_role (role, ifnull (department_id, 0));
CREATE INDEX org_role_person ON org_role (person_id);
