/* hg-asset-import.c
 *
 * Preparing reads and checks everything and writes nothing; the user sees
 * the rows to add and update and every problem. Applying writes all rows
 * in one transaction — one undo step — and refuses while any problem is
 * left, so a register is never half imported.
 *
 * Departments and media named in the file but missing from the workbook are
 * created with the import (the preview lists them); a manager must already
 * be one of the company's people.
 *
 * The file is read a row at a time (hg-sheet-reader.c) and each checked row
 * is kept in a compact form until it is applied: its numbers in a small
 * struct, its texts one after another in a string chunk. That is about the
 * size of the row's text in the file, where a row of separate strings cost
 * several times as much.
 *
 * A register of 100,000 rows takes most of a second to check, so the
 * window checks it in a thread: hg_asset_import_new() reads the names and
 * ids the check needs where the workbook is edited, and
 * hg_asset_import_check_rows() reads only those and the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-asset-columns.h"
#include "hg-asset-import.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-date.h"
#include "hg-db.h"
#include "hg-import-names.h"
#include "hg-text.h"
#include "hg-undo-log.h"

/* The texts of a row; the first ones take few different values in a
 * register, and are stored once each. */
typedef enum
{
  TEXT_CATEGORY,
  TEXT_USERS,
  TEXT_DEPARTMENT,   /* a name, resolved to an id when applied */
  TEXT_MEDIUM,
  TEXT_RETENTION,
  TEXT_REGISTERED_ON,
  TEXT_DISPOSED_ON,
  TEXT_DISPOSAL_METHOD,
  N_SHARED_TEXTS,
  TEXT_NAME = N_SHARED_TEXTS,
  TEXT_NOTES,
  TEXT_IMPORTANCE_REASON,
  N_TEXTS
} Text;

typedef struct
{
  gint64        id;
  gint64        owner_id;
  const char   *text[N_TEXTS];  /* in @texts; NULL for an empty one */
  guint         line;
  HgAssetFlags  flags;
  guint8        confidentiality;
  guint8        integrity;
  guint8        availability;
  guint8        importance_raised;
  gboolean      disposed;
} Row;

/* Rows are kept in blocks, not one array: growing a large array would
 * copy it, and for a moment hold it twice. */
#define ROWS_PER_BLOCK 4096

struct _HgAssetImport
{
  GPtrArray     *blocks;         /* of Row[ROWS_PER_BLOCK] */
  guint          n_rows;
  GStringChunk  *texts;
  HgImportSheet *sheet;          /* NULL until checked */
  HgImportNames *departments;
  HgImportNames *media;
  HgImportNames *people;
  GHashTable    *ids;            /* of the register's assets */
  HgAssetData    view;           /* a row as hg_asset_import_get_row() shows it */
  GString       *cells[HG_ASSET_N_COLS];  /* the row being checked, reused for every row */
  guint          n_add;
  guint          n_update;
};

void
hg_asset_import_free (HgAssetImport *import)
{
  if (import == NULL)
    return;
  g_ptr_array_unref (import->blocks);
  g_string_chunk_free (import->texts);
  g_clear_pointer (&import->sheet, hg_import_sheet_free);
  hg_import_names_free (import->departments);
  hg_import_names_free (import->media);
  hg_import_names_free (import->people);
  g_hash_table_unref (import->ids);
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    g_string_free (import->cells[c], TRUE);
  g_free (import);
}

static Row *
get_row (HgAssetImport *import,
         guint          index)
{
  Row *block = g_ptr_array_index (import->blocks, index / ROWS_PER_BLOCK);

  return &block[index % ROWS_PER_BLOCK];
}

static const char *
keep_text (HgAssetImport *import,
           Text           text,
           const char    *value)
{
  if (value == NULL || value[0] == '\0')
    return NULL;
  return text < N_SHARED_TEXTS ? g_string_chunk_insert_const (import->texts, value)
                               : g_string_chunk_insert (import->texts, value);
}

/* Keeps what @d holds of the row: every field the import sets. */
static void
keep_row (HgAssetImport     *import,
          const HgAssetData *d,
          guint              line,
          const char        *department,
          const char        *medium)
{
  Row row = {
    .id = d->id,
    .owner_id = d->owner_id,
    .line = line,
    .flags = d->flags,
    .confidentiality = d->confidentiality,
    .integrity = d->integrity,
    .availability = d->availability,
    .importance_raised = d->importance_raised,
    .disposed = d->disposed,
  };

  row.text[TEXT_CATEGORY] = keep_text (import, TEXT_CATEGORY, d->business_category);
  row.text[TEXT_USERS] = keep_text (import, TEXT_USERS, d->users);
  row.text[TEXT_DEPARTMENT] = keep_text (import, TEXT_DEPARTMENT, department);
  row.text[TEXT_MEDIUM] = keep_text (import, TEXT_MEDIUM, medium);
  row.text[TEXT_RETENTION] = keep_text (import, TEXT_RETENTION, d->retention);
  row.text[TEXT_REGISTERED_ON] = keep_text (import, TEXT_REGISTERED_ON, d->registered_on);
  row.text[TEXT_DISPOSED_ON] = keep_text (import, TEXT_DISPOSED_ON, d->disposed_on);
  row.text[TEXT_DISPOSAL_METHOD] = keep_text (import, TEXT_DISPOSAL_METHOD, d->disposal_method);
  row.text[TEXT_NAME] = keep_text (import, TEXT_NAME, d->name);
  row.text[TEXT_NOTES] = keep_text (import, TEXT_NOTES, d->notes);
  row.text[TEXT_IMPORTANCE_REASON] = keep_text (import, TEXT_IMPORTANCE_REASON,
                                                d->importance_reason);
  if (import->n_rows % ROWS_PER_BLOCK == 0)
    g_ptr_array_add (import->blocks, g_new (Row, ROWS_PER_BLOCK));
  get_row (import, import->n_rows++)[0] = row;
}

/* Shows row @index as asset data whose texts point into the import: valid
 * until the next call, and never to be freed. Departments and media get
 * their ids once they exist, that is when the import is applied. */
static const HgAssetData *
view_row (HgAssetImport *import,
          guint          index)
{
  const Row *row = get_row (import, index);
  HgAssetData *d = &import->view;

#define TEXT(t) ((char *) (row->text[t] != NULL ? row->text[t] : ""))
  *d = (HgAssetData) {
    .id = row->id,
    .business_category = TEXT (TEXT_CATEGORY),
    .name = TEXT (TEXT_NAME),
    .notes = TEXT (TEXT_NOTES),
    .users = TEXT (TEXT_USERS),
    .department_id = row->text[TEXT_DEPARTMENT] != NULL
                     ? hg_import_names_lookup (import->departments, row->text[TEXT_DEPARTMENT])
                     : 0,
    .owner_id = row->owner_id,
    .medium_id = row->text[TEXT_MEDIUM] != NULL
                 ? hg_import_names_lookup (import->media, row->text[TEXT_MEDIUM]) : 0,
    .flags = row->flags,
    .confidentiality = row->confidentiality,
    .integrity = row->integrity,
    .availability = row->availability,
    .importance_raised = row->importance_raised,
    .importance_reason = TEXT (TEXT_IMPORTANCE_REASON),
    .retention = TEXT (TEXT_RETENTION),
    .registered_on = TEXT (TEXT_REGISTERED_ON),
    .updated_on = (char *) "",
    .disposed = row->disposed,
    .disposed_on = TEXT (TEXT_DISPOSED_ON),
    .disposal_method = TEXT (TEXT_DISPOSAL_METHOD),
  };
#undef TEXT
  return d;
}

/* A rating as a register writes it ("1" to "3") without a copy; anything
 * else as hg_asset_parse_level() reads it. */
static gboolean
parse_level (const char *text,
             guint      *level)
{
  if (text[0] >= '1' && text[0] <= '3' && text[1] == '\0')
    {
      *level = (guint) (text[0] - '0');
      return TRUE;
    }
  return hg_asset_parse_level (text, level);
}

static gboolean
parse_level_cell (HgAssetImport *import,
                  guint          line,
                  const char    *header,
                  const char    *text,
                  guint8        *level)
{
  guint value = 0;

  if (!parse_level (text, &value))
    {
      hg_import_sheet_add_problem (import->sheet, line, header, text,
                                   text[0] ? _("Write 1, 2 or 3") : _("Required: write 1, 2 or 3"));
      return FALSE;
    }
  *level = (guint8) value;
  return TRUE;
}

static void
parse_flag_cell (HgAssetImport *import,
                 guint          line,
                 const char    *header,
                 const char    *text,
                 HgAssetFlags   flag,
                 HgAssetData   *d)
{
  gboolean set = FALSE;

  /* What the register writes, decided without a copy. */
  if (text[0] == '\0')
    return;
  if (strcmp (text, "○") != 0 && !hg_asset_parse_flag (text, &set))
    hg_import_sheet_add_problem (import->sheet, line, header, text,
                                 _("Write ○ for yes, or leave it empty"));
  else if (set || strcmp (text, "○") == 0)
    d->flags |= flag;
}

/* A date cell that is empty or already in the stored form, as every export
 * writes it, is taken where it lies; any other is parsed into *@owned, or
 * noted as a problem (NULL). */
static const char *
take_date (HgAssetImport *import,
           guint          line,
           guint          column,
           const char    *text,
           char         **owned)
{
  if (text[0] == '\0' || hg_date_is_stored (text))
    return text;
  return hg_import_sheet_take_date (import->sheet, line, column, text, owned) ? *owned : NULL;
}

/* Checks one row of the file. The cells are normalized into buffers the
 * import reuses and the row's texts point into them until keep_row()
 * copies them: a row costs no allocation of its own (a 100,000-row
 * register had cost more than two million). */
static void
parse_row (HgAssetImport     *import,
           const HgTableRow  *file_row)
{
  HgImportSheet *sheet = import->sheet;
  guint line = file_row->line;
  /* As hg_asset_data_new() starts one, the texts empty. */
  HgAssetData data = { .confidentiality = 1, .integrity = 1, .availability = 1 };
  HgAssetData *d = &data;
  g_autofree char *registered_on = NULL;
  g_autofree char *disposed_on = NULL;
  const char *department = NULL;
  const char *medium = NULL;
  guint problems_before = hg_import_sheet_get_n_problems (sheet);
  const char *cell[HG_ASSET_N_COLS];
  guint rule;

#define HEADER(col) (hg_import_sheet_get_header (sheet, col))
#define HAS(col) (hg_import_sheet_has_column (sheet, col))
#define PROBLEM(col, value, reason) \
  hg_import_sheet_add_problem (sheet, line, HEADER (col), value, reason)
#define TEXT(col, max, flags, dest) \
  G_STMT_START { \
    if (hg_import_sheet_check_text (sheet, line, col, cell[col], max, flags)) \
      (dest) = (char *) cell[col]; \
  } G_STMT_END
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    cell[c] = hg_import_sheet_get_cell_into (sheet, file_row, c, import->cells[c]);

  if (cell[HG_ASSET_COL_ID][0] != '\0')
    {
      guint64 id = 0;
      char id_text[32];
      gsize length = strlen (cell[HG_ASSET_COL_ID]);

      /* No number Hinagata gives is that long: it fails as it would whole. */
      g_strlcpy (id_text, cell[HG_ASSET_COL_ID], sizeof id_text);
      if (length < sizeof id_text && g_str_has_suffix (id_text, ".0"))
        id_text[length - 2] = '\0';
      if (length >= sizeof id_text
          || !g_ascii_string_to_unsigned (id_text, 10, 1, G_MAXINT64, &id, NULL))
        PROBLEM (HG_ASSET_COL_ID, cell[HG_ASSET_COL_ID],
                 _("Write the number Hinagata gave the asset, or leave it empty"));
      else if (g_hash_table_contains (import->ids, &id))
        d->id = (gint64) id;
    }

  if (cell[HG_ASSET_COL_NAME][0] == '\0')
    PROBLEM (HG_ASSET_COL_NAME, "", _("Required"));
  TEXT (HG_ASSET_COL_NAME, HG_ASSET_NAME_MAX, HG_TEXT_ONE_LINE, d->name);
  if (HAS (HG_ASSET_COL_CATEGORY))
    TEXT (HG_ASSET_COL_CATEGORY, HG_ASSET_CATEGORY_MAX, HG_TEXT_ONE_LINE, d->business_category);
  if (HAS (HG_ASSET_COL_NOTES))
    TEXT (HG_ASSET_COL_NOTES, HG_ASSET_TEXT_MAX, HG_TEXT_MULTILINE, d->notes);
  if (HAS (HG_ASSET_COL_USERS))
    TEXT (HG_ASSET_COL_USERS, HG_ASSET_USERS_MAX, HG_TEXT_ONE_LINE, d->users);
  if (HAS (HG_ASSET_COL_RETENTION))
    TEXT (HG_ASSET_COL_RETENTION, HG_ASSET_RETENTION_MAX, HG_TEXT_ONE_LINE, d->retention);

  if (cell[HG_ASSET_COL_DEPARTMENT][0] != '\0')
    {
      if (hg_import_sheet_check_text (sheet, line, HG_ASSET_COL_DEPARTMENT,
                                      cell[HG_ASSET_COL_DEPARTMENT], HG_DEPARTMENT_NAME_MAX,
                                      HG_TEXT_ONE_LINE))
        {
          department = cell[HG_ASSET_COL_DEPARTMENT];
          d->department_id = hg_import_names_resolve (import->departments, department);
        }
    }
  if (cell[HG_ASSET_COL_MEDIUM][0] != '\0')
    {
      if (hg_import_sheet_check_text (sheet, line, HG_ASSET_COL_MEDIUM, cell[HG_ASSET_COL_MEDIUM],
                                      HG_MEDIUM_NAME_MAX, HG_TEXT_ONE_LINE))
        {
          medium = cell[HG_ASSET_COL_MEDIUM];
          d->medium_id = hg_import_names_resolve (import->media, medium);
        }
    }
  if (cell[HG_ASSET_COL_OWNER][0] != '\0')
    {
      d->owner_id = hg_import_names_lookup (import->people, cell[HG_ASSET_COL_OWNER]);
      if (d->owner_id == 0)
        PROBLEM (HG_ASSET_COL_OWNER, cell[HG_ASSET_COL_OWNER],
                 _("No one of this name is among the company’s people; add them on the "
                   "Company page first"));
    }

  if (HAS (HG_ASSET_COL_PERSONAL))
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_PERSONAL), cell[HG_ASSET_COL_PERSONAL],
                     HG_ASSET_PERSONAL, d);
  if (HAS (HG_ASSET_COL_SENSITIVE))
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_SENSITIVE),
                     cell[HG_ASSET_COL_SENSITIVE], HG_ASSET_SENSITIVE, d);
  if (HAS (HG_ASSET_COL_MY_NUMBER))
    parse_flag_cell (import, line, HEADER (HG_ASSET_COL_MY_NUMBER),
                     cell[HG_ASSET_COL_MY_NUMBER], HG_ASSET_MY_NUMBER, d);
  d->flags = hg_asset_rule_flags (d->flags);

  parse_level_cell (import, line, HEADER (HG_ASSET_COL_CONFIDENTIALITY),
                    cell[HG_ASSET_COL_CONFIDENTIALITY], &d->confidentiality);
  parse_level_cell (import, line, HEADER (HG_ASSET_COL_INTEGRITY),
                    cell[HG_ASSET_COL_INTEGRITY], &d->integrity);
  parse_level_cell (import, line, HEADER (HG_ASSET_COL_AVAILABILITY),
                    cell[HG_ASSET_COL_AVAILABILITY], &d->availability);

  rule = hg_asset_rule_importance (d->confidentiality, d->integrity, d->availability, d->flags);
  if (cell[HG_ASSET_COL_IMPORTANCE][0] != '\0')
    {
      guint importance = 0;

      if (!parse_level (cell[HG_ASSET_COL_IMPORTANCE], &importance))
        PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE], _("Write 1, 2 or 3"));
      else if (importance < rule)
        {
          g_autofree char *reason =
            g_strdup_printf (_("The ratings give importance %u; it cannot be lower"), rule);
          PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE], reason);
        }
      else if (importance > rule)
        {
          if (cell[HG_ASSET_COL_IMPORTANCE_REASON][0] == '\0')
            PROBLEM (HG_ASSET_COL_IMPORTANCE, cell[HG_ASSET_COL_IMPORTANCE],
                     _("Importance above the ratings needs a reason in its own column"));
          d->importance_raised = (guint8) importance;
          TEXT (HG_ASSET_COL_IMPORTANCE_REASON, HG_ASSET_REASON_MAX, HG_TEXT_ONE_LINE,
                d->importance_reason);
        }
    }

  if (HAS (HG_ASSET_COL_REGISTERED))
    d->registered_on = (char *) take_date (import, line, HG_ASSET_COL_REGISTERED,
                                           cell[HG_ASSET_COL_REGISTERED], &registered_on);

  if (cell[HG_ASSET_COL_STATUS][0] != '\0')
    {
      static const char *in_use[] = { "使用中", "利用中", "in use", "in_use", "active", NULL };
      static const char *disposed[] = { "廃棄", "廃棄済み", "廃棄済", "disposed", NULL };
      const char *status = cell[HG_ASSET_COL_STATUS];
      g_autofree char *folded = NULL;

      /* The two words the register writes need no folded copy. */
      if (strcmp (status, "廃棄") == 0)
        d->disposed = TRUE;
      else if (strcmp (status, "使用中") != 0)
        {
          folded = g_utf8_casefold (status, -1);
          if (g_strv_contains (disposed, folded))
            d->disposed = TRUE;
          else if (!g_strv_contains (in_use, folded))
            PROBLEM (HG_ASSET_COL_STATUS, status, _("Write 使用中 or 廃棄"));
        }
    }
  if (d->disposed)
    {
      if (cell[HG_ASSET_COL_DISPOSED_ON][0] == '\0')
        hg_import_sheet_add_problem (sheet, line,
                                     HAS (HG_ASSET_COL_DISPOSED_ON)
                                       ? HEADER (HG_ASSET_COL_DISPOSED_ON)
                                       : hg_asset_column_header (HG_ASSET_COL_DISPOSED_ON),
                                     "", _("A disposed asset needs its disposal date"));
      else
        d->disposed_on = (char *) take_date (import, line, HG_ASSET_COL_DISPOSED_ON,
                                             cell[HG_ASSET_COL_DISPOSED_ON], &disposed_on);
      if (HAS (HG_ASSET_COL_DISPOSAL_METHOD))
        TEXT (HG_ASSET_COL_DISPOSAL_METHOD, HG_ASSET_DISPOSAL_METHOD_MAX, HG_TEXT_ONE_LINE,
              d->disposal_method);
    }
#undef HEADER
#undef HAS
#undef PROBLEM
#undef TEXT

  /* A row with a problem is only in the problem list: kept among the rows
   * it would be previewed as one to add, next to the reason it cannot be. */
  if (hg_import_sheet_get_n_problems (sheet) == problems_before)
    {
      if (d->id > 0)
        import->n_update++;
      else
        import->n_add++;
      keep_row (import, d, line, department, medium);
    }
}

static gboolean
match_column (const char *header,
              guint      *column)
{
  HgAssetColumn c;

  if (!hg_asset_column_match (header, &c))
    return FALSE;
  *column = c;
  return TRUE;
}

static GHashTable *
load_ids (HgWorkbook *workbook)
{
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT id FROM asset", NULL);

  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }
  return ids;
}

/* What the check needs of the workbook, read where it is edited. */
HgAssetImport *
hg_asset_import_new (HgWorkbook *workbook)
{
  HgAssetImport *import;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  import = g_new0 (HgAssetImport, 1);
  import->blocks = g_ptr_array_new_with_free_func (g_free);
  import->texts = g_string_chunk_new (64 * 1024);
  import->departments = hg_import_names_new (workbook, "department");
  import->media = hg_import_names_new (workbook, "medium");
  import->people = hg_import_names_new (workbook, "person");
  import->ids = load_ids (workbook);
  for (guint c = 0; c < HG_ASSET_N_COLS; c++)
    import->cells[c] = g_string_sized_new (64);
  return import;
}

/**
 * hg_asset_import_check_rows:
 * @import: from hg_asset_import_new(), not checked yet
 * @reader: the rows of the file
 * @job: (nullable): follows the reader through the file; cancelling it
 *   stops the check
 * @error: return location for an error
 *
 * Reads and checks every row; writes nothing and touches no workbook, so
 * it may run in another thread. Fails only when the file cannot be read to
 * its end, cannot be a register at all (no rows, no name column) or @job
 * was cancelled (G_IO_ERROR_CANCELLED); every problem of a single row goes
 * into the problem list. Every other error names the file, when @reader
 * has a name.
 *
 * Returns: %TRUE when the import can be previewed
 */
gboolean
hg_asset_import_check_rows (HgAssetImport  *import,
                            HgSheetReader  *reader,
                            HgJob          *job,
                            GError        **error)
{
  g_autoptr(GError) local = NULL;
  HgTableRow row;
  guint64 done, total;

  g_return_val_if_fail (import != NULL && import->sheet == NULL, FALSE);
  g_return_val_if_fail (reader != NULL, FALSE);

  /* IPA's sheet and many home-made ones have a title or a note above the
   * header: the header is the row that names the asset-name column. */
  import->sheet = hg_import_sheet_new (reader, HG_ASSET_N_COLS, match_column, HG_ASSET_COL_NAME,
                                       &local);
  if (import->sheet == NULL)
    goto failed;

  if (hg_import_sheet_is_empty (import->sheet))
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_EMPTY,
                   _("The file is empty: there is no header row and no asset."));
      goto failed;
    }

  if (!hg_import_sheet_has_column (import->sheet, HG_ASSET_COL_NAME))
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_HEADER,
                   _("No column for the asset name was found in the first ten rows. Name a "
                     "column “%s” (or “Asset name”)."),
                   hg_asset_column_header (HG_ASSET_COL_NAME));
      goto failed;
    }

  for (guint c = HG_ASSET_COL_CONFIDENTIALITY; c <= HG_ASSET_COL_AVAILABILITY; c++)
    if (!hg_import_sheet_has_column (import->sheet, c))
      {
        /* Without the column every row would fail the same way: say it once. */
        g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_MISSING_COLUMN,
                     _("The file has no column “%s”. Every asset needs its confidentiality, "
                       "integrity and availability rated 1 to 3."),
                     hg_asset_column_header (c));
        goto failed;
      }

  hg_sheet_reader_get_progress (reader, &done, &total);
  hg_job_set_total (job, total);
  while (hg_import_sheet_next_row (import->sheet, reader, &row, &local))
    {
      hg_sheet_reader_get_progress (reader, &done, &total);
      if (!hg_job_report (job, done, error))
        return FALSE;
      parse_row (import, &row);
    }
  if (local != NULL)
    goto failed;

  if (import->n_rows == 0 && hg_import_sheet_get_n_problems (import->sheet) == 0)
    {
      g_set_error (&local, HG_IMPORT_ERROR, HG_IMPORT_ERROR_NO_ROWS,
                   _("The file has a header row but no asset below it."));
      goto failed;
    }

  return hg_job_report (job, total, error);

failed:
  hg_sheet_reader_propagate_error (reader, error, g_steal_pointer (&local));
  return FALSE;
}

/**
 * hg_asset_import_prepare_rows:
 * @workbook: the workbook to import into
 * @reader: the rows of the file
 * @error: return location for an error
 *
 * Both steps at once, for hinagata-cli and the tests: see
 * hg_asset_import_check_rows().
 *
 * Returns: (transfer full) (nullable): the import, or %NULL with @error set
 */
HgAssetImport *
hg_asset_import_prepare_rows (HgWorkbook     *workbook,
                              HgSheetReader  *reader,
                              GError        **error)
{
  g_autoptr(HgAssetImport) import = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (reader != NULL, NULL);

  import = hg_asset_import_new (workbook);
  if (!hg_asset_import_check_rows (import, reader, NULL, error))
    return NULL;
  return g_steal_pointer (&import);
}

/* The rows of @table, as hg_asset_import_prepare_rows() takes them. */
HgAssetImport *
hg_asset_import_prepare (HgWorkbook  *workbook,
                         HgTable     *table,
                         GError     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_new_for_table (table);

  return hg_asset_import_prepare_rows (workbook, reader, error);
}

/* The file at @path, read as hg_sheet_reader_open() reads it. */
HgAssetImport *
hg_asset_import_prepare_file (HgWorkbook  *workbook,
                              const char  *path,
                              GError     **error)
{
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (path, error);

  return reader != NULL ? hg_asset_import_prepare_rows (workbook, reader, error) : NULL;
}

guint hg_asset_import_get_n_add (HgAssetImport *import) { return import->n_add; }
guint hg_asset_import_get_n_update (HgAssetImport *import) { return import->n_update; }
guint hg_asset_import_get_n_rows (HgAssetImport *import) { return import->n_rows; }
GPtrArray *
hg_asset_import_get_problems (HgAssetImport *import)
{
  return hg_import_sheet_get_problems (import->sheet);
}

guint
hg_asset_import_get_n_problems (HgAssetImport *import)
{
  return hg_import_sheet_get_n_problems (import->sheet);
}

/* The row as it will be written; valid until the next call, or until the
 * import is applied. */
const HgAssetData *
hg_asset_import_get_row (HgAssetImport *import,
                         guint          index,
                         guint         *line)
{
  g_return_val_if_fail (index < import->n_rows, NULL);

  if (line != NULL)
    *line = get_row (import, index)->line;
  return view_row (import, index);
}

GStrv
hg_asset_import_get_unknown_columns (HgAssetImport *import)
{
  return hg_import_sheet_get_unknown_columns (import->sheet);
}

GStrv
hg_asset_import_get_new_departments (HgAssetImport *import)
{
  return hg_import_names_get_new (import->departments);
}

GStrv
hg_asset_import_get_new_media (HgAssetImport *import)
{
  return hg_import_names_get_new (import->media);
}

static gboolean
apply_cb (sqlite3   *db,
          gpointer   user_data,
          GError   **error)
{
  HgAssetImport *import = user_data;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(HgUndoBulk) bulk = NULL;

  if (!hg_import_names_create (import->departments, db, error)
      || !hg_import_names_create (import->media, db, error))
    return FALSE;

  /* The rows are logged for undo here, not by a trigger each (see
   * hg_undo_bulk_begin()): one step still, and a quarter of the time less. */
  bulk = hg_undo_bulk_begin (db, "asset", error);
  if (bulk == NULL)
    return FALSE;
  insert = _hg_asset_store_prepare_insert (db, error);
  update = _hg_asset_store_prepare_write (db, error);
  if (insert == NULL || update == NULL)
    return FALSE;

  for (guint i = 0; i < import->n_rows; i++)
    {
      const HgAssetData *d = view_row (import, i);
      gint64 id = 0;

      if (d->id > 0 ? !_hg_asset_store_write_with (update, d, error)
                    : !_hg_asset_store_insert_with (insert, d, &id, error)
                      || !hg_undo_bulk_add (bulk, id, error))
        {
          g_prefix_error (error, _("Line %u: "), get_row (import, i)->line);
          return FALSE;
        }
    }
  g_clear_pointer (&insert, sqlite3_finalize);
  g_clear_pointer (&update, sqlite3_finalize);
  return hg_undo_bulk_end (g_steal_pointer (&bulk), error);
}

gboolean
hg_asset_import_apply (HgWorkbook     *workbook,
                       HgAssetImport  *import,
                       GError        **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (import->sheet != NULL, FALSE);

  if (!hg_import_sheet_check (import->sheet, error))
    return FALSE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Asset", "Import %u Assets",
                                        import->n_rows), import->n_rows);
  return hg_workbook_edit (workbook, label, apply_cb, import, error);
}
