/* hg-register-import.h: a register (contacts, services, carry-out log)
 * from a sheet, all or nothing, with the preview and its problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-import-sheet.h"
#include "hg-job.h"
#include "hg-sheet-reader.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

/* Rows a register takes from one file. The readers stop at a million
 * (HG_SHEET_MAX_ROWS), but each row checked is kept for the preview and
 * the write: no company keeps this many contacts, services or carry-outs,
 * and a file that has them is no register. */
#define HG_REGISTER_IMPORT_MAX_ROWS 100000

/* Names a column may have in a file, Japanese and English. */
#define HG_REGISTER_IMPORT_ALIASES 14

/* What one register's import says; the shared code does the rest. */
typedef struct
{
  guint              n_columns;
  const char *const (*aliases)[HG_REGISTER_IMPORT_ALIASES]; /* [n_columns] */
  const char *const *labels;     /* [n_columns], N_(): the preview's titles */
  HgImportMatchFunc  match;      /* hg_register_import_match() over aliases */
  guint              key_column; /* the one the header row is found by */
  guint32            required;   /* a bit per column every row needs */
  /* Reads @cells (normalized, "" where empty or absent) into a new row,
   * noting every problem in @sheet. Touches no workbook. */
  gpointer         (*parse)    (HgImportSheet *sheet,
                                guint          line,
                                char         **cells);
  GDestroyNotify     free;
  /* Writes @row inside the import's transaction. */
  gboolean         (*write)    (sqlite3       *db,
                                gpointer       row,
                                GError       **error);
  /* The preview's cells of @row, one a column, as the register shows it. */
  char           **(*describe) (gconstpointer  row);
  /* The undo step's name for @n rows. */
  char            *(*label)    (guint          n);
  /* The register's records, of parse()'s type, to find the rows of a
   * file that are already there. */
  GPtrArray       *(*list)     (HgWorkbook    *workbook,
                                GError       **error);
  /* What makes @row a record: two rows that share one of these keys
   * (made with hg_register_import_key()) are the same record. */
  GStrv            (*keys)     (gconstpointer  row);
} HgRegisterImportSpec;

typedef struct _HgRegisterImport HgRegisterImport;

gboolean          hg_register_import_match       (const char *const (*aliases)[HG_REGISTER_IMPORT_ALIASES],
                                                  guint              n_columns,
                                                  const char        *header,
                                                  guint             *column);
/* _new() reads nothing and _check_rows() only @reader: the window checks
 * a file in a thread. */
HgRegisterImport *hg_register_import_new         (const HgRegisterImportSpec *spec);
gboolean          hg_register_import_check_rows  (HgRegisterImport  *import,
                                                  HgSheetReader     *reader,
                                                  HgJob             *job,
                                                  GError           **error);
HgRegisterImport *hg_register_import_prepare_file (const HgRegisterImportSpec *spec,
                                                   const char        *path,
                                                   GError           **error);
void              hg_register_import_free        (HgRegisterImport  *import);
const char       *hg_register_import_get_file    (HgRegisterImport  *import);
guint             hg_register_import_get_n_rows  (HgRegisterImport  *import);
guint             hg_register_import_get_line    (HgRegisterImport  *import,
                                                  guint              index);
gconstpointer     hg_register_import_get_row     (HgRegisterImport  *import,
                                                  guint              index);
GStrv             hg_register_import_describe_row (HgRegisterImport *import,
                                                   guint             index);
guint             hg_register_import_get_n_columns (HgRegisterImport *import);
const char       *hg_register_import_get_title   (HgRegisterImport  *import,
                                                  guint              column);
GPtrArray        *hg_register_import_get_problems (HgRegisterImport *import);
guint             hg_register_import_get_n_problems (HgRegisterImport *import);
GStrv             hg_register_import_get_unknown_columns (HgRegisterImport *import);
/* Rows already in the register are skipped by _apply(), not refused. */
gboolean          hg_register_import_mark_existing (HgRegisterImport *import,
                                                    HgWorkbook       *workbook,
                                                    GError          **error);
gboolean          hg_register_import_is_existing (HgRegisterImport  *import,
                                                  guint              index);
guint             hg_register_import_get_n_existing (HgRegisterImport *import);
/* A key of the fields given (the list ends with NULL), each trimmed and with its widths
 * folded (NFKC), for HgRegisterImportSpec.keys. */
char             *hg_register_import_key         (const char        *field,
                                                  ...) G_GNUC_NULL_TERMINATED;
gboolean          hg_register_import_check       (HgRegisterImport  *import,
                                                  GError           **error);
gboolean          hg_register_import_apply       (HgWorkbook        *workbook,
                                                  HgRegisterImport  *import,
                                                  GError           **error);

/* Notes that @value of @column keeps line @line out, for @reason. */
void              hg_register_import_refuse      (HgImportSheet     *sheet,
                                                  guint              line,
                                                  guint              column,
                                                  const char        *value,
                                                  const char        *reason);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRegisterImport, hg_register_import_free)

G_END_DECLS
