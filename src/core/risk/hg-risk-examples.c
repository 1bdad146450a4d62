/* hg-risk-examples.c: the example company's risk analysis
 *
 * The picture of a typical small manufacturer that has started on
 * security: anti-malware, a firewall and locked doors are in place;
 * backups exist but stay on the network; passwords and screen locks are
 * half kept; nothing controls USB memory or papers taken out, the cloud has
 * no second factor and nobody has written down what to do in an incident.
 * The factory shares PCs on the shop floor, sales carry phones and
 * papers to customers.
 *
 * The keys are those of the built-in catalogue; when the catalogue changes,
 * keys it no longer has are skipped and its new controls are answered by
 * fallback_status(), so the example never has holes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-risk-examples"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-db.h"
#include "hg-risk.h"
#include "hg-risk-examples.h"
#include "hg-risk-threat.h"

typedef struct
{
  const char   *department;   /* NULL: the company */
  const char   *control;
  HgRiskStatus  status;
  const char   *note;
} ExampleAnswer;

static const ExampleAnswer answers[] = {
  { NULL, "people_edu_yearly", HG_RISK_PARTIAL, "入社時のみ。定期的な教育はまだない" },
  { NULL, "people_pledge_hiring", HG_RISK_DONE, "就業規則と入社時の誓約書" },
  { NULL, "assets_clear_desk", HG_RISK_NOT_DONE, "" },
  { NULL, "assets_takeout_approval", HG_RISK_NOT_DONE, "" },
  { NULL, "assets_encrypt_portable", HG_RISK_NOT_DONE, "" },
  { NULL, "assets_usb_registered", HG_RISK_NOT_DONE, "USBメモリは各自のものを使っている" },
  { NULL, "assets_paper_disposal", HG_RISK_DONE, "シュレッダーと溶解処理サービス" },
  { NULL, "phys_fireproof", HG_RISK_DONE, "" },
  { NULL, "access_pw_length", HG_RISK_PARTIAL, "8文字以上の決まりはあるが使い回しがある" },
  { NULL, "access_mfa", HG_RISK_NOT_DONE, "" },
  { NULL, "access_removal", HG_RISK_PARTIAL, "退職者のメールは止めるがクラウドは残りがち" },
  { NULL, "ops_share_permissions", HG_RISK_PARTIAL, "共有フォルダは全員が読み書きできる" },
  { NULL, "phys_closing", HG_RISK_DONE, "警備会社と契約" },
  { NULL, "phys_visitors", HG_RISK_PARTIAL, "受付簿はあるが付き添いはしていない" },
  { NULL, "phys_laptop_overnight", HG_RISK_DONE, "" },
  { NULL, "phys_ups", HG_RISK_DONE, "" },
  { NULL, "dev_screen_lock_auto", HG_RISK_PARTIAL, "" },
  { NULL, "dev_mail_check", HG_RISK_PARTIAL, "" },
  { NULL, "dev_mobile_wipe", HG_RISK_PARTIAL, "画面ロックのみ" },
  { NULL, "dev_public_wifi", HG_RISK_PARTIAL, "" },
  { NULL, "dev_privacy_screen", HG_RISK_PARTIAL, "" },
  { NULL, "dev_software_allowed", HG_RISK_NOT_DONE, "" },
  { NULL, "ops_patch", HG_RISK_PARTIAL, "Windows は自動更新。サーバとNASは手作業で遅れがち" },
  { NULL, "ops_antivirus", HG_RISK_DONE, "" },
  { NULL, "ops_backup", HG_RISK_PARTIAL, "毎晩NASへ。ネットワークから切り離した世代はない" },
  { NULL, "ops_restore_test", HG_RISK_NOT_DONE, "" },
  { NULL, "ops_firewall", HG_RISK_DONE, "UTMを設置" },
  { NULL, "access_login_review", HG_RISK_NOT_DONE, "" },
  { NULL, "cloud_settings_review", HG_RISK_NOT_DONE, "" },
  { NULL, "cloud_approval", HG_RISK_PARTIAL, "" },
  { NULL, "contr_contract", HG_RISK_DONE, "" },
  { NULL, "inc_continuity_plan", HG_RISK_NOT_DONE, "" },
  /* The factory's PCs are shared on the shop floor, and equipment vendors
   * bring their own USB memory. */
  { "製造部", "dev_screen_lock_auto", HG_RISK_NOT_DONE, "現場の共用PCはロックしない運用" },
  { "製造部", "assets_usb_registered", HG_RISK_NOT_DONE, "設備業者のUSBメモリを使うことがある" },
  { "製造部", "dev_mobile_wipe", HG_RISK_NOT_APPLICABLE, "会社のスマートフォンを持たない" },
  /* Sales manage their phones and keep a log of papers taken out. */
  { "営業部", "dev_mobile_wipe", HG_RISK_DONE, "遠隔消去を設定済み" },
  { "営業部", "assets_takeout_approval", HG_RISK_PARTIAL, "見積書の持ち出しだけ記録している" },
  /* General affairs keeps personnel files locked away every evening. */
  { "総務部", "assets_clear_desk", HG_RISK_DONE, "人事書類は毎日施錠保管" },
};

typedef struct
{
  const char *department;
  const char *threat;
  guint       likelihood;
} ExampleRating;

static const ExampleRating ratings[] = {
  { NULL, "pc_malware", 3 },
  { NULL, "srv_ransomware", 2 },
  { NULL, "cloud_account_takeover", 2 },
  { NULL, "paper_misdelivery", 2 },
  { NULL, "mob_loss", 2 },
  { "営業部", "mob_loss", 3 },
  { "営業部", "paper_loss", 3 },
  { "製造部", "usb_malware", 3 },
};

typedef struct
{
  const char *asset;
  const char *threat;
  const char *kind;
  const char *measures;
  const char *controls;
  const char *due_on;
  const char *status;
  int         expected;
} ExampleTreatment;

static const ExampleTreatment treatments[] = {
  { "取引先から受け取った図面", "srv_ransomware", "reduce",
    "NASのバックアップを週1回外付けディスクにも取り、ネットワークから外して保管する",
    "ops_backup ops_restore_test", "2026-06-30", "in_progress", 1 },
  { "給与計算データ", "pc_malware", "reduce",
    "給与計算用PCをメールとウェブから切り離し、給与計算ソフト以外を入れない",
    "dev_software_allowed ops_patch", "2026-09-30", "planned", 1 },
  { "会社案内パンフレット", "paper_loss", "accept", "公開済みの印刷物のため対策しない", "", "",
    "done", 0 },
};

/* An answer for a control the examples do not name, the same every time:
 * mostly partly done, some done, some not. */
static HgRiskStatus
fallback_status (const char *key)
{
  static const HgRiskStatus spread[] = { HG_RISK_PARTIAL, HG_RISK_DONE, HG_RISK_NOT_DONE,
                                         HG_RISK_PARTIAL, HG_RISK_DONE };

  return spread[g_str_hash (key) % G_N_ELEMENTS (spread)];
}

/* The id of a named department, 0 for NULL, -1 when the workbook lacks it. */
static gint64
department (sqlite3    *db,
            const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (name == NULL)
    return 0;
  stmt = hg_db_prepare (db, "SELECT id FROM department WHERE name = ?1", NULL);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
}

static gboolean
answer_all (sqlite3          *db,
            HgRiskCatalogue  *catalogue,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_control_answer (control_key, department_id, status, note) "
    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (control_key, ifnull (department_id, 0)) "
    "DO UPDATE SET status = excluded.status, note = excluded.note", error);
  g_autoptr(GHashTable) named = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *controls = hg_risk_catalogue_get_controls (catalogue);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      const ExampleAnswer *a = &answers[i];
      gint64 id = department (db, a->department);

      if (id < 0 || hg_risk_catalogue_find_control (catalogue, a->control) == NULL)
        continue;
      g_hash_table_add (named, (gpointer) a->control);
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, a->control, -1, SQLITE_STATIC);
      hg_db_bind_id_or_null (stmt, 2, id);
      sqlite3_bind_text (stmt, 3, hg_risk_status_to_string (a->status), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, a->note, -1, SQLITE_STATIC);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < controls->len; i++)
    {
      const HgRiskControl *control = g_ptr_array_index (controls, i);

      if (g_hash_table_contains (named, control->key))
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, control->key, -1, SQLITE_STATIC);
      sqlite3_bind_null (stmt, 2);
      sqlite3_bind_text (stmt, 3, hg_risk_status_to_string (fallback_status (control->key)), -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, "", -1, SQLITE_STATIC);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
rate_all (sqlite3  *db,
          GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT INTO risk_likelihood (threat_id, department_id, likelihood) "
    "SELECT id, ?2, ?3 FROM risk_threat WHERE key = ?1 "
    "ON CONFLICT (threat_id, ifnull (department_id, 0)) DO UPDATE SET likelihood = excluded.likelihood",
    error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    {
      gint64 id = department (db, ratings[i].department);

      if (id < 0)
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, ratings[i].threat, -1, SQLITE_STATIC);
      hg_db_bind_id_or_null (stmt, 2, id);
      sqlite3_bind_int (stmt, 3, (int) ratings[i].likelihood);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Only for the example assets on the medium the threat belongs to. The
 * accepted one is a small risk, so no approval is needed. */
static gboolean
treat_all (sqlite3  *db,
           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db,
    "INSERT OR REPLACE INTO risk_treatment (asset_id, threat_id, kind, measures, control_keys, "
    "due_on, status, expected_damage) "
    "SELECT a.id, t.id, ?3, ?4, ?5, ?6, ?7, nullif (?8, 0) FROM asset a "
    "JOIN risk_threat t ON t.medium_id = a.medium_id AND t.key = ?2 "
    "WHERE a.name = ?1 AND a.status = 'in_use'", error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (treatments); i++)
    {
      const ExampleTreatment *t = &treatments[i];

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, t->asset, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, t->threat, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, t->kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, t->measures, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, t->controls, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, t->due_on, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, t->status, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 8, t->expected);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_cb (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  HgRiskCatalogue *catalogue = user_data;

  return _hg_risk_setup_in (db, catalogue, error)
         && answer_all (db, catalogue, error)
         && rate_all (db, error)
         && treat_all (db, error);
}

gboolean
hg_risk_load_examples (HgWorkbook       *workbook,
                       HgRiskCatalogue  *catalogue,
                       GError          **error)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (catalogue != NULL, FALSE);

  return hg_workbook_edit (workbook, _("Load Example Risk Analysis"), load_cb, catalogue, error);
}
