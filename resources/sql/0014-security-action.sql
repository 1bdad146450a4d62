-- Schema 14: SECURITY ACTION (src/core/overview/hg-security-action.c), a
-- declaration the company makes itself on the scheme's web site.

-- Where and when an approved version of a document was made public (★★
-- asks for the basic policy to be published): the company's notice board, a
-- shared folder, its web site's address. A version may be published in
-- several places, each a row. The version is named as document_revision
-- names it (pack, document, number); the core checks that it exists, as
-- approved versions are never deleted.
CREATE TABLE document_publication (
  id           INTEGER PRIMARY KEY,
  pack         TEXT NOT NULL,
  document     TEXT NOT NULL,
  number       INTEGER NOT NULL CHECK (number > 0),
  place        TEXT NOT NULL CHECK (length (place) BETWEEN 1 AND 200),
  published_on TEXT NOT NULL CHECK (length (published_on) = 10)
);

-- The date the company declared ★ (1) or ★★ (2), as it did on the scheme's
-- site: the card then says "declared" rather than "can declare".
CREATE TABLE security_action_declaration (
  star        INTEGER PRIMARY KEY CHECK (star IN (1, 2)),
  declared_on TEXT NOT NULL CHECK (length (declared_on) = 10)
);
