-- Schema 4: the answers given in the policy wizard, one row per question of
-- the template pack. A question without a row has its default answer.
CREATE TABLE policy_answer (
  id       INTEGER PRIMARY KEY,
  pack     TEXT NOT NULL,
  question TEXT NOT NULL,
  value    TEXT NOT NULL,
  UNIQUE (pack, question)
);
