/* test-session.c: HgSession — the pack parsed once, the risk sheet kept
 * current row by row, and signals that say exactly what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-handbook-receipt.h"
#include "hg-policy.h"
#include "hg-progress.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-examples.h"
#include "hg-risk-rating.h"
#include "hg-session.h"
#include "hg-test-risk.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgSession  *session;

  /* What the session said since the last forget_signals(). */
  guint       n_changed;
  guint       n_pack_changed;
  guint       n_documents_changed;
  guint       n_risks_changed;
  guint       n_resets;
  GArray     *rows;      /* the rows of the last risks-changed */
  GStrv       tables;    /* the tables of the last changed */
} Fixture;

static void
changed_cb (HgSession *session,
            GStrv      tables,
            Fixture   *f)
{
  f->n_changed++;
  g_strfreev (f->tables);
  f->tables = g_strdupv (tables);
}

static void
pack_changed_cb (HgSession *session,
                 Fixture   *f)
{
  f->n_pack_changed++;
}

static void
documents_changed_cb (HgSession *session,
                      Fixture   *f)
{
  f->n_documents_changed++;
}

static void
risks_changed_cb (HgSession *session,
                  GArray    *rows,
                  gboolean   reset,
                  Fixture   *f)
{
  f->n_risks_changed++;
  f->n_resets += reset;
  g_assert_true (reset == (rows == NULL));
  g_clear_pointer (&f->rows, g_array_unref);
  if (rows != NULL)
    f->rows = g_array_copy (rows);
}

static void
forget_signals (Fixture *f)
{
  f->n_changed = f->n_pack_changed = f->n_documents_changed = 0;
  f->n_risks_changed = f->n_resets = 0;
  g_clear_pointer (&f->rows, g_array_unref);
}

/* The example company with its risk analysis, and a session on it. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "session.hinagata", "株式会社セッション");
  f->session = hg_session_new (f->workbook);
  g_assert_true (hg_asset_store_load_examples (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_true (hg_risk_load_examples (f->workbook, hg_session_get_catalogue (f->session, NULL),
                                        &error));
  g_assert_no_error (error);
  g_signal_connect (f->session, "changed", G_CALLBACK (changed_cb), f);
  g_signal_connect (f->session, "pack-changed", G_CALLBACK (pack_changed_cb), f);
  g_signal_connect (f->session, "documents-changed", G_CALLBACK (documents_changed_cb), f);
  g_signal_connect (f->session, "risks-changed", G_CALLBACK (risks_changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->session);
  g_clear_object (&f->workbook);
  forget_signals (f);
  g_strfreev (f->tables);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

/* Everything that reads the pack: a policy document, the risk diagnosis,
 * the overview's progress and the handbook of the receipts. */
static void
use_everything (Fixture *f)
{
  HgPack *pack = hg_session_get_pack (f->session, NULL);
  const HgBlock *first = g_ptr_array_index (hg_pack_get_documents (pack), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(HgRiskDiagnosis) diagnosis = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(HgHandbook) handbook = NULL;

  doc = hg_policy_build_document_with (f->workbook, pack, hg_session_get_context (f->session),
                                       first->id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  diagnosis = hg_risk_diagnosis_new (hg_session_get_risk_sheet (f->session), pack, 3);
  g_assert_cmpuint (diagnosis->groups->len, >, 0);
  steps = hg_progress_compute (f->session);
  /* Nine steps to the policy, then the self-check and the customer's sheet. */
  g_assert_cmpuint (steps->len, ==, 11);
  handbook = hg_handbook_get_for_pack (f->workbook, hg_session_get_pack (f->session, NULL));
  g_assert_cmpstr (handbook->pack_id, ==, hg_pack_get_id (pack));
}

/* Parsed once for all of them; an answer keeps it; another pack is
 * parsed once more, and so is the way back. */
static void
test_pack_parsed_once (Fixture       *f,
                       gconstpointer  data)
{
  const char *mini = g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  guint start = hg_pack_get_n_parsed ();
  gsize length;
  HgPack *pack;

  use_everything (f);
  use_everything (f);
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 1);
  pack = hg_session_get_pack (f->session, NULL);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "hinagata_ja");
  g_assert_null (hg_session_get_pack_name (f->session));

  /* An ordinary answer: the documents change, the pack does not. */
  forget_signals (f);
  g_assert_true (hg_policy_set_answer (f->workbook, pack, "telework", "true", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);
  g_assert_cmpuint (f->n_documents_changed, ==, 1);
  g_assert_cmpuint (f->n_pack_changed, ==, 0);
  g_assert_true (hg_session_get_pack (f->session, NULL) == pack);
  use_everything (f);
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 1);

  /* Another pack: checked once as it is taken, read once for the session. */
  g_assert_true (g_file_get_contents (mini, &source, &length, NULL));
  forget_signals (f);
  g_assert_true (hg_policy_use_pack (f->workbook, source, length, "mini-pack.xml", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_pack_changed, ==, 1);
  g_assert_cmpuint (f->n_documents_changed, ==, 1);
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 2);
  use_everything (f);
  use_everything (f);
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 3);
  g_assert_cmpstr (hg_pack_get_id (hg_session_get_pack (f->session, NULL)), ==, "mini");
  g_assert_cmpstr (hg_session_get_pack_name (f->session), ==, "mini-pack.xml");

  /* Undo goes back to the built-in pack: one parse more. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  use_everything (f);
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 4);
  g_assert_cmpstr (hg_pack_get_id (hg_session_get_pack (f->session, NULL)), ==, "hinagata_ja");
  g_assert_null (hg_session_get_pack_name (f->session));
}

static gboolean
store_broken_pack (sqlite3   *db,
                   gpointer   user_data,
                   GError   **error)
{
  return hg_db_exec (db, "INSERT INTO policy_pack (id, name, source) "
                         "VALUES (1, 'broken.xml', '<pack id=\"x\">')", error);
}

/* A workbook whose pack no longer reads (one from a newer version, say):
 * the error is kept, not found again by parsing at every request. */
static void
test_broken_pack_read_once (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;
  guint start;

  g_assert_true (hg_workbook_edit (f->workbook, "broken", store_broken_pack, NULL, &error));
  g_assert_no_error (error);
  start = hg_pack_get_n_parsed ();
  g_assert_null (hg_session_get_pack (f->session, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.xml"));
  g_assert_null (hg_session_get_pack (f->session, &again));
  g_assert_cmpstr (again->message, ==, error->message);
  g_assert_null (hg_session_get_context (f->session));
  g_assert_cmpuint (hg_pack_get_n_parsed (), ==, start + 1);
  g_assert_cmpstr (hg_pack_get_id (hg_session_get_builtin_pack (f->session, NULL)), ==,
                   "hinagata_ja");
  g_assert_cmpstr (hg_session_get_pack_name (f->session), ==, "broken.xml");
}

static GArray *
snapshot (HgRiskSheet *sheet)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (HgRiskRow));

  g_array_append_vals (rows, hg_risk_sheet_get_rows (sheet), hg_risk_sheet_get_n_rows (sheet));
  return rows;
}

/* The indexes of the rows of @sheet that differ from @before. */
static GArray *
differing (GArray      *before,
           HgRiskSheet *sheet)
{
  GArray *changed = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert_cmpuint (before->len, ==, hg_risk_sheet_get_n_rows (sheet));
  for (guint i = 0; i < before->len; i++)
    if (memcmp (&g_array_index (before, HgRiskRow, i), hg_risk_sheet_get_row (sheet, i),
                sizeof (HgRiskRow)) != 0)
      g_array_append_val (changed, i);
  return changed;
}

static void
assert_same_indexes (GArray *a,
                     GArray *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpmem (a->data, a->len * sizeof (guint), b->data, b->len * sizeof (guint));
}

/* After one edit: the session reported exactly the rows whose values
 * changed, the same rows the sheet itself finds when @own (a sheet read
 * before the edit) is refreshed, and the session's rows are those of a
 * sheet computed from nothing. */
static void
assert_rows_reported (Fixture     *f,
                      GArray      *before,
                      HgRiskSheet *own)
{
  HgRiskSheet *sheet = hg_session_get_risk_sheet (f->session);
  g_autoptr(GArray) expected = differing (before, sheet);
  g_autoptr(GArray) own_rows = NULL;
  g_autoptr(HgRiskSheet) fresh = NULL;

  g_assert_cmpuint (f->n_risks_changed, ==, 1);
  g_assert_cmpuint (f->n_resets, ==, 0);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, hg_risk_sheet_get_n_rows (sheet));
  assert_same_indexes (f->rows, expected);

  g_assert_cmpint (hg_risk_sheet_refresh (own, (const char * const *) f->tables, &own_rows), ==,
                   HG_RISK_SHEET_UPDATED);
  assert_same_indexes (f->rows, own_rows);

  fresh = hg_risk_sheet_new (f->workbook, hg_session_get_catalogue (f->session, NULL));
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (fresh), ==, hg_risk_sheet_get_n_rows (sheet));
  g_assert_cmpmem (hg_risk_sheet_get_rows (fresh),
                   hg_risk_sheet_get_n_rows (fresh) * sizeof (HgRiskRow),
                   hg_risk_sheet_get_rows (sheet), hg_risk_sheet_get_n_rows (sheet) * sizeof (HgRiskRow));
}

/* An answer of the checklist and a likelihood: the session says which rows
 * changed, no more; undo says the same on the way back. */
static void
test_risk_edit_rows (Fixture       *f,
                     gconstpointer  data)
{
  HgRiskSheet *sheet = hg_session_get_risk_sheet (f->session);
  HgRiskCatalogue *catalogue = hg_session_get_catalogue (f->session, NULL);
  g_autoptr(HgRiskSheet) own = hg_risk_sheet_new (f->workbook, catalogue);
  g_autoptr(GArray) original = snapshot (sheet);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GError) error = NULL;
  const HgRiskRow *row = hg_risk_sheet_get_row (sheet, 0);
  gint64 threat = row->threat_id;
  gint64 department = hg_risk_sheet_get_department_id (sheet, row->department);
  guint likelihood = 0;

  g_assert_nonnull (catalogue);
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (sheet), >, 50);
  g_assert_true (hg_session_get_risk_sheet (f->session) == sheet);

  /* One measure of the checklist done for the whole company. */
  g_assert_cmpint (hg_risk_answer_get (f->workbook, "ops_backup", HG_RISK_COMPANY, NULL), !=,
                   HG_RISK_DONE);
  forget_signals (f);
  before = snapshot (sheet);
  g_assert_true (hg_risk_answer_set (f->workbook, catalogue, "ops_backup", HG_RISK_COMPANY,
                                     HG_RISK_DONE, "", &error));
  g_assert_no_error (error);
  assert_rows_reported (f, before, own);
  /* An answer is not in the documents. */
  g_assert_cmpuint (f->n_documents_changed, ==, 0);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* One likelihood of the first row's threat and department. */
  g_assert_true (hg_risk_sheet_get_cell (sheet, threat, department, &likelihood, NULL, NULL));
  forget_signals (f);
  g_clear_pointer (&before, g_array_unref);
  before = snapshot (sheet);
  g_assert_true (hg_risk_likelihood_set (f->workbook, threat, department,
                                         likelihood == 3 ? 1 : 3, &error));
  g_assert_no_error (error);
  assert_rows_reported (f, before, own);

  /* Undo, twice: the same rows come back, told the same way. */
  for (guint i = 0; i < 2; i++)
    {
      forget_signals (f);
      g_clear_pointer (&before, g_array_unref);
      before = snapshot (sheet);
      g_assert_true (hg_workbook_undo (f->workbook, &error));
      g_assert_no_error (error);
      assert_rows_reported (f, before, own);
    }
  g_assert_true (hg_session_get_risk_sheet (f->session) == sheet);
  g_assert_cmpmem (original->data, original->len * sizeof (HgRiskRow),
                   hg_risk_sheet_get_rows (sheet), hg_risk_sheet_get_n_rows (sheet) * sizeof (HgRiskRow));
}

/* An edit of the register itself: the session says "reset" and reads the
 * sheet again only when asked, in the same sheet. */
static void
test_register_edit_resets (Fixture       *f,
                           gconstpointer  data)
{
  HgRiskSheet *sheet = hg_session_get_risk_sheet (f->session);
  guint n = hg_risk_sheet_get_n_rows (sheet);
  gint64 asset;
  guint first, n_rows = 0;

  forget_signals (f);
  asset = hg_test_risk_add_asset (f->workbook, "新しいノートPC", "モバイル機器", 0, 2, 2, 2);
  g_assert_cmpuint (f->n_risks_changed, ==, 1);
  g_assert_cmpuint (f->n_resets, ==, 1);
  g_assert_null (f->rows);
  g_assert_cmpuint (f->n_documents_changed, ==, 0);
  /* Not read yet: nobody asked. */
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (sheet), ==, n);

  /* A second edit before anyone asked: the reset already said it all. */
  hg_test_risk_add_asset (f->workbook, "予備のノートPC", "モバイル機器", 0, 1, 1, 1);
  g_assert_cmpuint (f->n_risks_changed, ==, 1);

  g_assert_true (hg_session_get_risk_sheet (f->session) == sheet);
  first = hg_risk_sheet_find_asset (sheet, asset, &n_rows);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (sheet), ==, n + 2 * n_rows);
  g_assert_cmpint (hg_risk_sheet_get_row (sheet, first)->asset_id, ==, asset);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/session/pack-parsed-once", test_pack_parsed_once);
  ADD ("/session/broken-pack-read-once", test_broken_pack_read_once);
  ADD ("/session/risk-edit-rows", test_risk_edit_rows);
  ADD ("/session/register-edit-resets", test_register_edit_resets);
#undef ADD
  return g_test_run ();
}
