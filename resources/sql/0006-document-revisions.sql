-- Schema 6: approved versions of the generated documents (版管理). A row is
-- written when a version is approved and never changed after: the snapshot
-- holds the document exactly as approved (HgDoc as XML), and the digest of
-- its text tells whether today's answers would produce something else.
CREATE TABLE document_revision (
  id          INTEGER PRIMARY KEY,
  pack        TEXT NOT NULL,
  document    TEXT NOT NULL,
  number      INTEGER NOT NULL CHECK (number > 0),
  created_on  TEXT NOT NULL,
  summary     TEXT NOT NULL CHECK (length (summary) > 0),
  author      TEXT NOT NULL DEFAULT '',
  approver    TEXT NOT NULL CHECK (length (approver) > 0),
  approved_on TEXT NOT NULL,
  digest      TEXT NOT NULL,
  snapshot    TEXT NOT NULL,
  UNIQUE (pack, document, number)
);
