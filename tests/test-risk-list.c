/* test-risk-list.c: the risk list and the window follow an edit through the
 * session, row by row
 *
 * The list must tell its view about the rows an edit changed and no
 * others; the window must not query the workbook at every edit to keep its
 * buttons right. Needs a display, like the other widget tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-test-ui.h"

#include <locale.h>
#include <string.h>

#include "hg-application.h"
#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-db.h"
#include "hg-risk-examples.h"
#include "hg-risk-item.h"
#include "hg-risk-list.h"
#include "hg-risk-rating.h"
#include "hg-risks-page.h"
#include "hg-session.h"
#include "hg-test-util.h"
#include "hg-window.h"

static HgApplication *app;

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgSession  *session;
  HgRiskList *list;        /* follows the session as the risks page does */
  GArray     *changes;     /* of Change, what the model told its view */
  guint       n_reported;  /* rows the session said an edit changed */
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  Change c = { position, removed, added };

  g_array_append_val (f->changes, c);
}

static void
risks_changed_cb (HgSession *session,
                  GArray    *rows,
                  gboolean   reset,
                  Fixture   *f)
{
  g_assert_false (reset);
  f->n_reported += rows->len;
  if (f->list != NULL)
    hg_risk_list_update_rows (f->list, rows);
}

static void
setup_examples (HgWorkbook *workbook,
                HgSession  *session)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_asset_store_load_examples (workbook, &error));
  g_assert_no_error (error);
  g_assert_true (hg_risk_load_examples (workbook, hg_session_get_catalogue (session, NULL),
                                        &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "list.hinagata", "株式会社リスト");
  f->session = hg_session_new (f->workbook);
  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  setup_examples (f->workbook, f->session);
  g_signal_connect (f->session, "risks-changed", G_CALLBACK (risks_changed_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->list != NULL)
    g_assert_finalize_object (f->list);
  g_assert_finalize_object (f->session);
  g_clear_object (&f->workbook);
  g_array_unref (f->changes);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
make_list (Fixture *f,
           guint    importance,
           guint    damage)
{
  f->list = hg_risk_list_new ();
  hg_risk_list_set_sheet (f->list, hg_session_get_risk_sheet (f->session));
  hg_risk_list_set_cell (f->list, importance, damage);
  g_signal_connect (f->list, "items-changed", G_CALLBACK (items_changed_cb), f);
}

static guint
index_at (GListModel *model,
          guint       position)
{
  g_autoptr(HgRiskItem) item = g_list_model_get_item (model, position);

  return hg_risk_item_get_index (item);
}

/* The list as it stands is the list sorted from nothing. */
static void
assert_sorted_afresh (HgRiskList *list,
                      HgRiskSheet *sheet,
                      guint        importance,
                      guint        damage)
{
  g_autoptr(HgRiskList) fresh = hg_risk_list_new ();
  guint n;

  hg_risk_list_set_sheet (fresh, sheet);
  hg_risk_list_set_cell (fresh, importance, damage);
  n = g_list_model_get_n_items (G_LIST_MODEL (fresh));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (index_at (G_LIST_MODEL (list), i), ==, index_at (G_LIST_MODEL (fresh), i));
}

/* One row at a time: a row that kept its place is changed in place, a row
 * that moved leaves and comes back, one of each per row the session
 * reported, and nothing else. @all: every row is shown (no cell). */
static void
assert_row_by_row (Fixture  *f,
                   gboolean  all)
{
  guint in_place = 0, left = 0, came = 0;

  g_assert_cmpuint (f->n_reported, >, 0);
  for (guint i = 0; i < f->changes->len; i++)
    {
      const Change *c = &g_array_index (f->changes, Change, i);

      g_assert_cmpuint (c->removed, <=, 1);
      g_assert_cmpuint (c->added, <=, 1);
      in_place += c->removed == 1 && c->added == 1;
      left += c->removed == 1 && c->added == 0;
      came += c->removed == 0 && c->added == 1;
    }
  if (all)
    {
      g_assert_cmpuint (left, ==, came);
      g_assert_cmpuint (in_place + left, ==, f->n_reported);
    }
  else
    g_assert_cmpuint (in_place + left + came, <=, 2 * f->n_reported);
}

static void
edit_and_check (Fixture  *f,
                gboolean  all,
                guint     importance,
                guint     damage,
                gboolean  (*edit) (Fixture *f))
{
  g_array_set_size (f->changes, 0);
  f->n_reported = 0;
  g_assert_true (edit (f));
  assert_row_by_row (f, all);
  assert_sorted_afresh (f->list, hg_session_get_risk_sheet (f->session), importance, damage);
}

static gboolean
answer_backup_done (Fixture *f)
{
  return hg_risk_answer_set (f->workbook, hg_session_get_catalogue (f->session, NULL),
                             "ops_backup", HG_RISK_COMPANY, HG_RISK_DONE, "", NULL);
}

/* The first row's threat made more likely for the first row's department:
 * its risks rise to the top. */
static gboolean
rate_first_threat (Fixture *f)
{
  HgRiskSheet *sheet = hg_session_get_risk_sheet (f->session);
  const HgRiskRow *row = hg_risk_sheet_get_row (sheet, index_at (G_LIST_MODEL (f->list),
                                                                 g_list_model_get_n_items (G_LIST_MODEL (f->list)) - 1));
  guint likelihood = 0;
  gint64 department = hg_risk_sheet_get_department_id (sheet, row->department);

  g_assert_true (hg_risk_sheet_get_cell (sheet, row->threat_id, department, &likelihood, NULL,
                                         NULL));
  return hg_risk_likelihood_set (f->workbook, row->threat_id, department,
                                 likelihood == 3 ? 1 : 3, NULL);
}

static gboolean
undo (Fixture *f)
{
  return hg_workbook_undo (f->workbook, NULL);
}

/* Every row shown: an answer and a likelihood move only their rows, and
 * undo moves them back the same way. */
static void
test_moves_only_changed_rows (Fixture       *f,
                              gconstpointer  data)
{
  make_list (f, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), >, 50);
  edit_and_check (f, TRUE, 0, 0, answer_backup_done);
  edit_and_check (f, TRUE, 0, 0, rate_first_threat);
  /* The lowest risks rose: rows moved, not only changed in place. */
  g_assert_cmpuint (f->changes->len, >, f->n_reported);
  edit_and_check (f, TRUE, 0, 0, undo);
  edit_and_check (f, TRUE, 0, 0, undo);
}

/* One heat-map cell shown: rows come into the cell and leave it. */
static void
test_cell_rows_come_and_go (Fixture       *f,
                            gconstpointer  data)
{
  HgRiskSheet *sheet = hg_session_get_risk_sheet (f->session);
  guint counts[3][3];
  guint importance = 0, damage = 0;

  /* The fullest cell of importance 2 or 3. */
  hg_risk_sheet_heat_map (sheet, counts);
  for (guint i = 2; i <= 3; i++)
    for (guint d = 1; d <= 3; d++)
      if (importance == 0 || counts[i - 1][d - 1] > counts[importance - 1][damage - 1])
        importance = i, damage = d;
  make_list (f, importance, damage);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), >, 0);
  edit_and_check (f, FALSE, importance, damage, answer_backup_done);
  edit_and_check (f, FALSE, importance, damage, undo);
}

static gboolean
add_many_assets_cb (sqlite3   *db,
                    gpointer   user_data,
                    GError   **error)
{
  return hg_db_exec (db, "WITH RECURSIVE n (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                         "WHERE x < 1500) INSERT INTO asset (name, medium_id, confidentiality) "
                         "SELECT '台帳 ' || x, (SELECT id FROM medium WHERE name = '事務所PC'), "
                         "1 + x % 3 FROM n", error);
}

/* An edit that changes more rows than moving them one by one would pay
 * for: one span from the first changed place to the last, and the order
 * right. */
static void
test_many_rows_in_one_span (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const Change *c;

  g_assert_true (hg_workbook_edit (f->workbook, "many", add_many_assets_cb, NULL, &error));
  g_assert_no_error (error);
  make_list (f, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), >, 9000);

  for (guint i = 0; i < 2; i++)
    {
      g_array_set_size (f->changes, 0);
      f->n_reported = 0;
      g_assert_true (i == 0 ? rate_first_threat (f) : undo (f));
      g_assert_cmpuint (f->n_reported, >, 1000);
      g_assert_cmpuint (f->changes->len, ==, 1);
      c = &g_array_index (f->changes, Change, 0);
      g_assert_cmpuint (c->removed, ==, c->added);
      g_assert_cmpuint (c->removed, <, g_list_model_get_n_items (G_LIST_MODEL (f->list)));
      assert_sorted_afresh (f->list, hg_session_get_risk_sheet (f->session), 0, 0);
    }
}

/* ---- Through the window ------------------------------------------------------ */

static HgWindow *
open_window (Fixture *f)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HgWindow *window;

  /* The window opens the file itself: this fixture's copy lets go of it. */
  g_clear_object (&f->list);
  g_assert_finalize_object (f->session);
  f->session = NULL;
  g_clear_object (&f->workbook);
  window = hg_window_new (GTK_APPLICATION (app));
  g_assert_true (hg_window_open_file (window, file));
  gtk_window_present (GTK_WINDOW (window));
  hg_test_spin (100);
  f->workbook = g_object_ref (hg_window_get_workbook (window));
  f->session = g_object_ref (hg_window_get_session (window));
  g_signal_connect (f->session, "risks-changed", G_CALLBACK (risks_changed_cb), f);
  return window;
}

static void
close_window (Fixture  *f,
              HgWindow *window)
{
  g_signal_handlers_disconnect_by_data (f->session, f);
  gtk_window_close (GTK_WINDOW (window));
  hg_test_spin (50);
}

static gboolean
answer_through_page (Fixture *f)
{
  return answer_backup_done (f);
}

/* The risks page shown: an answer and its undo reach its list row by row. */
static void
test_page_follows_edit (Fixture       *f,
                        gconstpointer  data)
{
  HgWindow *window = open_window (f);
  HgRisksPage *page;
  GListModel *shown;

  hg_window_show_page (window, "risks");
  hg_test_spin (50);
  page = HG_RISKS_PAGE (hg_test_find_widget (GTK_WIDGET (window), HG_TYPE_RISKS_PAGE, NULL));
  g_assert_true (hg_risks_page_get_sheet (page) == hg_session_get_risk_sheet (f->session));
  shown = hg_risks_page_get_shown (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    hg_risk_sheet_get_n_rows (hg_risks_page_get_sheet (page)));
  g_signal_connect (shown, "items-changed", G_CALLBACK (items_changed_cb), f);

  g_array_set_size (f->changes, 0);
  f->n_reported = 0;
  g_assert_true (answer_through_page (f));
  hg_test_spin (20);
  assert_row_by_row (f, TRUE);

  g_array_set_size (f->changes, 0);
  f->n_reported = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  hg_test_spin (20);
  assert_row_by_row (f, TRUE);
  g_signal_handlers_disconnect_by_data (shown, f);
  close_window (f, window);
}

static int
count_pack_queries (unsigned int  type,
                    void         *context,
                    void         *statement,
                    void         *sql)
{
  if (strstr (sql, "FROM policy_pack") != NULL)
    (*(guint *) context)++;
  return 0;
}

static void
tooltip_cb (GObject    *button,
            GParamSpec *pspec,
            guint      *n)
{
  (*n)++;
}

/* An edit of the company's name: the window's buttons follow it once, and
 * nobody reads the workbook's template pack again for it. */
static void
test_window_edit_runs_no_pack_query (Fixture       *f,
                                     gconstpointer  data)
{
  HgWindow *window = open_window (f);
  GObject *undo_button = gtk_widget_get_template_child (GTK_WIDGET (window), HG_TYPE_WINDOW,
                                                       "undo_button");
  g_autoptr(GError) error = NULL;
  guint queries = 0, tooltips = 0;

  g_assert_nonnull (undo_button);
  g_signal_connect (undo_button, "notify::tooltip-text", G_CALLBACK (tooltip_cb), &tooltips);
  sqlite3_trace_v2 (hg_workbook_get_db (f->workbook), SQLITE_TRACE_STMT, count_pack_queries,
                    &queries);
  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "株式会社リスト改", &error));
  g_assert_no_error (error);
  hg_test_spin (20);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  hg_test_spin (20);
  sqlite3_trace_v2 (hg_workbook_get_db (f->workbook), 0, NULL, NULL);
  g_assert_cmpuint (queries, ==, 0);
  g_assert_cmpuint (tooltips, ==, 2);
  g_signal_handlers_disconnect_by_data (undo_button, &tooltips);
  close_window (f, window);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();
  gtk_init ();
  adw_init ();

  app = hg_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  hg_test_serve_notifications (G_APPLICATION (app));

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/risk-list/moves-only-changed-rows", test_moves_only_changed_rows);
  ADD ("/risk-list/cell-rows-come-and-go", test_cell_rows_come_and_go);
  ADD ("/risk-list/many-rows-in-one-span", test_many_rows_in_one_span);
  ADD ("/risk-list/page-follows-edit", test_page_follows_edit);
  ADD ("/risk-list/window-edit-runs-no-pack-query", test_window_edit_runs_no_pack_query);
#undef ADD
  ret = g_test_run ();
  g_object_unref (app);
  return ret;
}
