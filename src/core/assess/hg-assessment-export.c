/* hg-assessment-export.c
 *
 * The customer asked for their own sheet back, filled in: so an imported
 * framework's answers go into a copy of the very file it came from, at
 * the cells the import noted (framework_import_cell), in the sheet's own
 * words (the scale labels read from its drop-down), and only once the file
 * is shown to be the one imported (its SHA-256). The report and the CSV
 * are for everyone else: the management, the auditor, a spreadsheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "hg-assessment-export.h"
#include "hg-csv.h"
#include "hg-db.h"
#include "hg-doc-writer.h"
#include "hg-xlsx-patch.h"

G_DEFINE_QUARK (hg-assessment-export-error-quark, hg_assessment_export_error)

static const char *const format_names[HG_ASSESSMENT_EXPORT_N_FORMATS] = {
  "xlsx", "csv", "pdf", "docx", "odt", "html",
};

gboolean
hg_assessment_export_format_from_name (const char               *name,
                                       HgAssessmentExportFormat *format)
{
  for (guint i = 0; i < HG_ASSESSMENT_EXPORT_N_FORMATS; i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = (HgAssessmentExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hg_assessment_export_format_get_name (HgAssessmentExportFormat format)
{
  g_return_val_if_fail (format < HG_ASSESSMENT_EXPORT_N_FORMATS, NULL);
  return format_names[format];
}

char *
hg_assessment_export_format_list (void)
{
  return g_strjoinv ("|", (char **) format_names);
}

HgAssessment *
hg_assessment_export_pick (HgWorkbook  *workbook,
                           const char  *framework_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  HgAssessment *open = hg_assessment_get_open (workbook, framework_id, error);

  if (open != NULL)
    return open;
  if (error != NULL && *error != NULL)
    return NULL;
  all = hg_assessment_list (workbook, error);
  if (all == NULL)
    return NULL;
  /* Newest first: the first of the framework is the latest frozen one. */
  for (guint i = 0; i < all->len; i++)
    {
      HgAssessment *a = g_ptr_array_index (all, i);

      if (g_strcmp0 (a->framework, framework_id) == 0)
        return g_ptr_array_steal_index (all, i);
    }
  g_set_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_NO_ASSESSMENT,
               _("Nothing has been answered yet for “%s”: there is no assessment to export."),
               framework_id);
  return NULL;
}

HgFrameworkAnswer *
hg_assessment_export_answer_of (HgFramework *framework,
                                GHashTable  *answers,
                                const char  *ref)
{
  HgAssessmentAnswer *a = g_hash_table_lookup (answers, ref);

  return a != NULL && a->value != NULL ? hg_framework_find_answer (framework, a->value) : NULL;
}

gboolean
hg_assessment_export_is_imported (HgWorkbook  *workbook,
                                  const char  *framework_id,
                                  char       **source_name)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT source_name FROM framework_import "
                                                "WHERE framework = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, framework_id, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  if (source_name != NULL)
    *source_name = hg_db_column_dup (stmt, 0);
  return TRUE;
}

struct _HgAssessmentExport
{
  HgAssessmentExportFormat format;
  char      *sha256;    /* XLSX: the source's digest at import */
  GPtrArray *strings;   /* XLSX: owns what the edits point to */
  GArray    *edits;     /* XLSX: HgXlsxEdit */
  HgTable   *table;     /* CSV */
  HgDoc     *doc;       /* the report */
};

void
hg_assessment_export_free (HgAssessmentExport *e)
{
  if (e == NULL)
    return;
  g_free (e->sha256);
  g_clear_pointer (&e->strings, g_ptr_array_unref);
  g_clear_pointer (&e->edits, g_array_unref);
  g_clear_pointer (&e->table, hg_table_free);
  g_clear_pointer (&e->doc, hg_doc_free);
  g_free (e);
}

/* ---- Write-back ---------------------------------------------------------------- */

static void
add_edit (HgAssessmentExport *e,
          const char         *sheet,
          const char         *cell,
          const char         *text)
{
  HgXlsxEdit edit = { g_strdup (sheet), g_strdup (cell), g_strdup (text) };

  g_ptr_array_add (e->strings, (gpointer) edit.sheet);
  g_ptr_array_add (e->strings, (gpointer) edit.cell);
  g_ptr_array_add (e->strings, (gpointer) edit.text);
  g_array_append_val (e->edits, edit);
}

static gboolean
read_cells (HgAssessmentExport  *e,
            HgWorkbook          *workbook,
            HgFramework         *framework,
            GHashTable          *answers,
            GError             **error)
{
  sqlite3 *db = hg_workbook_get_db (workbook);
  const char *id = hg_framework_get_id (framework);
  g_autoptr(sqlite3_stmt) source = NULL;
  g_autoptr(sqlite3_stmt) cells = NULL;
  int rc;

  source = hg_db_prepare (db, "SELECT source_sha256 FROM framework_import WHERE framework = ?1",
                          error);
  if (source == NULL)
    return FALSE;
  sqlite3_bind_text (source, 1, id, -1, SQLITE_STATIC);
  if (sqlite3_step (source) != SQLITE_ROW)
    {
      g_set_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_NOT_IMPORTED,
                   _("“%s” was not imported from an Excel check sheet, so there is no sheet to "
                     "write its answers back into. Export a report or CSV instead."),
                   hg_framework_get_title (framework));
      return FALSE;
    }
  e->sha256 = hg_db_column_dup (source, 0);
  e->strings = g_ptr_array_new_with_free_func (g_free);
  e->edits = g_array_new (FALSE, FALSE, sizeof (HgXlsxEdit));

  cells = hg_db_prepare (db, "SELECT ref, sheet, answer_cell, note_cell FROM framework_import_cell"
                             " WHERE framework = ?1 ORDER BY sheet, ref", error);
  if (cells == NULL)
    return FALSE;
  sqlite3_bind_text (cells, 1, id, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (cells)) == SQLITE_ROW)
    {
      const char *ref = (const char *) sqlite3_column_text (cells, 0);
      const char *sheet = (const char *) sqlite3_column_text (cells, 1);
      const char *answer_cell = (const char *) sqlite3_column_text (cells, 2);
      const char *note_cell = (const char *) sqlite3_column_text (cells, 3);
      HgAssessmentAnswer *a = g_hash_table_lookup (answers, ref);
      HgFrameworkAnswer *scale = hg_assessment_export_answer_of (framework, answers, ref);

      /* Only what was answered: an item left open keeps what the sheet
       * says, so nobody's earlier entry is wiped. */
      if (scale == NULL)
        continue;
      add_edit (e, sheet, answer_cell, scale->label);
      if (note_cell != NULL && note_cell[0] != '\0' && a->note != NULL && a->note[0] != '\0')
        add_edit (e, sheet, note_cell, a->note);
    }
  if (rc != SQLITE_DONE)
    {
      hg_db_set_error (db, error, "Reading the cells of an imported check sheet");
      return FALSE;
    }
  return TRUE;
}

/* ---- CSV ----------------------------------------------------------------------- */

static const char *
status_word (const HgFrameworkAnswer *answer)
{
  if (answer == NULL)
    return C_("assessment status", "Unanswered");
  switch (answer->status)
    {
    case HG_ANSWER_MET:
      return C_("assessment status", "Met");
    case HG_ANSWER_PARTLY:
      return C_("assessment status", "Partly met");
    case HG_ANSWER_NOT:
      return C_("assessment status", "Not met");
    case HG_ANSWER_NA:
      return C_("assessment status", "Not applicable");
    case HG_ANSWER_UNKNOWN:
    default:
      return C_("assessment status", "Unknown");
    }
}

static HgTable *
make_table (HgFramework *framework,
            GHashTable  *answers)
{
  HgTable *table = hg_table_new ();
  GPtrArray *sections = hg_framework_get_sections (framework);
  const char *header[] = {
    /* Translators: column headers of the assessment's CSV export */
    _("Ref"), C_("assessment", "Level"), _("Section"), _("Requirement"), _("Answer"), _("Status"),
    _("Note"), _("Owner"), _("Due"), NULL,
  };

  hg_table_add_row (table, g_strdupv ((char **) header), 1);
  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          HgAssessmentAnswer *a = g_hash_table_lookup (answers, item->ref);
          HgFrameworkAnswer *scale = hg_assessment_export_answer_of (framework, answers,
                                                                     item->ref);
          /* The guard against formulas is hg_csv_write_file()'s. */
          char *cells[] = {
            g_strdup (item->ref), g_strdup (item->level ? item->level : ""),
            g_strdup (section->title), g_strdup (item->text),
            g_strdup (scale != NULL ? scale->label : ""), g_strdup (status_word (scale)),
            g_strdup (a != NULL && a->note ? a->note : ""),
            g_strdup (a != NULL && a->owner ? a->owner : ""),
            g_strdup (a != NULL && a->due ? a->due : ""), NULL,
          };

          hg_table_add_row (table, g_memdup2 (cells, sizeof cells),
                            hg_table_get_n_rows (table) + 1);
        }
    }
  return table;
}

/* ---- All of them ----------------------------------------------------------------- */

HgAssessmentExport *
hg_assessment_export_new (HgWorkbook               *workbook,
                          HgFramework              *framework,
                          HgAssessmentExportFormat  format,
                          GError                  **error)
{
  g_autoptr(HgAssessmentExport) e = NULL;
  g_autoptr(HgAssessment) assessment = NULL;
  g_autoptr(GHashTable) answers = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);
  g_return_val_if_fail (framework != NULL, NULL);
  g_return_val_if_fail (format < HG_ASSESSMENT_EXPORT_N_FORMATS, NULL);

  assessment = hg_assessment_export_pick (workbook, hg_framework_get_id (framework), error);
  if (assessment == NULL)
    return NULL;
  answers = hg_assessment_get_answers (workbook, assessment->id, error);
  if (answers == NULL)
    return NULL;

  e = g_new0 (HgAssessmentExport, 1);
  e->format = format;
  switch (format)
    {
    case HG_ASSESSMENT_EXPORT_XLSX:
      if (!read_cells (e, workbook, framework, answers, error))
        return NULL;
      break;
    case HG_ASSESSMENT_EXPORT_CSV:
      e->table = make_table (framework, answers);
      break;
    case HG_ASSESSMENT_EXPORT_PDF:
    case HG_ASSESSMENT_EXPORT_DOCX:
    case HG_ASSESSMENT_EXPORT_ODT:
    case HG_ASSESSMENT_EXPORT_HTML:
      e->doc = hg_assessment_report_build (workbook, framework, assessment, error);
      if (e->doc == NULL)
        return NULL;
      break;
    case HG_ASSESSMENT_EXPORT_N_FORMATS:
    default:
      g_assert_not_reached ();
    }
  return g_steal_pointer (&e);
}

const HgDoc *
hg_assessment_export_get_doc (HgAssessmentExport *e)
{
  return e->doc;
}

HgAssessmentExportFormat
hg_assessment_export_get_format (HgAssessmentExport *e)
{
  return e->format;
}

gboolean
hg_assessment_export_write (HgAssessmentExport  *e,
                            const char          *path,
                            const char          *original,
                            HgJob               *job,
                            GError             **error)
{
  static const HgDocFormat doc_formats[] = {
    [HG_ASSESSMENT_EXPORT_PDF] = HG_DOC_FORMAT_PDF,
    [HG_ASSESSMENT_EXPORT_DOCX] = HG_DOC_FORMAT_DOCX,
    [HG_ASSESSMENT_EXPORT_ODT] = HG_DOC_FORMAT_ODT,
    [HG_ASSESSMENT_EXPORT_HTML] = HG_DOC_FORMAT_HTML,
  };

  g_return_val_if_fail (e != NULL && path != NULL, FALSE);

  switch (e->format)
    {
    case HG_ASSESSMENT_EXPORT_XLSX:
      if (original == NULL)
        {
          g_set_error (error, HG_ASSESSMENT_EXPORT_ERROR, HG_ASSESSMENT_EXPORT_ERROR_USAGE,
                       _("Writing the answers back needs the Excel file the check sheet was "
                         "imported from."));
          return FALSE;
        }
      return hg_xlsx_patch_file (original, e->sha256, path,
                                 (const HgXlsxEdit *) (void *) e->edits->data, e->edits->len,
                                 job, error);
    case HG_ASSESSMENT_EXPORT_CSV:
      return hg_csv_write_file (path, e->table, error);
    case HG_ASSESSMENT_EXPORT_PDF:
    case HG_ASSESSMENT_EXPORT_DOCX:
    case HG_ASSESSMENT_EXPORT_ODT:
    case HG_ASSESSMENT_EXPORT_HTML:
      return hg_doc_write_job (e->doc, doc_formats[e->format], path, job, error);
    case HG_ASSESSMENT_EXPORT_N_FORMATS:
    default:
      g_assert_not_reached ();
    }
}

gboolean
hg_assessment_export (HgWorkbook               *workbook,
                      HgFramework              *framework,
                      HgAssessmentExportFormat  format,
                      const char               *path,
                      const char               *original,
                      HgJob                    *job,
                      GError                  **error)
{
  g_autoptr(HgAssessmentExport) e = hg_assessment_export_new (workbook, framework, format, error);

  return e != NULL && hg_assessment_export_write (e, path, original, job, error);
}
