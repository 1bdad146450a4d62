-- Schema 16: the done records of the yearly calendar (年間計画), whose
-- duties come from the rules (src/core/practice/hg-duty-calendar.c).

-- One periodic duty done for one due date: which duty (the pack's duty id,
-- e.g. 'duty_patch_check'), the due date it settles, the day it was done,
-- who did it and a note. A due date is settled once; the duty ids are the
-- pack's, so a record outlives a change of the answers that drop its duty.
CREATE TABLE duty_done (
  duty     TEXT NOT NULL CHECK (length (duty) BETWEEN 1 AND 100),
  due      TEXT NOT NULL CHECK (length (due) = 10),
  done     TEXT NOT NULL CHECK (length (done) = 10),
  person   TEXT NOT NULL CHECK (length (person) BETWEEN 1 AND 100),
  note     TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 1000),
  PRIMARY KEY (duty, due)
);
