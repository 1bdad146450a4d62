-- Schema 10: the catalogue's key for every threat that is the catalogue's.
--
-- The interface shows a threat seeded from the risk catalogue in the user's
-- language, found by its key (hg_risk_catalogue_display_threat()). A threat
-- the company typed in by hand under the very name the catalogue gives one
-- of its medium's threats (after removing the seeded one, say) had no key,
-- so it stayed Japanese in English and kept the catalogue's threat from
-- being restored. It gets the key here: its name says which threat it is.
-- Nothing changes in the tables' shape, only data; a company's threat of
-- any other name keeps no key.
--
-- The names are those of version 1 of the built-in catalogue
-- (resources/risk/risk-catalogue-ja.xml) as this migration was written; a
-- migration never changes, so a later catalogue does not change them here.
-- A threat gets a key only under the kind of medium the catalogue set its
-- medium up as (risk_medium.kind), and only when the medium has no threat
-- with that key yet (the key is unique within a medium).
WITH catalogue (kind, key, name) AS (VALUES
  ('paper', 'paper_loss', '紛失・置き忘れ'),
  ('paper', 'paper_theft', '盗難'),
  ('paper', 'paper_peeking', '社外の人による盗み見・撮影'),
  ('paper', 'paper_misdelivery', 'FAX・郵便の誤送付'),
  ('paper', 'paper_disposal', '不適切な廃棄'),
  ('paper', 'paper_insider', '従業員による不正な持出し・複写'),
  ('paper', 'paper_disaster', '火災・水害などの災害'),
  ('office_pc', 'pc_malware', 'ウイルス感染'),
  ('office_pc', 'pc_ransomware', 'ランサムウェア'),
  ('office_pc', 'pc_vulnerability', '更新していないソフトウェアへの攻撃'),
  ('office_pc', 'pc_unauthorized_access', '不正アクセス・なりすまし'),
  ('office_pc', 'pc_misdelivery', 'メールの誤送信'),
  ('office_pc', 'pc_mistake', '誤操作によるデータの消去・上書き'),
  ('office_pc', 'pc_failure', '故障によるデータの消失'),
  ('office_pc', 'pc_theft', '盗難'),
  ('office_pc', 'pc_insider', '従業員による不正な利用・持出し'),
  ('mobile', 'mob_loss', '紛失・置き忘れ'),
  ('mobile', 'mob_theft', '盗難'),
  ('mobile', 'mob_peeking', 'のぞき見・盗み聞き'),
  ('mobile', 'mob_public_wifi', '公衆無線LANでの盗聴'),
  ('mobile', 'mob_malicious_app', '不正なアプリ・偽のSMS'),
  ('mobile', 'mob_private_use', '私的な利用による漏えい'),
  ('mobile', 'mob_vulnerability', '更新の遅れ・サポート切れ'),
  ('removable', 'usb_loss', '紛失'),
  ('removable', 'usb_theft', '盗難'),
  ('removable', 'usb_malware', 'ウイルスの持込み'),
  ('removable', 'usb_disposal', '廃棄・譲渡時のデータの残存'),
  ('removable', 'usb_unauthorized_copy', '無断の複製・持出し'),
  ('removable', 'usb_failure', '故障・劣化による読み出し不能'),
  ('removable', 'usb_wrong_handover', '渡すデータの取り違え'),
  ('server', 'srv_failure', '故障による停止・データの消失'),
  ('server', 'srv_ransomware', 'ランサムウェアによる暗号化'),
  ('server', 'srv_unauthorized_access', '外部からの不正アクセス'),
  ('server', 'srv_insider', '従業員による不正な閲覧・持出し'),
  ('server', 'srv_admin_error', '管理作業の誤り'),
  ('server', 'srv_power', '停電・落雷'),
  ('server', 'srv_disaster', '火災・地震・水害'),
  ('server', 'srv_theft', '盗難'),
  ('cloud', 'cloud_account_takeover', 'アカウントの乗っ取り'),
  ('cloud', 'cloud_misconfig', '共有設定の誤りによる公開'),
  ('cloud', 'cloud_wrong_share', '共有相手の誤り'),
  ('cloud', 'cloud_outage', 'サービスの障害・停止'),
  ('cloud', 'cloud_provider_end', 'サービスの終了・事業者の撤退'),
  ('cloud', 'cloud_provider_breach', '事業者側での漏えい'),
  ('cloud', 'cloud_data_loss', '誤操作や同期によるデータの消失'),
  ('cloud', 'cloud_shadow_it', '承認されていないサービスの利用'),
  ('cloud', 'cloud_stale_account', '残ったアカウントの悪用'))
UPDATE risk_threat SET key = c.key
FROM catalogue AS c JOIN risk_medium AS m ON m.kind = c.kind
WHERE risk_threat.key IS NULL
  AND m.medium_id = risk_threat.medium_id
  AND c.name = risk_threat.name
  AND NOT EXISTS (SELECT 1 FROM risk_threat AS o
                  WHERE o.medium_id = risk_threat.medium_id AND o.key = c.key);
