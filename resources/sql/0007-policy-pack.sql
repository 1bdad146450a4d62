-- Schema 7: a template pack of the company's own, kept inside the workbook
-- so the workbook still renders the same documents on another machine or
-- after the pack's file is moved. No row: the built-in pack.
CREATE TABLE policy_pack (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  name   TEXT NOT NULL,
  source TEXT NOT NULL
);
