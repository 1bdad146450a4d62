/* hg-publication.c
 *
 * A publication names an approved version, never today's text: what was
 * shown to staff or on the web is what was approved, and a later version
 * needs publishing again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-publication"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-date.h"
#include "hg-db.h"
#include "hg-error.h"
#include "hg-publication.h"
#include "hg-text.h"

void
hg_publication_free (HgPublication *publication)
{
  if (publication == NULL)
    return;
  g_free (publication->document);
  g_free (publication->place);
  g_free (publication->published_on);
  g_free (publication);
}

GPtrArray *
hg_publication_list (HgWorkbook *workbook,
                     const char *pack_id,
                     const char *document_id)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_publication_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), list);

  stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                        "SELECT id, document, number, place, published_on "
                        "FROM document_publication WHERE pack = ?1 AND document = ?2 "
                        "ORDER BY published_on DESC, id DESC", NULL);
  if (stmt == NULL)
    return list;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      HgPublication *p = g_new0 (HgPublication, 1);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->document = hg_db_column_dup (stmt, 1);
      p->number = (guint) sqlite3_column_int (stmt, 2);
      p->place = hg_db_column_dup (stmt, 3);
      p->published_on = hg_db_column_dup (stmt, 4);
      g_ptr_array_add (list, p);
    }
  return list;
}

/* The approval date of version @number (0: the latest), and its number;
 * NULL when there is no such version. */
static char *
approved_on (HgWorkbook *workbook,
             const char *pack_id,
             const char *document_id,
             guint      *number)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT number, approved_on FROM document_revision "
                                                "WHERE pack = ?1 AND document = ?2 "
                                                "AND (?3 = 0 OR number = ?3) "
                                                "ORDER BY number DESC LIMIT 1", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pack_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, document_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, (int) *number);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  *number = (guint) sqlite3_column_int (stmt, 0);
  return hg_db_column_dup (stmt, 1);
}

typedef struct
{
  const char *pack;
  const char *document;
  guint       number;
  const char *place;
  const char *date;
} Publication;

static gboolean
record_cb (sqlite3  *db,
           gpointer  user_data,
           GError  **error)
{
  Publication *p = user_data;
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (db, "INSERT INTO document_publication "
                                                    "(pack, document, number, place, "
                                                    "published_on) VALUES (?1, ?2, ?3, ?4, ?5)",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, p->pack, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, p->document, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, (int) p->number);
  sqlite3_bind_text (stmt, 4, p->place, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, p->date, -1, SQLITE_STATIC);
  return hg_db_step_done (stmt, error);
}

gboolean
hg_publication_record (HgWorkbook  *workbook,
                       const char  *pack_id,
                       const char  *document_id,
                       guint        number,
                       const char  *place,
                       const char  *date,
                       guint       *recorded,
                       GError     **error)
{
  g_autofree char *clean_place = hg_text_normalize (place ? place : "");
  g_autofree char *approval = NULL;
  g_autofree char *day = NULL;
  const char *problem;
  guint found = number;
  Publication p;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), FALSE);
  g_return_val_if_fail (pack_id != NULL && document_id != NULL, FALSE);

  approval = approved_on (workbook, pack_id, document_id, &found);
  if (approval == NULL && number == 0)
    {
      g_set_error_literal (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                           _("The document has no approved version yet: approve it before "
                             "you record where it is published"));
      return FALSE;
    }
  if (approval == NULL)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_NOT_FOUND,
                   _("Version %u of the document was never approved"), number);
      return FALSE;
    }
  if ((problem = hg_text_check (clean_place, HG_PUBLICATION_PLACE_MAX,
                                HG_TEXT_ONE_LINE | HG_TEXT_REQUIRED)))
    return hg_error_invalid_field (error, _("Published where"), problem);
  if (!hg_date_parse_or_today (date, _("Published on"), &day, error))
    return FALSE;
  /* A version cannot have been shown before it existed: such a date is a
   * typing slip, and would make the record claim what did not happen. */
  if (g_strcmp0 (day, approval) < 0)
    {
      g_set_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID,
                   _("Published on: %s is before version %u was approved (%s)"), day, found,
                   approval);
      return FALSE;
    }

  p = (Publication) { pack_id, document_id, found, clean_place, day };
  /* Translators: the name of an undo step */
  if (!hg_workbook_edit (workbook, _("Record Publication"), record_cb, &p, error))
    return FALSE;
  if (recorded != NULL)
    *recorded = found;
  return TRUE;
}
