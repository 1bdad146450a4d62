-- Schema 5: the company's own changes to the generated rules. A reworded
-- rule keeps the digest of the template text it replaced, so a later change
-- of the template can be flagged for review; an excluded rule keeps its
-- reason; an added rule goes after the rule it names.
CREATE TABLE policy_override (
  id              INTEGER PRIMARY KEY,
  pack            TEXT NOT NULL,
  rule            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('reword', 'exclude', 'add')),
  text            TEXT NOT NULL DEFAULT '',
  reason          TEXT NOT NULL DEFAULT '',
  template_digest TEXT NOT NULL DEFAULT '',
  CHECK (kind != 'exclude' OR length (reason) > 0),
  CHECK (kind = 'exclude' OR length (text) > 0)
);
CREATE UNIQUE INDEX policy_override_one ON policy_override (pack, rule, kind)
  WHERE kind != 'add';
