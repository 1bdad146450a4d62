/* hg-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "hg-company.h"
#include "hg-migrations.h"
#include "hg-org-role.h"
#include "hg-pack-context.h"

#include "hg-person.h"
#include "hg-policy.h"
#include "hg-test-util.h"

char *
hg_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hinagata-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

char *
hg_test_file_hash (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
hg_test_remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_unlink (child);
    }
  g_rmdir (path);
}

/* Writes a workbook in an earlier file format, the way the version of
 * Hinagata that used it did, to test the upgrade path. */
void
hg_test_write_old_workbook (const char *path,
                            int         version,
                            const char *company_name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA journal_mode = WAL;",
                         HG_WORKBOOK_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  hg_migrations_apply (db, version, &error);
  g_assert_no_error (error);

  g_free (sql);
  sql = sqlite3_mprintf ("UPDATE company SET name = %Q", company_name);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (g_steal_pointer (&sql));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A new workbook named @file_name in @dir; the test stops if it cannot be made. */
HgWorkbook *
hg_test_workbook_new (const char *dir,
                      const char *file_name,
                      const char *company_name)
{
  g_autofree char *path = g_build_filename (dir, file_name, NULL);
  g_autoptr(GError) error = NULL;
  HgWorkbook *workbook = hg_workbook_create (path, company_name, &error);

  g_assert_no_error (error);
  return workbook;
}

/* The built-in pack's document @document_id for a typical customer: a
 * 20-person company that kept every default answer. */
HgDoc *
hg_test_typical_doc (const char *dir,
                     const char *document_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgWorkbook) workbook = hg_test_workbook_new (dir, "typical.hinagata",
                                                         "株式会社みどり精機");
  g_autoptr(HgPackContext) context = NULL;
  HgDoc *doc;

  g_assert_no_error (error);
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_EMPLOYEES, "20", &error));
  g_assert_no_error (error);
  context = hg_pack_context_new_for_workbook (pack, workbook);
  doc = hg_pack_build_doc (pack, context, document_id, &error);
  g_assert_no_error (error);
  return doc;
}

/* The text of the built-in or workbook's @pack document @document_id as
 * the workbook's answers and company make it. */
char *
hg_test_render_document (HgWorkbook *workbook,
                         HgPack     *pack,
                         const char *document_id)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (pack, workbook);
  g_autoptr(GError) error = NULL;
  char *text = hg_pack_render_text (pack, context, document_id, &error);

  g_assert_no_error (error);
  return text;
}

/* Answers @question with @value, which must be valid. */
void
hg_test_answer (HgWorkbook *workbook,
                HgPack     *pack,
                const char *question,
                const char *value)
{
  g_autoptr(GError) error = NULL;
  gboolean done = hg_policy_set_answer (workbook, pack, question, value, &error);

  g_assert_no_error (error);
  g_assert_true (done);
}

/* A sheet of @rows (each a NULL-terminated list of cells; the list ends
 * with NULL), row N on line N. */
HgTable *
hg_test_table_of (const char * const *rows[])
{
  HgTable *table = hg_table_new ();

  for (guint r = 0; rows[r] != NULL; r++)
    hg_table_add_row (table, g_strdupv ((char **) rows[r]), r + 1);
  return table;
}

/* Gives the test run its own home and XDG user directories. Widget tests
 * use this instead of G_TEST_OPTION_ISOLATE_DIRS, which also hides
 * XDG_DATA_DIRS, and with it the MIME database GTK needs to load its own
 * SVG icons. Call before anything asks GLib for those directories. */
void
hg_test_private_user_dirs (void)
{
  static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                                "XDG_STATE_HOME" };
  g_autofree char *home = hg_test_make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (vars); i++)
    {
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (vars[i], dir, TRUE);
    }
  g_setenv ("HOME", home, TRUE);
}

/* Runs a command-line tool and returns what it printed; the test stops
 * if it fails. */
char *
hg_test_run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

void
hg_test_run_cli (HgTestRun          *run,
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
  hg_test_run_clear (run);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

void
hg_test_run_clear (HgTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* One field of what poppler's pdfinfo says of @pdf: "Pages", "Title"… */
char *
hg_test_pdf_info (const char *pdfinfo,
                  const char *pdf,
                  const char *field)
{
  const char *argv[] = { pdfinfo, pdf, NULL };
  g_autofree char *info = hg_test_run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], field) && lines[i][strlen (field)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (field) + 1));
  g_error ("pdfinfo says nothing of “%s” for %s", field, pdf);
}

/* A character device to point an export at: where the test may make device
 * nodes (as root), its own copy of /dev/@name in @dir, so that a writer that
 * wrongly replaced it could not break the system; else /dev/@name, which
 * only root could replace. */
char *
hg_test_device_node (const char *dir,
                     const char *name)
{
  char *system_path = g_build_filename ("/dev", name, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  GStatBuf st;

  g_assert_cmpint (g_stat (system_path, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  if (mknod (path, S_IFCHR | 0666, st.st_rdev) != 0)
    return system_path;
  g_free (system_path);
  return g_steal_pointer (&path);
}

/* Fills in what an approval waits for (issue 15): the adoption date, the
 * representative and a holder for every role, one edit each. */
void
hg_test_complete_for_approval (HgWorkbook *workbook)
{
  const char *names[] = { "情報 一郎", NULL, "管理 二郎", "教育 三子", "監査 四郎", "窓口 五子" };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_true (hg_policy_set_answer (workbook, pack, "adopted_on", "2026-04-01", &error));
  g_assert_true (hg_company_set (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME, "代表 太郎",
                                 &error));
  g_assert_no_error (error);
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == HG_ORG_N_ROLES);
  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    {
      g_autoptr(HgPerson) person = NULL;
      gint64 id;

      if (names[r] == NULL)
        continue;
      person = hg_person_new (names[r], 0, "", "");
      id = hg_person_add (workbook, person, &error);
      g_assert_no_error (error);
      g_assert_true (hg_org_role_assign (workbook, r, 0, id, &error));
      g_assert_no_error (error);
    }
}

/* @text without any space or line break: pdftotext breaks lines wherever
 * the layout broke them. */
char *
hg_test_squash (const char *text)
{
  GString *squashed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squashed, g_utf8_get_char (p));
  return g_string_free (squashed, FALSE);
}

/* The text of pages @first to @last (1-based; 0: from the first, to the
 * last) of @pdf, squashed. */
char *
hg_test_pdf_text (const char *pdftotext,
                  const char *pdf,
                  guint       first,
                  guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first ? first : 1);
  g_autofree char *l = g_strdup_printf ("%u", last ? last : G_MAXINT);
  const char *argv[] = { pdftotext, "-enc", "UTF-8", "-f", f, "-l", l, pdf, "-", NULL };
  g_autofree char *text = hg_test_run_tool (argv);

  return hg_test_squash (text);
}

/* The cell in @column of the row read from @source_line (a sheet's row
 * number), or NULL when there is no such row or cell. */
const char *
hg_test_table_cell_at (HgTable *table,
                       guint    source_line,
                       guint    column)
{
  for (guint i = 0; i < hg_table_get_n_rows (table); i++)
    if (hg_table_get_source_line (table, i) == source_line)
      return column < hg_table_get_row_length (table, i) ? hg_table_get_cell (table, i, column)
                                                          : NULL;
  return NULL;
}
