/* hg-test-risk.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-test-risk.h"
#include "hg-text.h"

HgRiskCatalogue *
hg_test_risk_catalogue (void)
{
  static const char *languages[] = { "ja", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  HgRiskCatalogue *catalogue;

  catalogue = hg_risk_catalogue_load_file (g_test_get_filename (G_TEST_DIST, "data",
                                                                "risk-catalogue-test.xml", NULL),
                                           languages, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

gint64
hg_test_risk_medium (HgWorkbook *workbook,
                     const char *name)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT id FROM medium WHERE name = ?1", NULL);

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

gint64
hg_test_risk_threat (HgWorkbook *workbook,
                     const char *key)
{
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (workbook),
                                                "SELECT id FROM risk_threat WHERE key = ?1", NULL);

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

gint64
hg_test_risk_add_asset (HgWorkbook *workbook,
                        const char *name,
                        const char *medium,
                        gint64      department_id,
                        guint       confidentiality,
                        guint       integrity,
                        guint       availability)
{
  g_autoptr(HgAssetData) d = hg_asset_data_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  hg_text_set (&d->name, name);
  d->medium_id = hg_test_risk_medium (workbook, medium);
  d->department_id = department_id;
  d->confidentiality = (guint8) confidentiality;
  d->integrity = (guint8) integrity;
  d->availability = (guint8) availability;
  id = hg_asset_store_add (workbook, d, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}
