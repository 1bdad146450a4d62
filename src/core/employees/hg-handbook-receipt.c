/* hg-handbook-receipt.c
 *
 * The handbook's versions are the approved revisions of its document, so
 * "the current version" is the latest approval and a receipt names one of
 * them. Who needs teaching follows the three moments the rules are taught
 * at: hiring, promotion, and a change of the rules. Only active people are
 * counted; someone on leave is taught when they come back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-handbook-receipt"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-date.h"
#include "hg-company.h"
#include "hg-csv.h"
#include "hg-db.h"
#include "hg-doc.h"
#include "hg-error.h"
#include "hg-handbook-receipt.h"
#include "hg-pack.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-text.h"

HgHandbook *
hg_handbook_get (HgWorkbook *workbook,
                 const char *pack_id,
                 const char *document_id)
{
  g_autoptr(GPtrArray) revisions = NULL;
  HgHandbook *handbook;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  revisions = hg_revision_list (workbook, pack_id, document_id);
  handbook = g_new0 (HgHandbook, 1);
  handbook->pack_id = g_strdup (pack_id);
  handbook->document_id = g_strdup (document_id);
  if (revisions->len > 0)
    {
      const HgDocRevision *last = g_ptr_array_index (revisions, revisions->len - 1);

      handbook->version = last->number;
      handbook->approved_on = g_strdup (last->approved_on);
    }
  else
    handbook->approved_on = g_strdup ("");
  return handbook;
}

/* The handbook of @pack, the workbook's template pack (the built-in one or
 * the company's own). @pack is NULL when the workbook's pack cannot be
 * read: such a pack has no approved handbook. The caller has the pack
 * already (HgSession keeps it): reading it here would parse it again. */
HgHandbook *
hg_handbook_get_for_pack (HgWorkbook *workbook,
                          HgPack     *pack)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return hg_handbook_get (workbook, pack ? hg_pack_get_id (pack) : "", HG_HANDBOOK_DOCUMENT);
}

/* The same for a caller without a session: it parses the workbook's pack
 * again. Kept only for the window test, until it asks its window's
 * session; nothing in the app or the CLI calls it. */
HgHandbook *
hg_handbook_get_for_workbook (HgWorkbook *workbook)
{
  g_autoptr(HgPack) pack = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  pack = hg_policy_load_pack (workbook, NULL);
  return hg_handbook_get_for_pack (workbook, pack);
}

void
hg_handbook_free (HgHandbook *handbook)
{
  if (handbook == NULL)
    return;
  g_free (handbook->pack_id);
  g_free (handbook->document_id);
  g_free (handbook->approved_on);
  g_free (handbook);
}

typedef struct
{
  const HgHandbook *handbook;
  const gint64     *person_ids;
  guint             n_people;
  guint             version;
  const char       *received_on;
  gboolean          pledge;
} Record;

static gboolean
record_cb (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  Record *r = user_data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = hg_db_prepare (db,
                        "INSERT INTO handbook_receipt (person_id, pack, document, version, "
                        "received_on, pledge) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                        "ON CONFLICT (person_id, pack, document, version) DO UPDATE "
                        "SET received_on = ?5, pledge = ?6 "
                        "WHERE received_on IS NOT ?5 OR pledge IS NOT ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, r->handbook->pack_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, r->handbook->document_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) r->version);
  sqlite3_bind_text (stmt, 5, r->received_on, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, r->pledge ? 1 : 0);
  for (guint i = 0; i < r->n_people; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, r->person_ids[i]);
      if (!hg_db_step_done (stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Records that @person_ids received @version (0: the current one) on
 * @received_on (NULL or "": today), as one step. */
gboolean
hg_handbook_receipt_record (HgWorkbook        *workbook,
                            const HgHandbook  *handbook,
                            const gint64      *person_ids,
                            guint              n_people,
                            guint              version,
                            const char        *received_on,
                            gboolean           pledge,
                            GError           **error)
{
  g_autofree char *date = NULL;
  g_autofree char *label = NULL;
  Record r;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  if (handbook->version == 0)
    return hg_error_invalid (error, _("The handbook has no approved version yet. Approve it on "
                                      "the Policy and Rules page first, then record who "
                                      "received it."));
  if (version > handbook->version)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("There is no approved version %u of the handbook"), version);
      return FALSE;
    }
  if (n_people == 0)
    return hg_error_invalid (error, _("Choose at least one person"));
  if (received_on != NULL && received_on[0] != '\0')
    {
      if (!hg_date_parse (received_on, &date))
        return hg_error_invalid (error, _("Write a date such as 2026-04-01"));
    }
  else
    date = hg_text_today ();

  r = (Record) { handbook, person_ids, n_people, version ? version : handbook->version, date,
                 pledge };
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Record %u Handbook Receipt",
                                        "Record %u Handbook Receipts", n_people), n_people);
  return hg_workbook_edit (workbook, label, record_cb, &r, error);
}

/* Whether @employee received the version in force. */
gboolean
hg_handbook_has_acknowledged (const HgHandbook     *handbook,
                              const HgEmployeeData *employee)
{
  return handbook->version > 0 && employee->received_version >= handbook->version;
}

HgEducationReason
hg_handbook_reasons (const HgHandbook     *handbook,
                     const HgEmployeeData *employee)
{
  const HgEmployment *e = &employee->employment;
  HgEducationReason reasons = 0;

  if (handbook->version == 0 || e->status != HG_EMPLOYEE_ACTIVE)
    return 0;
  if (!hg_handbook_has_acknowledged (handbook, employee))
    {
      /* Without a hire date nobody knows they are new: calling them a new
       * hire would be a guess, while the missing date is a fact to mend. */
      if (employee->received_version == 0 && e->hired_on[0] == '\0')
        reasons |= HG_EDUCATION_NO_HIRE_DATE;
      else if (employee->received_version == 0
               || strcmp (e->hired_on, handbook->approved_on) > 0)
        reasons |= HG_EDUCATION_NEW_HIRE;
      else
        reasons |= HG_EDUCATION_RULES_CHANGED;
    }
  /* A promotion brings new duties: taught again even when the version
   * they hold is still the current one. */
  if (employee->received_version > 0 && e->promoted_on[0] != '\0'
      && strcmp (e->promoted_on, employee->received_on) > 0)
    reasons |= HG_EDUCATION_PROMOTED;
  return reasons;
}

/* "New hire, Promoted": in the interface language, or in Japanese for a
 * file, like the register's export. */
char *
hg_handbook_reasons_text (HgEducationReason reasons,
                          gboolean          in_japanese)
{
  static const struct { HgEducationReason reason; const char *label; const char *word; } all[] = {
    { HG_EDUCATION_NEW_HIRE, N_("New hire"), "新入社員" },
    { HG_EDUCATION_PROMOTED, N_("Promoted"), "昇格" },
    { HG_EDUCATION_RULES_CHANGED, N_("Rules changed"), "規程改訂" },
    { HG_EDUCATION_NO_HIRE_DATE, N_("Hire date not recorded"), "入社日が未登録" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (reasons & all[i].reason)
      {
        if (text->len > 0)
          g_string_append (text, in_japanese ? "、" : _(", "));
        g_string_append (text, in_japanese ? all[i].word : _(all[i].label));
      }
  return g_string_free (text, FALSE);
}

/* Of HgEmployee, in the order of the Company page. */
GPtrArray *
hg_handbook_needs_education (HgWorkbook       *workbook,
                             const HgHandbook *handbook)
{
  g_autoptr(GPtrArray) all = hg_employee_list (workbook, handbook->pack_id,
                                               handbook->document_id);
  GPtrArray *needs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      HgEmployee *employee = g_ptr_array_index (all, i);

      if (hg_handbook_reasons (handbook, hg_employee_get_data (employee)) != 0)
        g_ptr_array_add (needs, g_object_ref (employee));
    }
  return needs;
}

/* For the overview: active people who received the version in force. */
void
hg_handbook_count_acknowledged (HgWorkbook       *workbook,
                                const HgHandbook *handbook,
                                guint            *acknowledged,
                                guint            *active)
{
  g_autoptr(GPtrArray) all = hg_employee_list (workbook, handbook->pack_id,
                                               handbook->document_id);

  *acknowledged = *active = 0;
  for (guint i = 0; i < all->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (all, i));

      if (d->employment.status != HG_EMPLOYEE_ACTIVE)
        continue;
      (*active)++;
      if (hg_handbook_has_acknowledged (handbook, d))
        (*acknowledged)++;
    }
}

/* The needs-education list as a sheet, header first: Japanese, whatever
 * the interface language, because it goes round the company. */
HgTable *
hg_handbook_needs_table (HgWorkbook       *workbook,
                         const HgHandbook *handbook)
{
  static const char *header[] = { "氏名", "部署", "役職", "入社日", "昇格日", "受領した版",
                                  "受領日", "理由", NULL };
  g_autoptr(GPtrArray) needs = hg_handbook_needs_education (workbook, handbook);
  HgTable *table = hg_table_new ();

  hg_table_add_row (table, g_strdupv ((char **) header), 1);
  for (guint i = 0; i < needs->len; i++)
    {
      const HgEmployeeData *d = hg_employee_get_data (g_ptr_array_index (needs, i));
      GStrv row = g_new0 (char *, G_N_ELEMENTS (header));

      row[0] = g_strdup (d->name);
      row[1] = g_strdup (d->department);
      row[2] = g_strdup (d->employment.position);
      row[3] = g_strdup (d->employment.hired_on);
      row[4] = g_strdup (d->employment.promoted_on);
      row[5] = d->received_version ? g_strdup_printf ("%u", d->received_version) : g_strdup ("");
      row[6] = g_strdup (d->received_on);
      row[7] = hg_handbook_reasons_text (hg_handbook_reasons (handbook, d), TRUE);
      hg_table_add_row (table, row, i + 2);
    }
  return table;
}

/* The same list as a document to print and hand to whoever teaches: in
 * Japanese, like the policy documents. */
HgDoc *
hg_handbook_needs_doc (HgWorkbook       *workbook,
                       const HgHandbook *handbook)
{
  g_autoptr(HgTable) table = hg_handbook_needs_table (workbook, handbook);
  g_autofree char *company = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  g_autofree char *today = hg_text_today ();
  g_autofree char *intro = NULL;
  HgDoc *doc = hg_doc_new ("needs-education", "情報セキュリティ教育の対象者", company);
  HgDocBlock *block;

  g_free (doc->display_title);
  doc->display_title = g_strdup (_("Who Needs Education"));

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), doc);

  intro = g_strdup_printf ("%s 現在、在籍中の従業員のうち、ハンドブック第%u版（%s 承認）の"
                           "教育が必要な人です。入社、昇格、規程の改訂のたびに教育し、"
                           "受領と誓約書の提出を記録してください。",
                           today, handbook->version, handbook->approved_on);
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, intro);
  if (hg_table_get_n_rows (table) <= 1)
    {
      hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "教育が必要な従業員はいません。");
      return doc;
    }
  block = hg_doc_append (doc, HG_DOC_TABLE, NULL, "");
  for (guint r = 0; r < hg_table_get_n_rows (table); r++)
    hg_doc_table_add_row (block, g_strdupv (g_ptr_array_index (table->rows, r)), r == 0);
  return doc;
}

/* CSV in UTF-8 with a byte order mark, as Excel opens it. */
gboolean
hg_handbook_export_needs (HgWorkbook        *workbook,
                          const HgHandbook  *handbook,
                          const char        *path,
                          GError           **error)
{
  g_autoptr(HgTable) table = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);

  table = hg_handbook_needs_table (workbook, handbook);
  return hg_csv_write_file (path, table, error);
}
