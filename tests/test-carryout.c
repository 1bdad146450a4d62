/* test-carryout.c: the carry-out log (issue 17 item 2): records with undo,
 * refused input that writes nothing, what is overdue at a fixed moment in
 * the local time zone (Asia/Tokyo), and hinagata-cli carryout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include "hg-asset-store.h"
#include "hg-carryout-export.h"
#include "hg-carryout.h"
#include "hg-error.h"
#include "hg-local-time.h"
#include "hg-test-util.h"
#include "hg-text.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "carryout.hinagata", "株式会社テスト");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static guint
count (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = hg_carryout_list (f->workbook, &error);

  g_assert_no_error (error);
  return list->len;
}

static GDateTime *
moment (const char *text)
{
  GDateTime *time = hg_local_time_parse (text);

  g_assert_nonnull (time);
  return time;
}

/* A laptop out on approval, back later: each write one undo step, the
 * moments stored with the local offset. */
static void
test_add_return (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  HgCarryout c = { 0 };
  const HgCarryout *back;
  gint64 asset_id;

  hg_text_set (&asset->name, "営業用ノートPC");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  asset_id = hg_asset_store_add (f->workbook, asset, &error);
  g_assert_no_error (error);

  c.item = (char *) "  営業用ノートPC  ";
  c.medium = HG_CARRYOUT_DEVICE;
  c.asset = asset_id;
  c.person = (char *) "山田";
  c.approved_by = (char *) "佐藤部長";
  c.out_at = (char *) "2026年12月28日 9時";
  c.due_at = (char *) "2026-12-28 18:00";
  c.note = (char *) "客先訪問";
  g_assert_true (hg_carryout_add (f->workbook, &c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c.id, >, 0);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record “営業用ノートPC” taken out");

  list = hg_carryout_list (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  back = list->pdata[0];
  g_assert_cmpstr (back->item, ==, "営業用ノートPC");
  g_assert_cmpint (back->asset, ==, asset_id);
  g_assert_cmpstr (back->out_at, ==, "2026-12-28T09:00:00+09:00");
  g_assert_cmpstr (back->due_at, ==, "2026-12-28T18:00:00+09:00");
  g_assert_null (back->back_at);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (hg_carryout_return (f->workbook, c.id, "2026-12-28 17:45", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record “営業用ノートPC” back");
  list = hg_carryout_list (f->workbook, &error);
  g_assert_cmpstr (((HgCarryout *) list->pdata[0])->back_at, ==, "2026-12-28T17:45:00+09:00");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Undo takes the return back, then the record. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  list = hg_carryout_list (f->workbook, &error);
  g_assert_null (((HgCarryout *) list->pdata[0])->back_at);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f), ==, 0);
}

/* Refused input names the field and leaves neither a record nor an undo
 * step. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *item, *person, *approved, *out, *due; gint64 asset;
                        const char *message; } cases[] = {
    { "", "山田", "佐藤", "2026-12-28 09:00", "2026-12-28 18:00", 0,
      "What was taken out: " },
    { "USBメモリ", " ", "佐藤", "2026-12-28 09:00", "2026-12-28 18:00", 0, "Taken out by: " },
    { "USBメモリ", "山田", "", "2026-12-28 09:00", "2026-12-28 18:00", 0, "Approved by: " },
    { "USBメモリ", "山田", "佐藤", "明日", "2026-12-28 18:00", 0,
      "Out at: Enter a date and time, e.g. 2026-12-28 09:00" },
    { "USBメモリ", "山田", "佐藤", "2026-12-28 09:00", NULL, 0,
      "Due back: Enter a date and time, e.g. 2026-12-28 09:00" },
    { "USBメモリ", "山田", "佐藤", "2026-12-28 09:00", "2026-12-27 18:00", 0,
      "Due back: It cannot be due back before it was taken out" },
    { "USBメモリ", "山田", "佐藤", "2026-12-28 09:00", "2026-12-28 18:00", 9999,
      "Asset: There is no asset number 9999 in the register" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  HgCarryout c = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      HgCarryout bad = { 0 };

      bad.item = (char *) cases[i].item;
      bad.person = (char *) cases[i].person;
      bad.approved_by = (char *) cases[i].approved;
      bad.out_at = (char *) cases[i].out;
      bad.due_at = (char *) cases[i].due;
      bad.asset = cases[i].asset;
      g_assert_false (hg_carryout_add (f->workbook, &bad, &error));
      g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_clear_error (&error);
      g_assert_false (hg_workbook_can_undo (f->workbook));
      g_assert_cmpuint (count (f), ==, 0);
    }

  c.item = (char *) "紙の見積書";
  c.medium = HG_CARRYOUT_PAPER;
  c.person = (char *) "山田";
  c.approved_by = (char *) "佐藤";
  c.out_at = (char *) "2026-12-28 09:00";
  c.due_at = (char *) "2026-12-29 09:00";
  g_assert_true (hg_carryout_add (f->workbook, &c, &error));
  g_assert_no_error (error);

  /* A return before the carry-out, twice back, an unknown number. */
  g_assert_false (hg_carryout_return (f->workbook, c.id, "2026-12-28 08:59", &error));
  g_assert_cmpstr (error->message, ==, "Back at: It cannot be back before it was taken out");
  g_clear_error (&error);
  g_assert_false (hg_carryout_return (f->workbook, c.id, "そのうち", &error));
  g_assert_cmpstr (error->message, ==, "Back at: Enter a date and time, e.g. 2026-12-28 09:00");
  g_clear_error (&error);
  g_assert_false (hg_carryout_return (f->workbook, 999, "2026-12-28 10:00", &error));
  g_assert_cmpstr (error->message, ==, "There is no carry-out number 999");
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record “紙の見積書” taken out");
  list = hg_carryout_list (f->workbook, &error);
  g_assert_null (((HgCarryout *) list->pdata[0])->back_at);

  g_assert_true (hg_carryout_return (f->workbook, c.id, "2026-12-28 10:00", &error));
  g_assert_false (hg_carryout_return (f->workbook, c.id, "2026-12-28 11:00", &error));
  g_assert_cmpstr (error->message, ==, "Back at: It came back already, at 2026-12-28 10:00");
}

static void
add_simple (Fixture    *f,
            const char *item,
            const char *out,
            const char *due)
{
  g_autoptr(GError) error = NULL;
  HgCarryout c = { 0 };

  c.item = (char *) item;
  c.person = (char *) "山田";
  c.approved_by = (char *) "佐藤";
  c.out_at = (char *) out;
  c.due_at = (char *) due;
  g_assert_true (hg_carryout_add (f->workbook, &c, &error));
  g_assert_no_error (error);
}

/* Overdue compares instants in the local zone: due back at 18:00 (Tokyo)
 * is not overdue at 18:00, is at 18:01, and a clock read in UTC says the
 * same. Items back are never overdue; the longest overdue comes first. */
static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GDateTime) at_six = moment ("2026-12-28 18:00");
  g_autoptr(GDateTime) after = moment ("2026-12-28 18:01");
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 12, 28, 9, 1, 0);
  g_autoptr(GDateTime) next_week = moment ("2027-01-05 09:00");

  add_simple (f, "ノートPC", "2026-12-28 09:00", "2026-12-28 18:00");
  add_simple (f, "USBメモリ", "2026-12-25 09:00", "2027-01-04 18:00");
  add_simple (f, "書類", "2026-12-20 09:00", "2026-12-21 18:00");
  list = hg_carryout_list (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((HgCarryout *) list->pdata[0])->item, ==, "ノートPC");
  g_assert_true (hg_carryout_return (f->workbook, ((HgCarryout *) list->pdata[2])->id,
                                     "2026-12-21 17:00", &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = hg_carryout_list (f->workbook, &error);

  overdue = hg_carryout_overdue (list, at_six);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = hg_carryout_overdue (list, after);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_cmpstr (((HgCarryout *) overdue->pdata[0])->item, ==, "ノートPC");
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = hg_carryout_overdue (list, utc);
  g_assert_cmpuint (overdue->len, ==, 1);
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = hg_carryout_overdue (list, next_week);
  g_assert_cmpuint (overdue->len, ==, 2);
  g_assert_cmpstr (((HgCarryout *) overdue->pdata[0])->item, ==, "ノートPC");
  g_assert_cmpstr (((HgCarryout *) overdue->pdata[1])->item, ==, "USBメモリ");
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

/* hinagata-cli carryout add, return, overdue and list at fixed moments. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  Run run = { 0 };

  g_clear_object (&f->workbook);
  run_cli (&run, (const char *[]) { "carryout", "add", path, "--item", "ノートPC", "--by", "山田",
                                    "--approved-by", "佐藤", "--out", "2026-12-28 09:00",
                                    "--due", "2026-12-28 08:00", NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Due back: It cannot be due back before it was "
                                "taken out\n");
  run_cli (&run, (const char *[]) { "carryout", "add", path, "--item", "ノートPC", "--by", "山田",
                                    "--approved-by", "佐藤", "--out", "2026-12-28 09:00",
                                    "--due", "2026-12-28 18:00", "--medium", "device", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Recorded carry-out 1\n");
  run_cli (&run, (const char *[]) { "carryout", "overdue", path, "--now", "2026-12-28 17:59", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Nothing is overdue.\n");
  run_cli (&run, (const char *[]) { "carryout", "overdue", path, "--now", "2026-12-28 18:30", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "!   1  Overdue   Device  ノートPC  山田 (佐藤)  2026-12-28 09:00 → "
                                "2026-12-28 18:00  \n");
  run_cli (&run, (const char *[]) { "carryout", "return", path, "1", "--at", "2026-12-28 08:00",
                                    NULL });
  g_assert_cmpint (run.status, !=, 0);
  g_assert_cmpstr (run.err, ==, "hinagata-cli: Back at: It cannot be back before it was taken "
                                "out\n");
  run_cli (&run, (const char *[]) { "carryout", "return", path, "1", "--at", "2026-12-28 19:00",
                                    NULL });
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, (const char *[]) { "carryout", "list", path, "--now", "2026-12-28 20:00", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "    1  Returned  Device  ノートPC  山田 (佐藤)  2026-12-28 09:00 → "
                                "2026-12-28 18:00  2026-12-28 19:00\n");
  run_cli (&run, (const char *[]) { "carryout", "add", path, "--item", "書類", "--by", "山田",
                                    "--approved-by", "佐藤", "--due", "2026-12-28 18:00",
                                    "--medium", "floppy", NULL });
  g_assert_cmpint (run.status, ==, 2);
  g_free (run.out);
  g_free (run.err);
}

/* Editing rewrites every field, checked as adding checks them; a refused
 * edit writes nothing. Each edit and each removal is one undo step. */
static void
test_update_remove (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgCarryout) c = NULL;
  g_autoptr(HgCarryout) again = NULL;
  HgCarryout missing = { 0 };

  add_simple (f, "ノートPC", "2026-12-28 09:00", "2026-12-28 18:00");
  c = hg_carryout_get (f->workbook, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (c->item, ==, "ノートPC");

  hg_text_set (&c->item, " 営業用ノートPC ");
  c->medium = HG_CARRYOUT_MEDIUM;
  hg_text_set (&c->due_at, "2026-12-27 18:00");
  g_assert_false (hg_carryout_update (f->workbook, c, &error));
  g_assert_cmpstr (error->message, ==, "Due back: It cannot be due back before it was taken out");
  g_clear_error (&error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Record “ノートPC” taken out");

  hg_text_set (&c->due_at, "2026年12月29日 12時");
  hg_text_set (&c->note, "延長を承認");
  g_assert_true (hg_carryout_update (f->workbook, c, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit carry-out “営業用ノートPC”");
  again = hg_carryout_get (f->workbook, 1, &error);
  g_assert_cmpstr (again->item, ==, "営業用ノートPC");
  g_assert_cmpint (again->medium, ==, HG_CARRYOUT_MEDIUM);
  g_assert_cmpstr (again->due_at, ==, "2026-12-29T12:00:00+09:00");
  g_assert_cmpstr (again->note, ==, "延長を承認");
  g_assert_null (again->back_at);
  g_clear_pointer (&again, hg_carryout_free);

  missing = *c;
  missing.id = 42;
  g_assert_false (hg_carryout_update (f->workbook, &missing, &error));
  g_assert_cmpstr (error->message, ==, "There is no carry-out number 42");
  g_clear_error (&error);
  g_assert_false (hg_carryout_remove (f->workbook, 42, &error));
  g_assert_cmpstr (error->message, ==, "There is no carry-out number 42");
  g_clear_error (&error);
  g_assert_null (hg_carryout_get (f->workbook, 42, &error));
  g_clear_error (&error);

  g_assert_true (hg_carryout_remove (f->workbook, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Remove carry-out “営業用ノートPC”");
  g_assert_cmpuint (count (f), ==, 0);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpuint (count (f), ==, 1);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  again = hg_carryout_get (f->workbook, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->item, ==, "ノートPC");
  g_assert_cmpstr (again->due_at, ==, "2026-12-28T18:00:00+09:00");
}

/* The export: one row a record with the asset's number and name and
 * "Overdue" in words at the given moment; a text typed as a formula stays
 * text in the CSV; hinagata-cli carryout export writes CSV and Excel. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HgAssetData) asset = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = moment ("2026-12-29 09:00");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(HgTable) table = NULL;
  g_autofree char *path = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "carryout.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "carryout.xlsx", NULL);
  g_autofree char *text = NULL;
  HgTestRun run = { 0 };
  HgCarryout c = { 0 };
  GStrv row;

  hg_text_set (&asset->name, "営業用ノートPC");
  asset->confidentiality = asset->integrity = asset->availability = 2;
  c.asset = hg_asset_store_add (f->workbook, asset, &error);
  g_assert_no_error (error);
  c.item = (char *) "営業用ノートPC";
  c.person = (char *) "山田";
  c.approved_by = (char *) "佐藤";
  c.out_at = (char *) "2026-12-28 09:00";
  c.due_at = (char *) "2026-12-28 18:00";
  c.note = (char *) "=HYPERLINK(\"http://x\")";
  g_assert_true (hg_carryout_add (f->workbook, &c, &error));
  add_simple (f, "見積書", "2026-12-28 10:00", "2027-01-04 18:00");

  list = hg_carryout_list (f->workbook, &error);
  table = hg_carryout_export_table (f->workbook, list, now);
  g_assert_cmpuint (hg_table_get_n_rows (table), ==, 3);
  row = g_ptr_array_index (table->rows, 0);
  g_assert_cmpstr (row[0], ==, "No.");
  g_assert_cmpstr (row[9], ==, "Overdue");
  row = g_ptr_array_index (table->rows, 2);
  g_assert_cmpstr (row[1], ==, "営業用ノートPC");
  g_assert_cmpstr (row[3], ==, "1 営業用ノートPC");
  g_assert_cmpstr (row[6], ==, "2026-12-28 09:00");
  g_assert_cmpstr (row[9], ==, "Overdue");
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (row[1], ==, "見積書");
  g_assert_cmpstr (row[3], ==, "");
  g_assert_cmpstr (row[9], ==, "");

  path = g_strdup (hg_workbook_get_path (f->workbook));
  g_clear_object (&f->workbook);
  hg_test_run_cli (&run, (const char *[]) { "carryout", "export", path, NULL });
  g_assert_cmpint (run.status, ==, 2);
  hg_test_run_cli (&run, (const char *[]) { "carryout", "export", path, "-o", csv, "--now",
                                            "2026-12-29 09:00", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\n1,営業用ノートPC,Device,1 営業用ノートPC,山田,佐藤,"
                                  "2026-12-28 09:00,2026-12-28 18:00,,Overdue,"
                                  "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"));
  hg_test_run_cli (&run, (const char *[]) { "carryout", "export", path, "-o", xlsx, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (xlsx, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "PK"));
  hg_test_run_clear (&run);
}

int
main (int    argc,
      char **argv)
{
  /* Before GLib reads the local zone: the office's zone, not the
   * machine's. */
  g_setenv ("TZ", "Asia/Tokyo", TRUE);
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/carryout/add-return", test_add_return);
  ADD ("/carryout/refused", test_refused);
  ADD ("/carryout/overdue", test_overdue);
  ADD ("/carryout/cli", test_cli);
  ADD ("/carryout/update-remove", test_update_remove);
  ADD ("/carryout/export", test_export);
  return g_test_run ();
}
