-- Schema 18: the register of laws (法令一覧): who watches each law the
-- rules list and when it was last checked (src/core/practice/hg-law.c).

-- One law of the rules' list, by the id of its item in the pack (e.g.
-- 'law_personal_information'): the person who watches it for changes, and
-- the last yearly check, its day and who made it. The list itself stays in
-- the rules, so a row outlives a change of the answers that drops its law.
CREATE TABLE law_watch (
  law        TEXT PRIMARY KEY CHECK (length (law) BETWEEN 1 AND 100),
  watcher    TEXT NOT NULL DEFAULT '' CHECK (length (watcher) <= 100),
  checked    TEXT CHECK (checked IS NULL OR length (checked) = 10),
  checked_by TEXT NOT NULL DEFAULT '' CHECK (length (checked_by) <= 100)
);
