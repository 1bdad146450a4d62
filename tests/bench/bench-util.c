/* bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* RUSAGE_THREAD */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench-util.h"
#include "hg-db.h"
#include "hg-workbook.h"

static const char *names[] = {
  "顧客名簿", "見積書", "受注データ", "加工図面", "検査記録", "給与計算データ", "会計データ",
  "取引先の口座情報", "生産計画表", "不具合報告書", "金型の加工条件", "従業員名簿",
};
static const char *categories[] = { "営業", "製造", "品質", "人事", "経理", "総務" };

double
bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
bench_median (GArray *runs)
{
  g_array_sort (runs, compare_doubles);
  return runs->len ? g_array_index (runs, double, runs->len / 2) : 0;
}

void
bench_generate_register (const char *path,
                         guint       rows)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = NULL;

  workbook = hg_workbook_create (path, "株式会社ベンチ", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_exec (db, "BEGIN; INSERT INTO department (name) VALUES ('総務部'),('製造部'),"
                    "('品質保証部'),('営業部'),('購買部'),('設計部');", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db, "INSERT INTO asset (business_category, name, notes, users, "
                          "department_id, medium_id, personal, confidentiality, integrity, "
                          "availability, retention) VALUES (?1, ?2, ?3, '全従業員', ?4, ?5, ?6, "
                          "?7, ?8, ?9, '5年')", -1, &stmt, NULL);
  for (guint i = 0; i < rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s No.%06u", names[i % G_N_ELEMENTS (names)], i);
      g_autofree char *notes = g_strdup_printf ("第%u工場の%s", 1 + i % 7,
                                                categories[(i / 3) % G_N_ELEMENTS (categories)]);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, categories[i % G_N_ELEMENTS (categories)], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, notes, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, 1 + i % 6);
      sqlite3_bind_int (stmt, 5, 1 + i % 6);
      sqlite3_bind_int (stmt, 6, i % 11 == 0);
      sqlite3_bind_int (stmt, 7, 1 + i % 3);
      sqlite3_bind_int (stmt, 8, 1 + (i / 3) % 3);
      sqlite3_bind_int (stmt, 9, 1 + (i / 9) % 3);
      sqlite3_step (stmt);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);
}

double
bench_current_rss_mb (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    sscanf (statm, "%lu %lu", &size, &resident);
  return resident * (double) sysconf (_SC_PAGESIZE) / (1024.0 * 1024.0);
}

/* User and system time of the process so far: on a shared machine the
 * wall time of a step also counts the others' work. */
static double
rusage_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double
bench_cpu_ms (void)
{
  return rusage_ms (RUSAGE_SELF);
}

/* The calling thread's alone: what a window waits for, without the work
 * other threads do meanwhile on another core. */
double
bench_thread_cpu_ms (void)
{
  return rusage_ms (RUSAGE_THREAD);
}

double
bench_peak_rss_mb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}
