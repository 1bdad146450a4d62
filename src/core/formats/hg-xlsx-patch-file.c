/* hg-xlsx-patch-file.c: the package side of hg_xlsx_patch_file()
 *
 * The workbook is checked as the importer checks it, its parts read under
 * the same limits, the sheets found by name through the workbook and its
 * relationships, and every part written again under its own name, in its
 * place, with the content it had — but the edited sheets, spliced by
 * hg_xlsx_patch_sheet_xml() (hg-xlsx-patch.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-xlsx"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "hg-save-file.h"
#include "hg-xlsx.h"
#include "hg-xlsx-limits.h"
#include "hg-xlsx-patch.h"
#include "hg-xml-scanner.h"
#include "hg-zip-writer.h"

typedef struct
{
  char       *name;
  GByteArray *data;     /* NULL for a folder entry */
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_free (e->name);
  g_clear_pointer (&e->data, g_byte_array_unref);
}

static gboolean
read_entry (struct archive  *archive,
            Entry           *entry,
            guint64         *total,
            GError         **error)
{
  la_int64_t start = archive_filter_bytes (archive, -1);

  entry->data = g_byte_array_new ();
  for (;;)
    {
      const void *block;
      size_t size;
      la_int64_t offset;
      guint64 before = entry->data->len;
      la_int64_t compressed = archive_filter_bytes (archive, -1) - start;
      int ret = archive_read_data_block (archive, &block, &size, &offset);

      if (ret == ARCHIVE_EOF)
        return TRUE;
      if (ret != ARCHIVE_OK)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("The Excel file is damaged: its part “%s” cannot be decompressed (%s)."),
                       entry->name, archive_error_string (archive));
          return FALSE;
        }
      /* The importer's limits, on the bytes that come out. */
      *total += size;
      if (before + size > HG_XLSX_MAX_PART_BYTES)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                       _("The Excel file’s part “%s” is larger than %u MB when decompressed, "
                         "too large to write into."),
                       entry->name, (guint) (HG_XLSX_MAX_PART_BYTES >> 20));
          return FALSE;
        }
      if (*total > HG_XLSX_MAX_TOTAL_BYTES)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                       _("The Excel file holds more than %u MB of data when decompressed, "
                         "too much to write into."),
                       (guint) (HG_XLSX_MAX_TOTAL_BYTES >> 20));
          return FALSE;
        }
      if (before > HG_XLSX_RATIO_MIN_BYTES
          && before / (guint64) MAX (compressed, 1) > HG_XLSX_MAX_RATIO)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                       _("The Excel file’s part “%s” is compressed more than %u to 1, as only a "
                         "“ZIP bomb” built to exhaust memory is; it was not written into."),
                       entry->name, HG_XLSX_MAX_RATIO);
          return FALSE;
        }
      g_byte_array_append (entry->data, block, (guint) size);
    }
}

/* Every entry of the archive, in the order of its central directory. */
static GArray *
read_entries (const void  *data,
              gsize        length,
              HgJob       *job,
              GError     **error)
{
  struct archive *archive = archive_read_new ();
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  struct archive_entry *header;
  guint64 total = 0;
  gboolean ok = FALSE;

  g_array_set_clear_func (entries, entry_clear);
  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
                   _("This is not an Excel file (.xlsx): it is not a ZIP archive."));
      goto out;
    }
  for (;;)
    {
      int ret = archive_read_next_header (archive, &header);
      const char *name;
      Entry entry = { 0 };

      if (ret == ARCHIVE_EOF)
        break;
      /* Reading a large workbook takes a moment too: Cancel stops it. */
      if (!hg_job_check (job, error))
        goto out;
      name = ret >= ARCHIVE_WARN ? archive_entry_pathname (header) : NULL;
      if (name == NULL || name[0] == '\0')
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                       _("The Excel file is damaged: its ZIP archive cannot be read (%s)."),
                       archive_error_string (archive) ? archive_error_string (archive) : "");
          goto out;
        }
      if (entries->len >= HG_XLSX_MAX_ENTRIES)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_TOO_LARGE,
                       _("The Excel file’s ZIP archive holds more than %u files; "
                         "no real Excel file has that many."),
                       HG_XLSX_MAX_ENTRIES);
          goto out;
        }
      if (archive_entry_is_encrypted (header))
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NOT_XLSX,
                       _("The Excel file’s part “%s” is encrypted."), name);
          goto out;
        }
      entry.name = g_strdup (name);
      g_array_append_val (entries, entry);
      if (archive_entry_filetype (header) == AE_IFDIR)
        continue;
      if (archive_entry_filetype (header) != AE_IFREG)
        {
          g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_UNSAFE,
                       _("The Excel file’s part “%s” is not a file."), name);
          goto out;
        }
      if (!read_entry (archive, &g_array_index (entries, Entry, entries->len - 1), &total, error))
        goto out;
    }
  ok = TRUE;

out:
  archive_read_free (archive);
  return ok ? g_steal_pointer (&entries) : NULL;
}

static Entry *
find_entry (GArray     *entries,
            const char *name)
{
  /* OPC part names compare case-insensitively. */
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);

      if (e->data != NULL && g_ascii_strcasecmp (e->name, name) == 0)
        return e;
    }
  return NULL;
}

/* ---- Finding a sheet's part by its name ---------------------------------------- */

typedef struct
{
  GHashTable *pairs;        /* key attribute → value attribute */
  const char *element;
  const char *key;
  const char *value;
  const char *type_suffix;  /* only relationships of this type, when set */
} Collect;

static const char *
attr_value (const HgXmlAttribute *attributes,
            guint                 n,
            const char           *name)
{
  for (guint i = 0; i < n; i++)
    {
      const char *colon = strchr (attributes[i].name, ':');

      /* ":id" matches "r:id" by its local part: the prefix is the file's. */
      if (name[0] == ':' ? colon != NULL && strcmp (colon, name) == 0
                         : strcmp (attributes[i].name, name) == 0)
        return attributes[i].value;
    }
  return NULL;
}

static void
on_collect_start (gpointer              data,
                  const char           *local,
                  const HgXmlAttribute *attributes,
                  guint                 n_attributes,
                  gboolean              empty)
{
  Collect *c = data;
  const char *key, *value, *type;

  if (g_strcmp0 (local, c->element) != 0)
    return;
  key = attr_value (attributes, n_attributes, c->key);
  value = attr_value (attributes, n_attributes, c->value);
  type = attr_value (attributes, n_attributes, "Type");
  if (key == NULL || value == NULL
      || (c->type_suffix != NULL && (type == NULL || !g_str_has_suffix (type, c->type_suffix))))
    return;
  if (g_hash_table_size (c->pairs) < HG_XLSX_MAX_ENTRIES)
    g_hash_table_insert (c->pairs, g_strdup (key), g_strdup (value));
}

/* The scanner calls every callback: these have nothing to do. */
static void
on_collect_end (gpointer    data,
                const char *local,
                gboolean    empty)
{
}

static void
on_collect_text (gpointer    data,
                 const char *text,
                 gsize       length)
{
}

static void
on_collect_boundary (gpointer data)
{
}

static GHashTable *
collect (Entry      *entry,
         const char *element,
         const char *key,
         const char *value,
         const char *type_suffix)
{
  static const HgXmlScannerFuncs funcs = { on_collect_start, on_collect_end, on_collect_text,
                                           on_collect_boundary };
  Collect c = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
                element, key, value, type_suffix };
  g_autoptr(HgXmlScanner) scanner = hg_xml_scanner_new (&funcs, &c);

  if (entry == NULL
      || hg_xml_scanner_feed (scanner, (const char *) entry->data->data, entry->data->len)
         != HG_XML_SCANNER_OK
      || hg_xml_scanner_finish (scanner) != HG_XML_SCANNER_OK)
    g_hash_table_remove_all (c.pairs);
  return c.pairs;
}

/* A relationship's target as a part name: relative to @base_dir unless it
 * starts with "/", with "." and ".." resolved. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autofree char *joined = target[0] == '/' ? g_strdup (target + 1)
                                             : g_strconcat (base_dir, "/", target, NULL);
  g_auto(GStrv) parts = g_strsplit (joined, "/", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || strcmp (parts[i], ".") == 0)
        continue;
      if (strcmp (parts[i], "..") == 0)
        {
          if (kept->len > 0)
            g_ptr_array_remove_index (kept, kept->len - 1);
          continue;
        }
      g_ptr_array_add (kept, parts[i]);
    }
  g_ptr_array_add (kept, NULL);
  return g_strjoinv ("/", (char **) kept->pdata);
}

static char *
find_sheet_part (GArray      *entries,
                 const char  *sheet,
                 GError     **error)
{
  g_autoptr(GHashTable) root = collect (find_entry (entries, "_rels/.rels"), "Relationship",
                                        "Id", "Target", "/officeDocument");
  g_autoptr(GHashTable) sheets = NULL;
  g_autoptr(GHashTable) rels = NULL;
  g_autofree char *workbook = NULL, *dir = NULL, *base = NULL, *rels_name = NULL;
  GHashTableIter iter;
  gpointer target = NULL;
  const char *id, *part;

  g_hash_table_iter_init (&iter, root);
  if (!g_hash_table_iter_next (&iter, NULL, &target))
    target = "xl/workbook.xml";
  workbook = resolve_target ("", target);
  dir = g_path_get_dirname (workbook);
  base = g_path_get_basename (workbook);
  rels_name = g_strdup_printf ("%s/_rels/%s.rels", strcmp (dir, ".") == 0 ? "" : dir, base);

  sheets = collect (find_entry (entries, workbook), "sheet", "name", ":id", NULL);
  rels = collect (find_entry (entries, rels_name[0] == '/' ? rels_name + 1 : rels_name),
                  "Relationship", "Id", "Target", "/worksheet");
  id = g_hash_table_lookup (sheets, sheet);
  part = id != NULL ? g_hash_table_lookup (rels, id) : NULL;
  if (part == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_NO_SHEET,
                   _("The Excel file has no worksheet named “%s”."), sheet);
      return NULL;
    }
  return resolve_target (strcmp (dir, ".") == 0 ? "" : dir, part);
}

/* ---- The whole ------------------------------------------------------------------ */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  return g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0
         && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
patch_sheet (GArray            *entries,
             const char        *sheet,
             const HgXlsxEdit  *edits,
             guint              n_edits,
             GError           **error)
{
  g_autofree char *part = find_sheet_part (entries, sheet, error);
  g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (HgXlsxEdit));
  Entry *entry;
  char *text;
  gsize length = 0;

  if (part == NULL)
    return FALSE;
  entry = find_entry (entries, part);
  if (entry == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_DAMAGED,
                   _("The Excel file is damaged: its part “%s” is missing."), part);
      return FALSE;
    }
  for (guint i = 0; i < n_edits; i++)
    if (g_strcmp0 (edits[i].sheet, sheet) == 0)
      g_array_append_val (mine, edits[i]);
  text = hg_xlsx_patch_sheet_xml ((const char *) entry->data->data, entry->data->len,
                                  (HgXlsxEdit *) (void *) mine->data, mine->len, &length, error);
  if (text == NULL)
    {
      g_prefix_error (error, _("Sheet “%s”: "), sheet);
      return FALSE;
    }
  g_byte_array_unref (entry->data);
  entry->data = g_byte_array_new_take ((guint8 *) text, length);
  return TRUE;
}

static gboolean
write_entries (const char  *path,
               GArray      *entries,
               HgJob       *job,
               GError     **error)
{
  g_autoptr(HgZipWriter) writer = hg_zip_writer_new (path, error);

  if (writer == NULL)
    return FALSE;
  hg_zip_writer_set_job (writer, job);
  hg_job_set_total (job, entries->len);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *e = &g_array_index (entries, Entry, i);
      gboolean ok = e->data != NULL
                    ? hg_zip_writer_write_bytes (writer, e->name, e->data->data, e->data->len,
                                                 TRUE, error)
                    : hg_zip_writer_write_bytes (writer, e->name, "", 0, FALSE, error);

      if (!ok || !hg_job_report (job, i + 1, error))
        return FALSE;
    }
  return hg_zip_writer_close (writer, error);
}

gboolean
hg_xlsx_patch_file (const char        *original,
                    const char        *expected_sha256,
                    const char        *path,
                    const HgXlsxEdit  *edits,
                    guint              n_edits,
                    HgJob             *job,
                    GError           **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GHashTable) sheets = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *display = NULL;
  g_autofree char *digest = NULL;
  const char *data;
  gsize length;
  GHashTableIter iter;
  gpointer sheet;

  g_return_val_if_fail (original != NULL && path != NULL, FALSE);
  g_return_val_if_fail (edits != NULL || n_edits == 0, FALSE);

  display = g_filename_display_name (original);
  if (same_file (original, path))
    {
      g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_SAME_FILE,
                   _("The answers are written into a copy of “%s”, never into the file itself: "
                     "choose another name for the copy."), display);
      return FALSE;
    }
  file = g_mapped_file_new (original, FALSE, &local);
  if (file == NULL)
    {
      g_set_error (error, HG_XLSX_ERROR, HG_XLSX_ERROR_IO,
                   _("Could not open “%s”: %s"), display, local->message);
      return FALSE;
    }
  data = g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (data == NULL)
    data = "";

  digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  if (expected_sha256 != NULL && g_ascii_strcasecmp (digest, expected_sha256) != 0)
    {
      g_set_error (error, HG_XLSX_PATCH_ERROR, HG_XLSX_PATCH_ERROR_CHANGED,
                   _("The file “%s” changed since it was imported (its SHA-256 is not the one "
                     "recorded then), so the answers may no longer fit its cells. Choose the "
                     "file that was imported, or import this one again."), display);
      return FALSE;
    }

  /* The importer's checks first, on every sheet written into: what it
   * would refuse to read is not written into either. */
  for (guint i = 0; i < n_edits; i++)
    g_hash_table_add (sheets, (gpointer) (edits[i].sheet != NULL ? edits[i].sheet : ""));
  g_hash_table_iter_init (&iter, sheets);
  while (g_hash_table_iter_next (&iter, &sheet, NULL))
    {
      HgTable *table = hg_xlsx_read_memory (data, length, sheet, error);

      if (table == NULL)
        {
          g_prefix_error (error, _("“%s”: "), display);
          return FALSE;
        }
      hg_table_free (table);
    }

  entries = read_entries (data, length, job, error);
  if (entries == NULL)
    {
      g_prefix_error (error, _("“%s”: "), display);
      return FALSE;
    }
  g_hash_table_iter_init (&iter, sheets);
  while (g_hash_table_iter_next (&iter, &sheet, NULL))
    if (!patch_sheet (entries, sheet, edits, n_edits, error))
      return FALSE;
  return write_entries (path, entries, job, error);
}
