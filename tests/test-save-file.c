/* test-save-file.c: what an export may replace, and what it reports
 *
 * Every writer (each document format, CSV, XLSX, a copy of the workbook)
 * is pointed at the open workbook, its companions, a link to it, a named
 * pipe and a device: each is refused with a message that names the file
 * and says why, and what was there is still there, unchanged. A full disk
 * is a real one where the kernel lets a test mount a small tmpfs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* unshare() */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hg-asset-files.h"
#include "hg-csv.h"
#include "hg-doc-writer.h"
#include "hg-save-file.h"
#include "hg-test-package.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;       /* the open workbook */
  HgWorkbook *workbook;
  HgDoc      *doc;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  /* So that a file written with the default mode would be 0644. */
  umask (022);
  f->dir = hg_test_make_dir ();
  f->doc = hg_test_typical_doc (f->dir, "basic_policy");
  f->workbook = hg_test_workbook_new (f->dir, "open.hinagata", "株式会社保存");
  f->path = g_strdup (hg_workbook_get_path (f->workbook));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  g_clear_pointer (&f->doc, hg_doc_free);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* ---- Every writer --------------------------------------------------------- */

typedef enum
{
  WRITE_CSV = HG_DOC_N_FORMATS,
  WRITE_XLSX,
  WRITE_COPY,
  N_WRITERS,
} Writer;

static const char *
writer_name (guint writer)
{
  if (writer < HG_DOC_N_FORMATS)
    return hg_doc_format_get_name (writer);
  return writer == WRITE_CSV ? "csv" : writer == WRITE_XLSX ? "xlsx" : "copy";
}

static gboolean
write_with (Fixture     *f,
            guint        writer,
            const char  *path,
            GError     **error)
{
  g_autoptr(HgTable) table = NULL;

  switch (writer)
    {
    case WRITE_CSV:
      table = hg_asset_export_table (f->workbook);
      return hg_csv_write_file (path, table, error);
    case WRITE_XLSX:
      return hg_asset_export_file (f->workbook, path, HG_ASSET_FILE_XLSX, error);
    case WRITE_COPY:
      return hg_workbook_save_copy (f->workbook, path, error);
    default:
      return hg_doc_write (f->doc, writer, path, error);
    }
}

/* @path is refused by every writer, with @reason in the message, and
 * nothing in the folder changes. */
static void
assert_refused (Fixture    *f,
                const char *path,
                const char *reason)
{
  g_autofree char *workbook_before = hg_test_file_hash (f->path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *before = NULL;
  g_autoptr(GDir) dir = NULL;
  GStatBuf st_before = { 0 };
  GStatBuf st_after = { 0 };
  gboolean existed = g_lstat (path, &st_before) == 0;
  /* Reading a named pipe would wait for a writer. */
  gboolean readable = !existed || S_ISREG (st_before.st_mode) || S_ISLNK (st_before.st_mode);
  const char *name;
  guint n_before = 0;
  guint n_after = 0;

  if (readable)
    before = hg_test_file_hash (path);
  dir = g_dir_open (f->dir, 0, NULL);
  while (g_dir_read_name (dir) != NULL)
    n_before++;

  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *workbook_after = NULL;

      g_test_message ("%s → %s", writer_name (w), path);
      g_assert_false (write_with (f, w, path, &error));
      g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
      hg_test_assert_contains (error->message, base);
      hg_test_assert_contains (error->message, reason);

      after = readable ? hg_test_file_hash (path) : NULL;
      workbook_after = hg_test_file_hash (f->path);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpstr (workbook_after, ==, workbook_before);
      if (existed)
        {
          g_assert_cmpint (g_lstat (path, &st_after), ==, 0);
          g_assert_cmpuint (st_after.st_ino, ==, st_before.st_ino);
          g_assert_cmpuint (st_after.st_mode, ==, st_before.st_mode);
        }
      else
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* No temporary file left behind. */
  g_dir_rewind (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_after++;
  g_assert_cmpuint (n_after, ==, n_before);
}

/* ---- The open workbook ---------------------------------------------------- */

static void
test_open_workbook (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *symbolic = g_build_filename (f->dir, "link.hinagata", NULL);
  g_autofree char *hard = g_build_filename (f->dir, "hard.hinagata", NULL);
  g_autofree char *other_dir = g_build_filename (f->dir, "sub", NULL);
  g_autofree char *dotted = g_build_filename (f->dir, "sub", "..", "open.hinagata", NULL);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (f->path, "-journal", NULL);
  g_autofree char *dir_link = g_build_filename (f->dir, "dir-link", NULL);
  g_autofree char *journal_via_link = g_build_filename (dir_link, "open.hinagata-journal", NULL);

  /* The workbook by its name, and the same file by any other name. */
  assert_refused (f, f->path, "it is the workbook that is open");
  g_assert_cmpint (symlink (f->path, symbolic), ==, 0);
  assert_refused (f, symbolic, "it is the workbook that is open");
  g_assert_cmpint (link (f->path, hard), ==, 0);
  assert_refused (f, hard, "it is the workbook that is open");
  g_assert_cmpint (g_mkdir (other_dir, 0700), ==, 0);
  assert_refused (f, dotted, "it is the workbook that is open");

  /* SQLite's files beside it, there or not yet. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_IS_REGULAR));
  assert_refused (f, wal, "it is part of the workbook that is open");
  assert_refused (f, journal, "it is part of the workbook that is open");
  g_assert_cmpint (symlink (f->dir, dir_link), ==, 0);
  assert_refused (f, journal_via_link, "it is part of the workbook that is open");

  /* The workbook still opens and reads as before. */
  g_clear_object (&f->workbook);
  f->workbook = hg_workbook_open (f->path, HG_WORKBOOK_OPEN_READ_ONLY, NULL);
  g_assert_nonnull (f->workbook);
  g_clear_object (&f->workbook);
  g_rmdir (other_dir);
  g_unlink (dir_link);
}

/* Protection lasts while the file is open, and nests. */
static void
test_protect_nests (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "kept.csv", NULL);
  g_autoptr(HgTable) table = hg_table_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hg_csv_write_file (path, table, &error));
  hg_save_file_protect (path);
  hg_save_file_protect (path);
  hg_save_file_unprotect (path);
  g_assert_false (hg_csv_write_file (path, table, &error));
  g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
  g_clear_error (&error);
  hg_save_file_unprotect (path);
  g_assert_true (hg_csv_write_file (path, table, &error));
  g_assert_no_error (error);

  /* A closed workbook is a file like any other. */
  hg_workbook_close (f->workbook);
  g_assert_true (hg_csv_write_file (f->path, table, &error));
  g_assert_no_error (error);
}

/* ---- What is not a regular file ------------------------------------------- */

static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.csv", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.pdf", NULL);
  g_autofree char *socket_path = g_build_filename (f->dir, "socket.txt", NULL);
  g_autofree char *target = g_build_filename (f->dir, "target.txt", NULL);
  g_autofree char *symbolic = g_build_filename (f->dir, "link.txt", NULL);
  g_autofree char *device = hg_test_device_node (f->dir, "null");
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (f, fifo, "it is not a regular file (a named pipe)");
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_refused (f, folder, "it is not a regular file (a folder)");
  g_assert_cmpint (g_rmdir (folder), ==, 0);

  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_DEFAULT,
                         &error);
  g_assert_no_error (error);
  address = g_unix_socket_address_new (socket_path);
  g_assert_true (g_socket_bind (socket, address, FALSE, &error));
  g_assert_no_error (error);
  assert_refused (f, socket_path, "it is not a regular file (a socket)");

  /* A link is not followed, nor replaced. */
  g_assert_true (g_file_set_contents (target, "mine", -1, NULL));
  g_assert_cmpint (symlink (target, symbolic), ==, 0);
  assert_refused (f, symbolic, "it is a symbolic link");
  g_assert_true (g_file_test (symbolic, G_FILE_TEST_IS_SYMLINK));

  /* A device: the null device, or the test's own copy of it. */
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_clear_error (&error);
      g_assert_false (write_with (f, w, device, &error));
      g_assert_error (error, HG_SAVE_ERROR, HG_SAVE_ERROR_REFUSED);
      hg_test_assert_contains (error->message, "it is not a regular file (a device)");
    }
  g_assert_cmpint (g_lstat (device, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* ---- Mode ------------------------------------------------------------------ */

static void
test_mode (Fixture       *f,
           gconstpointer  data)
{
  for (guint w = 0; w < N_WRITERS; w++)
    {
      g_autofree char *name = g_strdup_printf ("out-%s", writer_name (w));
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GError) error = NULL;
      GStatBuf st;

      /* New, and over a file others could read. */
      g_assert_true (write_with (f, w, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, 0600);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_true (write_with (f, w, path, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, 0600);
    }
}

/* ---- Errors while writing ------------------------------------------------- */

/* A table of about 200 KB. */
static HgTable *
large_table (void)
{
  HgTable *table = hg_table_new ();
  g_autofree char *cell = g_strnfill (1000, 'x');

  for (guint r = 0; r < 200; r++)
    {
      GStrv row = g_new0 (char *, 2);

      row[0] = g_strdup (cell);
      hg_table_add_row (table, row, r + 1);
    }
  return table;
}

/* Writes a large CSV over a small file in @dir and checks that it fails
 * with @reason, leaving the small file as it was and nothing else. */
static void
assert_write_fails (const char  *dir,
                    HgSaveError  code,
                    const char  *reason)
{
  g_autofree char *path = g_build_filename (dir, "old.csv", NULL);
  g_autoptr(HgTable) table = large_table ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_true (g_file_set_contents (path, "前の版\r\n", -1, NULL));
  g_assert_false (hg_csv_write_file (path, table, &error));
  g_assert_error (error, HG_SAVE_ERROR, (int) code);
  hg_test_assert_contains (error->message, "“");
  hg_test_assert_contains (error->message, "old.csv”");
  hg_test_assert_contains (error->message, reason);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "前の版\r\n");

  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1);
}

/* A private mount namespace (as root, or in a user namespace) with a 64 KB
 * tmpfs on @dir; FALSE where the system does not allow one. */
static gboolean
mount_small_tmpfs (const char *dir)
{
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
      g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0
          || !g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL)
          || !g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL)
          || !g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL))
        return FALSE;
    }
  /* Private first, so that nothing is mounted outside this process. */
  return mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0
         && mount ("hinagata-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0700") == 0;
}

/* Asked of a child that exits at once, since a namespace cannot be left. */
static gboolean
can_mount_small_tmpfs (const char *dir)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (mount_small_tmpfs (dir) ? 0 : 1);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *small = g_build_filename (f->dir, "small", NULL);

  g_assert_cmpint (g_mkdir (small, 0700), ==, 0);
  if (g_test_subprocess ())
    {
      g_assert_true (mount_small_tmpfs (small));
      assert_write_fails (small, HG_SAVE_ERROR_NO_SPACE, "the disk is full");
      return;
    }
  if (!can_mount_small_tmpfs (small))
    {
      g_test_skip ("this system lets no test mount a tmpfs");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Any write error, here "File too large" from a file size limit, which
 * every system has. */
static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *sub = g_build_filename (f->dir, "limited", NULL);
      struct rlimit limit = { 16 * 1024, 16 * 1024 };

      g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      assert_write_fails (sub, HG_SAVE_ERROR_IO, g_strerror (EFBIG));
      hg_test_remove_dir (sub);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/save-file/open-workbook", test_open_workbook);
  ADD ("/save-file/protect-nests", test_protect_nests);
  ADD ("/save-file/not-regular", test_not_regular);
  ADD ("/save-file/mode", test_mode);
  ADD ("/save-file/disk-full", test_disk_full);
  ADD ("/save-file/write-error", test_write_error);
#undef ADD

  return g_test_run ();
}
