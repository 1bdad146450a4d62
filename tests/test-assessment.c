/* test-assessment.c: assessments and their answers in the workbook
 * (resources/sql/0012-assessments.sql): each write one undo step, refused
 * input with a message naming the field, the score of what is stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hg-assessment.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-framework-catalog.h"
#include "hg-framework-score.h"
#include "hg-test-assess.h"
#include "hg-test-util.h"
#include "hg-workbook.h"

static const char * const c_only[] = { "C", NULL };

typedef struct
{
  char        *dir;
  HgWorkbook  *workbook;
  HgFramework *framework;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = hg_test_make_dir ();
  path = g_build_filename (f->dir, "assess.hinagata", NULL);
  f->workbook = hg_workbook_create (path, "株式会社ひながた精工", &error);
  g_assert_no_error (error);
  f->framework = hg_framework_load_builtin ("ipa-self-check", c_only, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->framework, hg_framework_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
answer (Fixture     *f,
        const char  *ref,
        const char  *value,
        const char  *note,
        const char  *due,
        GError     **error)
{
  HgAssessmentAnswer a = { (char *) ref, (char *) value, (char *) note, NULL, (char *) due };

  return hg_assessment_answer (f->workbook, f->framework, &a, error);
}

/* The stored value of @ref in the open self-check, or NULL. */
static char *
stored (Fixture    *f,
        const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssessment) open = hg_assessment_get_open (f->workbook, "ipa-self-check", &error);
  g_autoptr(GHashTable) answers = NULL;
  HgAssessmentAnswer *a;

  g_assert_no_error (error);
  if (open == NULL)
    return NULL;
  answers = hg_assessment_get_answers (f->workbook, open->id, &error);
  g_assert_no_error (error);
  a = g_hash_table_lookup (answers, ref);
  return a ? g_strdup (a->value) : NULL;
}

static void
test_answer_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *v1 = NULL, *v2 = NULL, *v3 = NULL, *v4 = NULL;

  /* The first answer starts the assessment: both undo as one step. */
  g_assert_true (answer (f, "1", "4", "自動更新を設定済み", NULL, &error));
  g_assert_no_error (error);
  list = hg_assessment_list (f->workbook, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((HgAssessment *) list->pdata[0])->framework, ==, "ipa-self-check");
  g_assert_cmpstr (((HgAssessment *) list->pdata[0])->version, ==, "1");
  g_assert_cmpuint (((HgAssessment *) list->pdata[0])->n_answers, ==, 1);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Answer Item 1");

  g_assert_true (answer (f, "1", "2", NULL, "2027/3/31", &error));
  g_assert_no_error (error);
  g_assert_cmpstr ((v1 = stored (f, "1")), ==, "2");
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpstr ((v2 = stored (f, "1")), ==, "4");
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hg_assessment_list (f->workbook, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpstr ((v3 = stored (f, "1")), ==, "4");

  /* Clearing is a step too. */
  g_assert_true (answer (f, "1", NULL, NULL, NULL, &error));
  g_assert_null ((v4 = stored (f, "1")));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Clear Answer to Item 1");
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_false (answer (f, "26", "4", NULL, NULL, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Item: “5分でできる情報セキュリティ自社診断” has no item “26”");
  g_clear_error (&error);
  g_assert_false (answer (f, "3", "3", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Answer: “3” is not on the scale; use one of 4 (実施している), "
                   "2 (一部実施している), 0 (実施していない), -1 (わからない)");
  g_clear_error (&error);
  g_assert_false (answer (f, "3", "0", NULL, "next spring", &error));
  g_assert_true (g_str_has_prefix (error->message, "Due date: "));
  g_clear_error (&error);
  /* Nothing was written, not even an assessment. */
  list = hg_assessment_list (f->workbook, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_false (hg_workbook_can_undo (f->workbook));
}

static void
test_start (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  g_assert_true (hg_assessment_start (f->workbook, f->framework, "2026-12-01", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Start Assessment");
  g_assert_false (hg_assessment_start (f->workbook, f->framework, NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "The assessment “5分でできる情報セキュリティ自社診断” of 2026-12-01 is still open");
}

static void
test_score_stored (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(GHashTable) answers = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(HgFrameworkScore) score = NULL;

  for (guint i = 1; i <= 25; i++)
    {
      g_autofree char *ref = g_strdup_printf ("%u", i);

      g_assert_true (answer (f, ref, i == 25 ? "-1" : "4", NULL, NULL, &error));
    }
  open = hg_assessment_get_open (f->workbook, "ipa-self-check", &error);
  answers = hg_assessment_get_answers (f->workbook, open->id, &error);
  values = hg_assessment_values (answers);
  score = hg_framework_score (f->framework, values);
  g_assert_cmpint (score->total, ==, 95);
  g_assert_cmpuint (score->n_unknown, ==, 1);
  g_assert_cmpint (score->band->min, ==, 70);
}

static void
store_import (Fixture    *f,
              const char *id,
              const char *xml)
{
  hg_test_store_import (f->workbook, id, xml);
}

/* The catalog lists the built-in frameworks, then the imported ones, and
 * reads an imported one through the framework checks: a broken one stored
 * in a workbook from anyone is refused, named by its source. */
static void
test_catalog (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(HgFramework) imported = NULL;
  g_autoptr(HgFramework) broken = NULL;
  g_autoptr(HgFramework) builtin = NULL;
  g_autoptr(HgFramework) missing = NULL;

  store_import (f, "customer-sheet",
                "<framework id=\"customer-sheet\" version=\"2026\" xml:lang=\"ja\">"
                "<title>取引先チェックシート</title><publisher>取引先</publisher>"
                "<scale><answer value=\"yes\" score=\"1\" status=\"met\"><label>できている</label></answer>"
                "<answer value=\"no\" score=\"0\" status=\"not\"><label>できていない</label></answer></scale>"
                "<scoring kind=\"rates\"><level id=\"L1\"/></scoring>"
                "<section id=\"s\"><title>方針</title><item ref=\"1\" level=\"L1\"><text>方針がある。</text></item></section>"
                "</framework>");
  store_import (f, "zz-broken", "<framework id=\"zz-broken\"><title>x</title></framework>");
  ids = hg_framework_catalog_ids (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (ids), ==, 4);
  g_assert_cmpstr (ids[0], ==, "ipa-self-check");
  g_assert_cmpstr (ids[1], ==, "five-measures");
  g_assert_cmpstr (ids[2], ==, "customer-sheet");
  g_assert_cmpstr (ids[3], ==, "zz-broken");

  imported = hg_framework_catalog_load (f->workbook, "customer-sheet", c_only, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_framework_get_title (imported), ==, "取引先チェックシート");
  g_assert_cmpuint (hg_framework_count_items (imported), ==, 1);
  builtin = hg_framework_catalog_load (f->workbook, "ipa-self-check", c_only, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_framework_count_items (builtin), ==, 25);

  broken = hg_framework_catalog_load (f->workbook, "zz-broken", c_only, &error);
  g_assert_null (broken);
  g_assert_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "sheet.xlsx (zz-broken)"));
  g_clear_error (&error);
  missing = hg_framework_catalog_load (f->workbook, "nothing", c_only, &error);
  g_assert_null (missing);
  g_assert_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/assessment/answer-undo", test_answer_undo);
  ADD ("/assessment/refused", test_refused);
  ADD ("/assessment/start", test_start);
  ADD ("/assessment/score-stored", test_score_stored);
  ADD ("/assessment/catalog", test_catalog);
  return g_test_run ();
}
