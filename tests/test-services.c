/* test-services.c: the register of external services and contractors
 * (issue 17 item 2): a service with its checklist and assets, each write
 * one undo step, refused input that writes nothing, reviews overdue on a
 * fixed day, the end of a contract, the CSV/XLSX export with its formula
 * guard, and hinagata-cli services
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include "hg-asset-store.h"
#include "hg-error.h"
#include "hg-service-edit.h"
#include "hg-service-export.h"
#include "hg-service.h"
#include "hg-test-util.h"
#include "hg-text.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  gint64      asset;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "services.hinagata", "株式会社テスト");
  hg_text_set (&asset->name, "顧客名簿");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  f->asset = hg_asset_store_add (f->workbook, asset, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static HgService *
typical (void)
{
  HgService *s = hg_service_new ();

  s->name = g_strdup ("クラウド会計サービス");
  s->kind = HG_SERVICE_CLOUD;
  s->department = g_strdup ("経理部");
  s->approved_by = g_strdup ("情報システム担当 鈴木");
  s->approved_on = g_strdup ("2026年4月1日");
  s->next_review = g_strdup ("2027-03-31");
  s->note = g_strdup ("");
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    s->checks[i].note = g_strdup ("");
  return s;
}

static GPtrArray *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *services = hg_service_list (f->workbook, &error);

  g_assert_no_error (error);
  return services;
}

static void
set_date (GDate      *date,
          const char *stored)
{
  g_date_clear (date, 1);
  g_date_set_parse (date, stored);
  g_assert_true (g_date_valid (date));
}

/* The service, its checklist and its assets come back as written; an
 * edit and the add are one undo step each. */
static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HgService) s = typical ();
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  const HgService *back;

  s->checks[HG_SERVICE_CHECK_INTRUSION].ok = TRUE;
  g_free (s->checks[HG_SERVICE_CHECK_INTRUSION].note);
  s->checks[HG_SERVICE_CHECK_INTRUSION].note = g_strdup ("通信の暗号化、多要素認証");
  s->checks[HG_SERVICE_CHECK_CERTIFICATION].ok = TRUE;
  g_array_append_val (s->assets, f->asset);
  g_assert_true (hg_service_save (f->workbook, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add “クラウド会計サービス”");

  services = list (f);
  g_assert_cmpuint (services->len, ==, 1);
  back = services->pdata[0];
  g_assert_cmpstr (back->approved_on, ==, "2026-04-01");
  g_assert_cmpstr (back->department, ==, "経理部");
  g_assert_true (back->checks[HG_SERVICE_CHECK_INTRUSION].ok);
  g_assert_cmpstr (back->checks[HG_SERVICE_CHECK_INTRUSION].note, ==, "通信の暗号化、多要素認証");
  g_assert_false (back->checks[HG_SERVICE_CHECK_CONTRACT].ok);
  g_assert_cmpuint (hg_service_count_met (back), ==, 2);
  g_assert_cmpuint (back->assets->len, ==, 1);
  g_assert_cmpstr (back->asset_names->pdata[0], ==, "顧客名簿");
  g_clear_pointer (&services, g_ptr_array_unref);

  s->kind = HG_SERVICE_CONTRACTOR;
  s->checks[HG_SERVICE_CHECK_INTRUSION].ok = FALSE;
  g_array_set_size (s->assets, 0);
  g_assert_true (hg_service_save (f->workbook, s, &error));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit “クラウド会計サービス”");
  services = list (f);
  back = services->pdata[0];
  g_assert_cmpint (back->kind, ==, HG_SERVICE_CONTRACTOR);
  g_assert_cmpuint (hg_service_count_met (back), ==, 1);
  g_assert_cmpuint (back->assets->len, ==, 0);
  g_clear_pointer (&services, g_ptr_array_unref);

  /* One undo brings the checklist and the assets back with the rest. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  services = list (f);
  back = services->pdata[0];
  g_assert_cmpint (back->kind, ==, HG_SERVICE_CLOUD);
  g_assert_cmpuint (hg_service_count_met (back), ==, 2);
  g_assert_cmpuint (back->assets->len, ==, 1);
  g_clear_pointer (&services, g_ptr_array_unref);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  services = list (f);
  g_assert_cmpuint (services->len, ==, 0);
}

/* Each required field is named when missing; nothing is written. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct { guint field; const char *value, *message; } cases[] = {
    { 0, "", "Service or contractor: " },
    { 1, " ", "Department using it: " },
    { 2, "", "Approved by: " },
    { 3, "いつか", "Approved on: Enter a date, e.g. 2026-12-28" },
    { 4, "", "Next review: Enter a date, e.g. 2026-12-28" },
    { 4, "2026-03-31", "Next review: The next review cannot come before the approval" },
    { 5, NULL, "Information handled: There is no asset number 9999 in the register" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HgService) s = typical ();
      g_autoptr(GPtrArray) services = NULL;
      char **fields[] = { &s->name, &s->department, &s->approved_by, &s->approved_on,
                          &s->next_review };

      if (cases[i].field < G_N_ELEMENTS (fields))
        {
          g_free (*fields[cases[i].field]);
          *fields[cases[i].field] = g_strdup (cases[i].value);
        }
      else
        {
          gint64 missing = 9999;

          g_array_append_val (s->assets, missing);
        }
      g_assert_false (hg_service_save (f->workbook, s, &error));
      g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: %s", i, error->message);
      g_clear_error (&error);
      g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add Asset");
      services = list (f);
      g_assert_cmpuint (services->len, ==, 0);
    }
}

/* Reviews overdue on a fixed day, a review recorded, the end of the
 * contract with its checklist; refused ones write nothing. */
static void
test_review_end (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HgService) a = typical ();
  g_autoptr(HgService) b = typical ();
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *undo = NULL;
  GDate on_day, after;

  g_free (b->name);
  b->name = g_strdup ("システム保守委託");
  b->kind = HG_SERVICE_CONTRACTOR;
  g_free (b->next_review);
  b->next_review = g_strdup ("2026-12-01");
  g_assert_true (hg_service_save (f->workbook, a, &error));
  g_assert_true (hg_service_save (f->workbook, b, &error));
  g_assert_no_error (error);

  services = list (f);
  set_date (&on_day, "2026-12-01");
  set_date (&after, "2026-12-02");
  overdue = hg_service_review_overdue (services, &on_day);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = hg_service_review_overdue (services, &after);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_cmpstr (((HgService *) overdue->pdata[0])->name, ==, "システム保守委託");
  g_clear_pointer (&overdue, g_ptr_array_unref);
  g_clear_pointer (&services, g_ptr_array_unref);

  undo = g_strdup (hg_workbook_get_undo_label (f->workbook));
  g_assert_false (hg_service_review (f->workbook, b->id, "2026-12-10", "2026-12-10", &error));
  g_assert_cmpstr (error->message, ==, "Next review: The next review must come after this one");
  g_clear_error (&error);
  g_assert_false (hg_service_review (f->workbook, 999, "2026-12-10", "2027-12-10", &error));
  g_assert_cmpstr (error->message, ==, "There is no service number 999");
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, undo);
  g_assert_true (hg_service_review (f->workbook, b->id, "2026-12-10", "2027-12-10", &error));
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Review “システム保守委託”");
  services = list (f);
  overdue = hg_service_review_overdue (services, &after);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);
  g_clear_pointer (&services, g_ptr_array_unref);

  /* The end of a contract: the information has to come back or go. */
  undo = (g_free (undo), g_strdup (hg_workbook_get_undo_label (f->workbook)));
  g_assert_false (hg_service_end (f->workbook, b->id, "2027-01-31", FALSE, FALSE, TRUE, "",
                                  &error));
  g_assert_cmpstr (error->message, ==, "Information returned or deleted: Check that the "
                                       "information was returned or deleted");
  g_clear_error (&error);
  g_assert_false (hg_service_end (f->workbook, b->id, "2026-03-31", TRUE, FALSE, FALSE, "",
                                  &error));
  g_assert_cmpstr (error->message, ==, "Contract ended on: The contract cannot end before it was "
                                       "approved");
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, undo);
  g_assert_true (hg_service_end (f->workbook, b->id, "2027年1月31日", FALSE, TRUE, TRUE,
                                 "削除証明書を受領", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "End “システム保守委託”");
  services = list (f);
  for (guint i = 0; i < services->len; i++)
    {
      HgService *s = services->pdata[i];

      if (s->id != b->id)
        continue;
      g_assert_cmpstr (s->ended, ==, "2027-01-31");
      g_assert_true (s->end_deleted && s->end_proof && !s->end_returned);
      g_assert_cmpstr (s->end_note, ==, "削除証明書を受領");
    }
  /* An ended contract is reviewed no more. */
  set_date (&after, "2028-12-31");
  overdue = hg_service_review_overdue (services, &after);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_cmpstr (((HgService *) overdue->pdata[0])->name, ==, "クラウド会計サービス");
  g_assert_false (hg_service_end (f->workbook, b->id, "2027-02-01", TRUE, TRUE, TRUE, "", &error));
  g_assert_cmpstr (error->message, ==, "Contract ended on: Its contract ended already, on 2027-01-31");
  g_clear_error (&error);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_clear_pointer (&overdue, g_ptr_array_unref);
  g_clear_pointer (&services, g_ptr_array_unref);
  services = list (f);
  for (guint i = 0; i < services->len; i++)
    g_assert_null (((HgService *) services->pdata[i])->ended);
}

typedef struct
{
  char *out, *err;
  int   status;
} Run;

static void
run_cli (Run                *run,
         const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("HINAGATA_CLI"));
  g_assert_nonnull (argv->pdata[0]);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* hinagata-cli services add, list, review, end and export; a name typed
 * as a formula stays text in the CSV. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *csv = g_build_filename (f->dir, "services.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "services.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autofree char *asset = g_strdup_printf ("%" G_GINT64_FORMAT, f->asset);
  Run run = { 0 };

  g_clear_object (&f->workbook);
  run_cli (&run, (const char *[]) { "services", "add", path, "--name", "クラウド会計", "--kind",
                                    "cloud", "--department", "経理部", "--approved-on",
                                    "2026-04-01", "--next", "2027-03-31", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Approved by: Required\n");
  run_cli (&run, (const char *[]) { "services", "add", path, "--name", "=HYPERLINK(\"http://x\")",
                                    "--kind", "contractor", "--department", "経理部",
                                    "--approved-by", "鈴木", "--approved-on", "2026-04-01",
                                    "--next", "2026-12-01", "--assets", asset, "--met",
                                    "intrusion,contract", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Added service 1\n");
  run_cli (&run, (const char *[]) { "services", "add", path, "--name", "x", "--met", "firewall",
                                    NULL });
  g_assert_cmpint (run.status, ==, 2);

  run_cli (&run, (const char *[]) { "services", "list", path, "--today", "2026-12-02", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "!   1  =HYPERLINK(\"http://x\")  Contractor  経理部  checklist 2/8  "
                                "review overdue since 2026-12-01\n");
  run_cli (&run, (const char *[]) { "services", "review", path, "--today", "2026-12-01", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "No review is overdue.\n");
  run_cli (&run, (const char *[]) { "services", "review", path, "--today", "2026-12-02", NULL });
  g_assert_cmpint (run.status, ==, 1);
  run_cli (&run, (const char *[]) { "services", "review", path, "1", "--date", "2026-12-02",
                                    "--next", "2027-12-01", NULL });
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, (const char *[]) { "services", "review", path, "--today", "2026-12-02", NULL });
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, (const char *[]) { "services", "end", path, "1", "--date", "2027-01-31", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Information returned or deleted: Check that the "
                                "information was returned or deleted\n");
  run_cli (&run, (const char *[]) { "services", "end", path, "1", "--date", "2027-01-31",
                                    "--deleted", "yes", "--certified", "yes", NULL });
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, (const char *[]) { "services", "export", path, "-o", csv, "--today",
                                    "2027-02-01", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\n1,\"'=HYPERLINK(\"\"http://x\"\")\",Contractor,経理部,顧客名簿,鈴木,"
                                  "2026-04-01,2027-12-01,,Yes,No,No,No,Yes,No,No,No,2027-01-31,No,"
                                  "Yes,Yes,,\r\n"));
  run_cli (&run, (const char *[]) { "services", "export", path, "-o", xlsx, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (xlsx, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "PK"));
  g_free (run.out);
  g_free (run.err);
}

/* A service entered by mistake goes with its checklist and asset links,
 * one undo step that brings all of them back; an unknown one is named. */
static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HgService) s = typical ();
  g_autoptr(GPtrArray) services = NULL;
  g_autoptr(GError) error = NULL;
  const HgService *back;

  s->checks[HG_SERVICE_CHECK_CONTRACT].ok = TRUE;
  g_array_append_val (s->assets, f->asset);
  g_assert_true (hg_service_save (f->workbook, s, &error));
  g_assert_no_error (error);

  g_assert_false (hg_service_remove (f->workbook, s->id + 1, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Add “クラウド会計サービス”");

  g_assert_true (hg_service_remove (f->workbook, s->id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Remove “クラウド会計サービス”");
  services = list (f);
  g_assert_cmpuint (services->len, ==, 0);
  g_clear_pointer (&services, g_ptr_array_unref);

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  services = list (f);
  g_assert_cmpuint (services->len, ==, 1);
  back = services->pdata[0];
  g_assert_true (back->checks[HG_SERVICE_CHECK_CONTRACT].ok);
  g_assert_cmpuint (hg_service_count_met (back), ==, 1);
  g_assert_cmpuint (back->assets->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/services/save", test_save);
  ADD ("/services/refused", test_refused);
  ADD ("/services/review-end", test_review_end);
  ADD ("/services/cli", test_cli);
  ADD ("/services/remove", test_remove);
  return g_test_run ();
}
