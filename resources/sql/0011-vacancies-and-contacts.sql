-- Schema 11: roles the company leaves unfilled on purpose, and the
-- contacts it keeps for incidents.

-- A role of the organisation that nobody holds, with the company's reason
-- (「社員8名のため代表者が兼ねる」). The documents print the reason where
-- the holder's name would stand, and approval accepts the role as settled.
-- Assigning a holder removes the row (hg_org_role_assign()).
CREATE TABLE role_vacancy (
  role   TEXT PRIMARY KEY CHECK (role IN ('ciso', 'system_admin', 'education', 'auditor',
                                          'incident_contact')),
  reason TEXT NOT NULL CHECK (length (reason) BETWEEN 1 AND 200)
);

-- Whom the company calls from outside in an incident: customers' security
-- desks, its IT maintenance company, its insurer, the authorities. `kind`
-- says what sort of contact a row is (hg-contact.c lists the kinds); it has
-- no CHECK so that later formats can add kinds and columns without
-- rebuilding the table. Empty texts are ''.
CREATE TABLE contact (
  id                INTEGER PRIMARY KEY,
  kind              TEXT NOT NULL DEFAULT 'other' CHECK (length (kind) BETWEEN 1 AND 30),
  organisation      TEXT NOT NULL CHECK (length (organisation) BETWEEN 1 AND 100),
  purpose           TEXT NOT NULL DEFAULT '' CHECK (length (purpose) <= 200),
  person            TEXT NOT NULL DEFAULT '' CHECK (length (person) <= 50),
  phone             TEXT NOT NULL DEFAULT '' CHECK (length (phone) <= 21),
  phone_after_hours TEXT NOT NULL DEFAULT '' CHECK (length (phone_after_hours) <= 21),
  email             TEXT NOT NULL DEFAULT '' CHECK (length (email) <= 254),
  note              TEXT NOT NULL DEFAULT '' CHECK (length (note) <= 500),
  position          INTEGER NOT NULL DEFAULT 0
);

-- Every workbook starts with the contacts most companies need, for the
-- company to fill in or remove. Numbers are given only where they are the
-- public, nationwide number of the desk; the others are left for the
-- company (the police's desk depends on the prefecture).
INSERT INTO contact (kind, organisation, purpose, phone, email, note, position) VALUES
  ('customer', '主要な取引先（社名を記入）', '取引先の情報セキュリティ窓口。取引先の情報に関わるインシデントを報告する', '', '', '', 1),
  ('it_maintenance', 'IT機器の保守会社（社名を記入）', 'パソコン、サーバ及びネットワークの復旧と調査', '', '', '', 2),
  ('insurer', '損害保険会社（サイバー保険）', '保険金の請求と、保険会社が紹介する調査会社への相談', '', '', '', 3),
  ('authority', '個人情報保護委員会', '個人データの漏えい等の報告と相談', '03-6457-9849', '', '報告はWebサイト（https://www.ppc.go.jp/）の様式で行う。電話番号は個人情報保護法相談ダイヤル', 4),
  ('police', '都道府県警察のサイバー犯罪相談窓口', '不正アクセス、ランサムウェア等の被害の相談と届出', '', '', '所在地の都道府県警察の窓口を記入する（一覧は警察庁のWebサイトにある）', 5),
  ('advisor', 'IPA 情報セキュリティ安心相談窓口', 'ウイルス感染や不正アクセスについての技術的な相談', '03-5978-7509', 'anshin@ipa.go.jp', 'https://www.ipa.go.jp/security/anshin/', 6),
  ('advisor', 'JPCERT/CC', 'インシデントの報告と、対応の調整の依頼', '', '', '報告はWebサイト（https://www.jpcert.or.jp/）の報告様式で行う', 7);
