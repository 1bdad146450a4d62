/* test-jobs.c: every long writer and import check counts its progress and
 * stops when cancelled
 *
 * Each one is run twice. Once to the end: the progress it reports never
 * goes down and ends at its total, and the file is there, alone in its
 * folder. Once cancelled from its progress function (as the window's
 * Cancel button does, from another thread): it fails with
 * G_IO_ERROR_CANCELLED, leaves no file and no temporary file, and the
 * workbook it read is as it was (integrity check, row counts, no undo
 * step). The exports take what they need before they start writing, so a
 * risk sheet freed and a workbook closed before the writing changes
 * nothing in the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "hg-asset-files.h"
#include "hg-asset-import.h"
#include "hg-csv.h"
#include "hg-doc-writer.h"
#include "hg-employee-import.h"
#include "hg-job.h"
#include "hg-risk-files.h"
#include "hg-risk-threat.h"
#include "hg-sheet-reader.h"
#include "hg-test-risk.h"
#include "hg-test-util.h"
#include "hg-xlsx.h"

#define N_ASSETS 60     /* on paper: six threats each, 360 risks */
#define N_ROWS   1000   /* of the plain CSV and XLSX tables */

/* The document formats first, then these. */
enum
{
  WRITE_CSV_ROWS = HG_DOC_N_FORMATS,
  WRITE_XLSX_ROWS,
  WRITE_RISK_CSV,
  WRITE_RISK_XLSX,
  WRITE_ASSET_CSV,
  WRITE_ASSET_XLSX,
  CHECK_ASSET_IMPORT,
  CHECK_EMPLOYEE_IMPORT,
  N_JOBS,
};

typedef struct
{
  char            *dir;
  char            *out_dir;    /* holds only what the job writes */
  char            *out;
  HgWorkbook      *workbook;
  HgRiskCatalogue *catalogue;
  HgRiskSheet     *sheet;
  HgDoc           *doc;
  gint64           counts[3];  /* of the tables below, before any job */
  char            *undo_label;
} Fixture;

static const char *counted[] = { "asset", "person", "department" };

typedef struct
{
  GCancellable *cancellable;
  guint         cancel_at;   /* cancel in this call; 0: never */
  guint         n_calls;
  guint64       last_done;
  guint64       total;
  gboolean      went_back;
} Watch;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->out_dir = g_build_filename (f->dir, "out", NULL);
  g_assert_cmpint (g_mkdir (f->out_dir, 0700), ==, 0);
  f->workbook = hg_test_workbook_new (f->dir, "jobs.hinagata", "株式会社進捗");
  f->catalogue = hg_test_risk_catalogue ();
  g_assert_true (hg_risk_setup (f->workbook, f->catalogue, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < N_ASSETS; i++)
    {
      g_autofree char *name = g_strdup_printf ("受注伝票 %02u", i);

      hg_test_risk_add_asset (f->workbook, name, "書類", 0, 1 + i % 3, 2, 1 + i % 2);
    }
  f->sheet = hg_risk_sheet_new (f->workbook, f->catalogue);
  g_assert_cmpuint (hg_risk_sheet_get_n_rows (f->sheet), ==, N_ASSETS * 6);
  f->doc = hg_test_typical_doc (f->dir, "rules");
  for (guint t = 0; t < G_N_ELEMENTS (counted); t++)
    f->counts[t] = hg_workbook_count_rows (f->workbook, counted[t]);
  g_assert_cmpint (f->counts[0], ==, N_ASSETS);
  f->undo_label = g_strdup (hg_workbook_get_undo_label (f->workbook));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->sheet, hg_risk_sheet_free);
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->catalogue, hg_risk_catalogue_free);
  g_clear_pointer (&f->doc, hg_doc_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->out_dir);
  g_free (f->out);
  g_free (f->undo_label);
}

static const char *
job_name (guint job)
{
  static const char *names[] = { "csv-rows", "xlsx-rows", "risk-csv", "risk-xlsx", "asset-csv",
                                 "asset-xlsx", "asset-import", "employee-import" };

  if (job < HG_DOC_N_FORMATS)
    return hg_doc_format_get_name ((HgDocFormat) job);
  return names[job - HG_DOC_N_FORMATS];
}

static void
watch_cb (guint64  done,
          guint64  total,
          gpointer user_data)
{
  Watch *w = user_data;

  if (w->n_calls > 0 && (done < w->last_done || total != w->total))
    w->went_back = TRUE;
  w->last_done = done;
  w->total = total;
  if (++w->n_calls == w->cancel_at)
    g_cancellable_cancel (w->cancellable);
}

static void
numbered_row (guint      index,
              GPtrArray *cells,
              gpointer   user_data)
{
  static char number[16];

  g_snprintf (number, sizeof number, "%u", index);
  g_ptr_array_add (cells, number);
  g_ptr_array_add (cells, (gpointer) "施錠保管");
}

/* A sheet the import reads as @rows rows below a header. */
static HgTable *
import_table (guint job,
              guint rows)
{
  HgTable *table = hg_table_new ();

  if (job == CHECK_ASSET_IMPORT)
    hg_table_add_row (table, g_strdupv ((char *[]) { "情報資産名称", "機密性", "完全性", "可用性",
                                                     NULL }), 1);
  else
    hg_table_add_row (table, g_strdupv ((char *[]) { "氏名", "部署", NULL }), 1);
  for (guint r = 0; r < rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("名前 %04u", r);

      if (job == CHECK_ASSET_IMPORT)
        hg_table_add_row (table, g_strdupv ((char *[]) { name, "2", "2", "1", NULL }), r + 2);
      else
        hg_table_add_row (table, g_strdupv ((char *[]) { name, "営業部", NULL }), r + 2);
    }
  return table;
}

static gboolean
run (Fixture  *f,
     guint     job,
     HgJob    *hg_job,
     GError  **error)
{
  g_free (f->out);
  f->out = g_build_filename (f->out_dir, job_name (job), NULL);

  if (job < HG_DOC_N_FORMATS)
    return hg_doc_write_job (f->doc, (HgDocFormat) job, f->out, hg_job, error);
  switch (job)
    {
    case WRITE_CSV_ROWS:
      return hg_csv_write_rows (f->out, N_ROWS, numbered_row, NULL, hg_job, error);
    case WRITE_XLSX_ROWS:
      {
        static const HgXlsxColumn columns[] = { { "番号", HG_XLSX_COLUMN_NUMBER, 8 },
                                                { "保管", HG_XLSX_COLUMN_TEXT, 12 } };
        HgXlsxSheet sheet = { "表", columns, 2, NULL, N_ROWS, numbered_row, NULL };

        return hg_xlsx_write_sheets (f->out, &sheet, 1, hg_job, error);
      }
    case WRITE_RISK_CSV:
    case WRITE_RISK_XLSX:
      {
        g_autoptr(HgRiskExport) e = hg_risk_export_new (f->sheet, NULL, job == WRITE_RISK_CSV
                                                        ? HG_RISK_FILE_CSV : HG_RISK_FILE_XLSX);

        return hg_risk_export_write (e, f->out, hg_job, error);
      }
    case WRITE_ASSET_CSV:
    case WRITE_ASSET_XLSX:
      {
        g_autoptr(HgAssetExport) e = hg_asset_export_new (f->workbook, NULL,
                                                          job == WRITE_ASSET_CSV
                                                          ? HG_ASSET_FILE_CSV : HG_ASSET_FILE_XLSX);

        return hg_asset_export_write (e, f->out, hg_job, error);
      }
    case CHECK_ASSET_IMPORT:
      {
        g_autoptr(HgTable) table = import_table (job, 500);
        g_autoptr(HgAssetImport) import = hg_asset_import_new (f->workbook);
        g_autoptr(HgSheetReader) reader = hg_sheet_reader_new_for_table (table);
        gboolean ok = hg_asset_import_check_rows (import, reader, hg_job, error);

        if (ok)
          g_assert_cmpuint (hg_asset_import_get_n_add (import), ==, 500);
        return ok;
      }
    case CHECK_EMPLOYEE_IMPORT:
      {
        g_autoptr(HgTable) table = import_table (job, 500);
        g_autoptr(HgEmployeeImport) import = hg_employee_import_new (f->workbook);
        g_autoptr(HgSheetReader) reader = hg_sheet_reader_new_for_table (table);
        gboolean ok = hg_employee_import_check_rows (import, reader, hg_job, error);

        if (ok)
          g_assert_cmpuint (hg_employee_import_get_n_add (import), ==, 500);
        return ok;
      }
    default:
      g_assert_not_reached ();
    }
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_workbook_unchanged (Fixture *f)
{
  g_autofree char *problems = hg_workbook_check_integrity (f->workbook);

  g_assert_null (problems);
  for (guint t = 0; t < G_N_ELEMENTS (counted); t++)
    g_assert_cmpint (hg_workbook_count_rows (f->workbook, counted[t]), ==, f->counts[t]);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, f->undo_label);
}

static gboolean
is_import (guint job)
{
  return job == CHECK_ASSET_IMPORT || job == CHECK_EMPLOYEE_IMPORT;
}

static void
test_finishes (Fixture       *f,
               gconstpointer  data)
{
  for (guint job = 0; job < N_JOBS; job++)
    {
      g_autoptr(HgJob) hg_job = hg_job_new (NULL);
      g_autoptr(GError) error = NULL;
      Watch w = { hg_job_get_cancellable (hg_job), 0 };
      guint64 done = 0, total = 0;

      g_test_message ("%s", job_name (job));
      hg_job_set_progress_func (hg_job, watch_cb, &w);
      g_assert_true (run (f, job, hg_job, &error));
      g_assert_no_error (error);

      g_assert_cmpuint (w.n_calls, >, 0);
      g_assert_false (w.went_back);
      g_assert_cmpuint (w.total, >, 0);
      g_assert_cmpuint (w.last_done, ==, w.total);
      hg_job_get_progress (hg_job, &done, &total);
      g_assert_cmpuint (done, ==, total);
      g_assert_cmpuint (total, ==, w.total);

      /* The file and nothing else. */
      g_assert_cmpuint (count_files (f->out_dir), ==, is_import (job) ? 0 : 1);
      if (!is_import (job))
        {
          g_assert_true (g_file_test (f->out, G_FILE_TEST_IS_REGULAR));
          g_assert_cmpint (g_unlink (f->out), ==, 0);
        }
    }
  assert_workbook_unchanged (f);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  for (guint job = 0; job < N_JOBS; job++)
    {
      g_autoptr(HgJob) hg_job = hg_job_new (NULL);
      g_autoptr(GError) error = NULL;
      Watch w = { hg_job_get_cancellable (hg_job), 1 };
      guint64 done = 0, total = 0;

      g_test_message ("%s", job_name (job));
      hg_job_set_progress_func (hg_job, watch_cb, &w);
      g_assert_false (run (f, job, hg_job, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

      /* Stopped at the next step: nothing more was reported. */
      g_assert_cmpuint (w.n_calls, ==, 1);
      hg_job_get_progress (hg_job, &done, &total);
      g_assert_cmpuint (done, ==, w.last_done);
      g_assert_true (done < total || job == HG_DOC_FORMAT_TEXT);

      /* No file, and no temporary file beside it. */
      g_assert_false (g_file_test (f->out, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (f->out_dir), ==, 0);
      assert_workbook_unchanged (f);
    }
}

/* Cancelled before it starts: nothing is made at all, not even the
 * temporary file, and an earlier file of that name stays as it was. */
static void
test_cancelled_before (Fixture       *f,
                       gconstpointer  data)
{
  for (guint job = 0; job < N_JOBS; job++)
    {
      g_autoptr(HgJob) hg_job = hg_job_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (f->out_dir, job_name (job), NULL);
      g_autofree char *contents = NULL;

      g_test_message ("%s", job_name (job));
      g_assert_true (g_file_set_contents (path, "earlier", -1, NULL));
      g_cancellable_cancel (hg_job_get_cancellable (hg_job));
      g_assert_false (run (f, job, hg_job, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "earlier");
      g_assert_cmpuint (count_files (f->out_dir), ==, 1);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  assert_workbook_unchanged (f);
}

/* The export reads the sheet and the workbook when it is made, not when it
 * writes: with both gone, it writes what the one-step export writes. */
static void
test_export_is_a_snapshot (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *risk_before = g_build_filename (f->dir, "risks-before.csv", NULL);
  g_autofree char *risk_after = g_build_filename (f->dir, "risks-after.csv", NULL);
  g_autofree char *asset_before = g_build_filename (f->dir, "assets-before.csv", NULL);
  g_autofree char *asset_after = g_build_filename (f->dir, "assets-after.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "risks.xlsx", NULL);
  g_autoptr(HgRiskExport) risks = NULL;
  g_autoptr(HgRiskExport) risks_xlsx = NULL;
  g_autoptr(HgAssetExport) assets = NULL;
  g_autoptr(HgTable) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_true (hg_risk_export_file (f->sheet, NULL, risk_before, HG_RISK_FILE_CSV, &error));
  g_assert_true (hg_asset_export_file (f->workbook, asset_before, HG_ASSET_FILE_CSV, &error));
  g_assert_no_error (error);

  risks = hg_risk_export_new (f->sheet, NULL, HG_RISK_FILE_CSV);
  risks_xlsx = hg_risk_export_new (f->sheet, NULL, HG_RISK_FILE_XLSX);
  assets = hg_asset_export_new (f->workbook, NULL, HG_ASSET_FILE_CSV);
  g_clear_pointer (&f->sheet, hg_risk_sheet_free);
  g_clear_object (&f->workbook);

  g_assert_true (hg_risk_export_write (risks, risk_after, NULL, &error));
  g_assert_true (hg_risk_export_write (risks_xlsx, xlsx, NULL, &error));
  g_assert_true (hg_asset_export_write (assets, asset_after, NULL, &error));
  g_assert_no_error (error);

  a = hg_test_file_hash (risk_before);
  b = hg_test_file_hash (risk_after);
  g_assert_cmpstr (a, ==, b);
  g_free (a);
  g_free (b);
  a = hg_test_file_hash (asset_before);
  b = hg_test_file_hash (asset_after);
  g_assert_cmpstr (a, ==, b);

  read = hg_xlsx_read_file (xlsx, HG_RISK_SHEET_REGISTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hg_table_get_n_rows (read), ==, N_ASSETS * 6 + 1);
  g_assert_cmpstr (hg_table_get_cell (read, 1, HG_RISK_COL_ASSET), ==, "受注伝票 00");
}

/* A CSV file streams through the import checks: its rows are not known
 * until its end, so the progress is the bytes read of the file's size,
 * never going back and ending at the size; cancelled half way through, the
 * check stops with G_IO_ERROR_CANCELLED. */
static void
test_import_streams_file (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "import.csv", NULL);

  for (guint job = CHECK_ASSET_IMPORT; job <= CHECK_EMPLOYEE_IMPORT; job++)
    {
      g_autoptr(GString) csv = g_string_new (job == CHECK_ASSET_IMPORT
                                             ? "情報資産名称,機密性,完全性,可用性\r\n"
                                             : "氏名,部署\r\n");
      guint rows = 20000;

      g_test_message ("%s", job_name (job));
      for (guint r = 0; r < rows; r++)
        g_string_append_printf (csv, job == CHECK_ASSET_IMPORT ? "名前 %05u,2,2,1\r\n"
                                                               : "名前 %05u,営業部\r\n", r);
      /* Several reads of the reader's 64 KiB. */
      g_assert_cmpuint (csv->len, >, 4 * 64 * 1024);
      g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));

      for (guint cancel_at = 0; cancel_at <= 2; cancel_at += 2)
        {
          g_autoptr(HgJob) hg_job = hg_job_new (NULL);
          g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (path, NULL);
          g_autoptr(HgAssetImport) assets = NULL;
          g_autoptr(HgEmployeeImport) people = NULL;
          g_autoptr(GError) error = NULL;
          Watch w = { hg_job_get_cancellable (hg_job), cancel_at };
          gboolean ok;

          g_assert_nonnull (reader);
          hg_job_set_progress_func (hg_job, watch_cb, &w);
          if (job == CHECK_ASSET_IMPORT)
            {
              assets = hg_asset_import_new (f->workbook);
              ok = hg_asset_import_check_rows (assets, reader, hg_job, &error);
            }
          else
            {
              people = hg_employee_import_new (f->workbook);
              ok = hg_employee_import_check_rows (people, reader, hg_job, &error);
            }
          g_assert_false (w.went_back);
          g_assert_cmpuint (w.total, ==, csv->len);
          if (cancel_at == 0)
            {
              g_assert_no_error (error);
              g_assert_true (ok);
              g_assert_cmpuint (w.n_calls, >, 2);
              g_assert_cmpuint (w.last_done, ==, csv->len);
              g_assert_cmpuint (assets ? hg_asset_import_get_n_add (assets)
                                       : hg_employee_import_get_n_add (people), ==, rows);
            }
          else
            {
              g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
              g_assert_false (ok);
              g_assert_cmpuint (w.n_calls, ==, cancel_at);
              g_assert_cmpuint (w.last_done, <, csv->len);
            }
        }
    }
  assert_workbook_unchanged (f);
}

/* A job that nobody gave: every step goes on, nothing is counted. */
static void
test_no_job (void)
{
  g_autoptr(HgJob) job = hg_job_new (NULL);
  g_autoptr(GError) error = NULL;
  Watch w = { hg_job_get_cancellable (job), 0 };
  guint64 done = 1, total = 1;

  g_assert_true (hg_job_report (NULL, 5, &error));
  g_assert_true (hg_job_check (NULL, &error));
  hg_job_set_total (NULL, 10);
  g_assert_no_error (error);

  /* Before a total is known, watchers see 0 of 0. */
  hg_job_get_progress (job, &done, &total);
  g_assert_cmpuint (done, ==, 0);
  g_assert_cmpuint (total, ==, 0);

  /* A million steps are published a few hundred times, the last at the end. */
  hg_job_set_progress_func (job, watch_cb, &w);
  hg_job_set_total (job, 1000000);
  for (guint i = 0; i <= 1000000; i++)
    g_assert_true (hg_job_report (job, i, NULL));
  g_assert_cmpuint (w.n_calls, <=, 300);
  g_assert_cmpuint (w.n_calls, >=, 200);
  g_assert_cmpuint (w.last_done, ==, 1000000);
  g_assert_false (w.went_back);

  /* A step reported again or out of order never takes the count back. */
  g_assert_true (hg_job_report (job, 10, NULL));
  hg_job_get_progress (job, &done, &total);
  g_assert_cmpuint (done, ==, 1000000);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hg_test_private_user_dirs ();

  g_test_add_func ("/job/counting", test_no_job);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/job/every-writer-finishes", test_finishes);
  ADD ("/job/every-writer-cancelled", test_cancelled);
  ADD ("/job/every-writer-cancelled-before", test_cancelled_before);
  ADD ("/job/export-is-a-snapshot", test_export_is_a_snapshot);
  ADD ("/job/import-streams-a-file", test_import_streams_file);
#undef ADD
  return g_test_run ();
}
