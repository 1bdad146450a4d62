/* test-crash.c: a process killed in the middle of editing loses nothing
 * that it had committed, and leaves a sound file
 *
 * A child process adds departments one edit at a time and reports each
 * number on a pipe only after hg_department_add() returned. The parent
 * kills it with SIGKILL at a random moment, then checks the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hg-company.h"
#include "hg-department.h"
#include "hg-test-util.h"
#include "hg-workbook.h"

static G_NORETURN void
run_child (const char *path,
           int         report_fd)
{
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;

  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  if (workbook == NULL)
    _exit (3);

  for (gint32 i = 0;; i++)
    {
      g_autofree char *name = g_strdup_printf ("部署%06d", i);

      if (hg_department_add (workbook, name, &error) == 0)
        _exit (4);
      /* A second kind of edit in the same burst: an UPDATE of one row. */
      if (!hg_company_set (workbook, HG_COMPANY_FIELD_INDUSTRY, name, &error))
        _exit (5);
      if (write (report_fd, &i, sizeof i) != sizeof i)
        _exit (6);
    }
}

static void
one_round (const char *dir,
           guint       round)
{
  g_autofree char *path = g_strdup_printf ("%s/crash-%u.hinagata", dir, round);
  g_autoptr(HgWorkbook) workbook = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;
  g_autofree char *industry = NULL;
  g_autofree char *expected = NULL;
  gint32 last = -1;
  gint32 value;
  guint wait_for;
  int fds[2];
  int status;
  pid_t pid;

  workbook = hg_workbook_create (path, "落ちる会社", &error);
  g_assert_no_error (error);
  g_clear_object (&workbook);

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_child (path, fds[1]);
    }
  close (fds[1]);

  wait_for = g_test_rand_int_range (1, 120);
  while (read (fds[0], &value, sizeof value) == sizeof value)
    {
      last = value;
      if ((guint) value + 1 >= wait_for)
        break;
    }
  /* Let it run on for a random fraction of an edit before killing it, so the
   * kill lands anywhere inside a transaction or a commit. */
  g_usleep (g_test_rand_int_range (0, 3000));
  kill (pid, SIGKILL);
  while (read (fds[0], &value, sizeof value) == sizeof value)
    last = value;
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (last, >=, 0);

  workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  problems = hg_workbook_check_integrity (workbook);
  g_assert_null (problems);

  /* Every reported edit is there; at most the one in flight is extra. */
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), >=, last + 1);
  g_assert_cmpint (hg_workbook_count_rows (workbook, "department"), <=, last + 2);
  for (gint32 i = 0; i <= last; i++)
    {
      g_autofree char *name = g_strdup_printf ("部署%06d", i);
      if (hg_department_validate_name (workbook, name, 0) == NULL)
        g_error ("Round %u: edit %d (%s) had been committed but is lost", round, i, name);
    }
  industry = hg_company_get (workbook, HG_COMPANY_FIELD_INDUSTRY);
  expected = g_strdup_printf ("部署%06d", last);
  g_assert_cmpstr (industry, >=, expected);
}

static void
test_kill_during_edits (void)
{
  g_autofree char *dir = hg_test_make_dir ();
  guint rounds = g_test_slow () ? 100 : 25;

  for (guint round = 0; round < rounds; round++)
    one_round (dir, round);

  hg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/crash/kill-during-edits", test_kill_during_edits);
  return g_test_run ();
}
