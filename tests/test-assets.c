/* test-assets.c: the asset register's rules and storage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-date.h"
#include "hg-asset.h"
#include "hg-asset-columns.h"
#include "hg-asset-files.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-person.h"
#include "hg-db.h"
#include "hg-department.h"
#include "hg-error.h"
#include "hg-test-util.h"
#include "hg-text.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "assets.hinagata", "株式会社台帳");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static HgAssetData *
make (const char *name,
      guint       c,
      guint       i,
      guint       a,
      HgAssetFlags flags)
{
  HgAssetData *d = hg_asset_data_new ();

  hg_text_set (&d->name, name);
  d->confidentiality = c;
  d->integrity = i;
  d->availability = a;
  d->flags = flags;
  return d;
}

static void
test_importance_rule (void)
{
  /* The highest of the three... */
  g_assert_cmpuint (hg_asset_rule_importance (1, 1, 1, 0), ==, 1);
  g_assert_cmpuint (hg_asset_rule_importance (2, 1, 1, 0), ==, 2);
  g_assert_cmpuint (hg_asset_rule_importance (1, 3, 1, 0), ==, 3);
  g_assert_cmpuint (hg_asset_rule_importance (1, 1, 2, 0), ==, 2);
  /* ...and 3 whenever any personal-information flag is set. */
  g_assert_cmpuint (hg_asset_rule_importance (1, 1, 1, HG_ASSET_PERSONAL), ==, 3);
  g_assert_cmpuint (hg_asset_rule_importance (1, 1, 1, HG_ASSET_SENSITIVE), ==, 3);
  g_assert_cmpuint (hg_asset_rule_importance (1, 1, 1, HG_ASSET_MY_NUMBER), ==, 3);
}

static void
test_importance_raise_rules (void)
{
  g_autoptr(HgAssetData) d = make ("見積書", 2, 1, 1, 0);
  g_autoptr(GPtrArray) problems = NULL;

  /* Raised to 3 with a reason: fine. */
  d->importance_raised = 3;
  hg_text_set (&d->importance_reason, "主要取引先との契約で特に重要");
  problems = hg_asset_validate (d);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (hg_asset_data_get_importance (d), ==, 3);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Without a reason: refused. */
  hg_text_set (&d->importance_reason, "");
  problems = hg_asset_validate (d);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Never at or below the rule: 2 is what the ratings already give. */
  d->importance_raised = 2;
  hg_text_set (&d->importance_reason, "理由");
  problems = hg_asset_validate (d);
  g_assert_cmpuint (problems->len, ==, 1);
}

/* The register's texts go through the one text check: a colour escape in
 * the name, DEL in the users, invalid UTF-8 in the retention and a too
 * long reason are each named; the notes may hold line breaks. */
static void
test_text_checks (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HgAssetData) d = make ("顧客\x1b[31m名簿", 1, 1, 1, 0);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_reason = g_strnfill (HG_ASSET_REASON_MAX + 1, 'x');

  hg_text_set (&d->notes, "一行目\n\t二行目");
  hg_text_set (&d->users, "営業部\x7f");
  hg_text_set (&d->retention, "3\xe5\xb9");
  hg_text_set (&d->importance_reason, long_reason);
  problems = hg_asset_validate (d);
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_cmpstr (problems->pdata[0], ==,
                   "Asset name: Contains a control character (U+001B) at position 3");
  g_assert_cmpstr (problems->pdata[1], ==,
                   "Users: Contains a control character (U+007F) at position 4");
  g_assert_cmpstr (problems->pdata[2], ==, "Retention: Not valid UTF-8 text at position 2");
  g_assert_cmpstr (problems->pdata[3], ==,
                   "Reason for the importance: Write at most 200 characters");

  g_assert_cmpint (hg_asset_store_add (f->workbook, d, &error), ==, 0);
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (hg_asset_store_add_medium (f->workbook, "\xc2\x9b" "0m", &error), ==, 0);
  g_assert_cmpstr (error->message, ==, "Medium or storage place: Contains a control character "
                                       "(U+009B) at position 1");
  g_clear_error (&error);
  g_assert_false (hg_asset_store_set_label (f->workbook, 1, "社外秘\x1b", &error));
  g_assert_cmpstr (error->message, ==, "Classification label: Contains a control character "
                                       "(U+001B) at position 4");
}

static void
test_sql_agrees_with_rule (Fixture       *f,
                           gconstpointer  data)
{
  sqlite3 *db = hg_workbook_get_db (f->workbook);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint checked = 0;

  /* The generated column and the C rule are two writings of one rule. */
  for (guint c = 1; c <= 3; c++)
    for (guint i = 1; i <= 3; i++)
      for (guint a = 1; a <= 3; a++)
        for (guint flags = 0; flags < 8; flags++)
          {
            g_autoptr(HgAssetData) d = make ("規則", c, i, a, flags);
            g_autoptr(GError) error = NULL;
            gint64 id = hg_asset_store_add (f->workbook, d, &error);
            g_autofree char *sql = g_strdup_printf ("SELECT importance FROM asset WHERE id = %"
                                                    G_GINT64_FORMAT, id);

            g_assert_no_error (error);
            g_assert_cmpint (hg_db_query_int (db, sql, 0), ==,
                             hg_asset_rule_importance (c, i, a, flags));
            checked++;
          }
  g_assert_cmpuint (checked, ==, 216);
}

static void
test_add_update_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) d = make ("顧客名簿", 3, 2, 2, HG_ASSET_PERSONAL);
  g_autoptr(HgAssetData) back = NULL;
  g_autoptr(GPtrArray) media = hg_asset_store_list_media (f->workbook);
  gint64 dept = hg_department_add (f->workbook, "営業部", &error);
  gint64 id;

  g_assert_cmpuint (media->len, ==, 6);
  g_assert_cmpstr (((HgNamedItem *) media->pdata[5])->name, ==, "社外サーバ（クラウド）");

  hg_text_set (&d->business_category, "営業");
  hg_text_set (&d->notes, "取引先の担当者");
  hg_text_set (&d->users, "営業部");
  hg_text_set (&d->retention, "3年");
  d->department_id = dept;
  d->medium_id = ((HgNamedItem *) media->pdata[5])->id;
  id = hg_asset_store_add (f->workbook, d, &error);
  g_assert_no_error (error);

  back = hg_asset_store_get (f->workbook, id);
  g_assert_cmpstr (back->name, ==, "顧客名簿");
  g_assert_cmpstr (back->notes, ==, "取引先の担当者");
  g_assert_cmpint (back->department_id, ==, dept);
  g_assert_cmpint (back->medium_id, ==, d->medium_id);
  g_assert_cmpuint (back->flags, ==, HG_ASSET_PERSONAL);
  g_assert_cmpuint (hg_asset_data_get_importance (back), ==, 3);
  g_assert_cmpuint (strlen (back->registered_on), ==, 10);
  g_assert_cmpstr (back->registered_on, ==, back->updated_on);

  /* Disposal needs a date. */
  back->disposed = TRUE;
  g_assert_false (hg_asset_store_update (f->workbook, back, &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  hg_text_set (&back->disposed_on, "2026-11-30");
  hg_text_set (&back->disposal_method, "シュレッダー");
  g_assert_true (hg_asset_store_update (f->workbook, back, &error));
  g_assert_no_error (error);
  g_clear_pointer (&back, hg_asset_data_free);
  back = hg_asset_store_get (f->workbook, id);
  g_assert_true (back->disposed);
  g_assert_cmpstr (back->disposal_method, ==, "シュレッダー");

  /* Saving an unchanged asset is not an edit. */
  g_assert_true (hg_workbook_can_undo (f->workbook));
  while (hg_workbook_can_undo (f->workbook))
    hg_workbook_undo (f->workbook, NULL);
  g_assert_true (hg_workbook_redo (f->workbook, &error)); /* department */
  g_assert_true (hg_workbook_redo (f->workbook, &error)); /* asset */
  g_clear_pointer (&back, hg_asset_data_free);
  back = hg_asset_store_get (f->workbook, id);
  g_assert_true (hg_asset_store_update (f->workbook, back, &error));
  g_assert_true (hg_workbook_can_redo (f->workbook));
}

/* 特定個人情報 is personal information by law: a My Number asset is stored
 * as personal too, whoever writes it (the dialog, an import, the CLI). */
static void
test_my_number_is_personal (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(HgAssetData) d = make ("マイナンバー管理簿", 1, 1, 1, HG_ASSET_MY_NUMBER);
  g_autoptr(HgAssetData) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpuint (hg_asset_rule_flags (HG_ASSET_MY_NUMBER), ==,
                    HG_ASSET_MY_NUMBER | HG_ASSET_PERSONAL);
  g_assert_cmpuint (hg_asset_rule_flags (HG_ASSET_SENSITIVE), ==, HG_ASSET_SENSITIVE);
  id = hg_asset_store_add (f->workbook, d, &error);
  g_assert_no_error (error);
  stored = hg_asset_store_get (f->workbook, id);
  g_assert_cmpuint (stored->flags, ==, HG_ASSET_MY_NUMBER | HG_ASSET_PERSONAL);
  g_assert_cmpuint (hg_asset_data_get_importance (stored), ==, 3);
}

static void
test_bulk_edit_is_one_step (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  HgAssetBulkEdit edit = HG_ASSET_BULK_EDIT_INIT;
  gint64 dept = hg_department_add (f->workbook, "製造部", &error);

  for (int i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("図面%02d", i);
      g_autoptr(HgAssetData) d = make (name, 1, 1, 1, 0);
      gint64 id = hg_asset_store_add (f->workbook, d, &error);
      g_array_append_val (ids, id);
    }

  edit.department_id = dept;
  edit.confidentiality = 3;
  g_assert_true (hg_asset_store_bulk_edit (f->workbook, (gint64 *) ids->data, ids->len, &edit,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                    "SELECT count(*) FROM asset WHERE importance = 3 "
                                    "AND department_id IS NOT NULL", 0), ==, 50);
  g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit 50 Assets");

  /* One undo takes back all fifty. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                    "SELECT count(*) FROM asset WHERE importance = 1 "
                                    "AND department_id IS NULL", 0), ==, 50);
  g_assert_true (hg_workbook_redo (f->workbook, &error));
  g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                    "SELECT count(*) FROM asset WHERE confidentiality = 3", 0),
                   ==, 50);

  /* The manager too: twenty imported rows without one get theirs in one
   * step, and "No one" clears it again. */
  {
    g_autoptr(HgPerson) person = hg_person_new ("製造 部長", 0, "", "");
    gint64 manager = hg_person_add (f->workbook, person, &error);
    HgAssetBulkEdit owner = HG_ASSET_BULK_EDIT_INIT;

    g_assert_no_error (error);
    owner.owner_id = manager;
    g_assert_true (hg_asset_store_bulk_edit (f->workbook, (gint64 *) ids->data, 20, &owner,
                                             &error));
    g_assert_no_error (error);
    g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                      "SELECT count(*) FROM asset WHERE owner_id IS NOT NULL", 0),
                     ==, 20);
    g_assert_cmpstr (hg_workbook_get_undo_label (f->workbook), ==, "Edit 20 Assets");
    /* The other fields were kept. */
    g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                      "SELECT count(*) FROM asset WHERE confidentiality = 3", 0),
                     ==, 50);
    g_assert_true (hg_workbook_undo (f->workbook, &error));
    g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                      "SELECT count(*) FROM asset WHERE owner_id IS NOT NULL", 0),
                     ==, 0);
    g_assert_true (hg_workbook_redo (f->workbook, &error));
    owner.owner_id = 0;
    g_assert_true (hg_asset_store_bulk_edit (f->workbook, (gint64 *) ids->data, 20, &owner,
                                             &error));
    g_assert_cmpint (hg_db_query_int (hg_workbook_get_db (f->workbook),
                                      "SELECT count(*) FROM asset WHERE owner_id IS NOT NULL", 0),
                     ==, 0);
  }

  /* An out-of-range level is refused before anything is written. */
  edit.integrity = 4;
  g_assert_false (hg_asset_store_bulk_edit (f->workbook, (gint64 *) ids->data, ids->len, &edit,
                                            &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
}

static void
test_duplicate_and_remove (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) d = make ("見積書", 2, 2, 1, 0);
  g_autoptr(HgAssetData) copy = NULL;
  gint64 id = hg_asset_store_add (f->workbook, d, &error);
  gint64 dup = hg_asset_store_duplicate (f->workbook, id, &error);
  gint64 both[2] = { id, dup };

  g_assert_no_error (error);
  copy = hg_asset_store_get (f->workbook, dup);
  g_assert_cmpstr (copy->name, ==, "見積書 (copy)");
  g_assert_cmpuint (copy->confidentiality, ==, 2);

  g_assert_true (hg_asset_store_remove (f->workbook, both, 2, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "asset"), ==, 0);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "asset"), ==, 2);
}

static void
test_labels_and_counts (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint by_importance[4], by_level[4], personal, total;

  label = hg_asset_store_get_label (f->workbook, 3);
  g_assert_cmpstr (label, ==, "極秘");
  g_clear_pointer (&label, g_free);
  g_assert_true (hg_asset_store_set_label (f->workbook, 2, "秘", &error));
  label = hg_asset_store_get_label (f->workbook, 2);
  g_assert_cmpstr (label, ==, "秘");
  g_assert_false (hg_asset_store_set_label (f->workbook, 1, "", &error));
  g_clear_error (&error);

  g_assert_true (hg_asset_store_load_examples (f->workbook, &error));
  g_assert_no_error (error);

  /* The classification column follows confidentiality through the labels,
   * including a renamed one. */
  {
    g_autoptr(HgTable) rows = hg_asset_export_table (f->workbook);

    for (guint r = 0; r < hg_table_get_n_rows (rows); r++)
      {
        const char *c = hg_table_get_cell (rows, r, HG_ASSET_COL_CONFIDENTIALITY);
        const char *shown = hg_table_get_cell (rows, r, HG_ASSET_COL_LABEL);

        g_assert_cmpstr (shown, ==, g_str_equal (c, "3") ? "極秘"
                                    : g_str_equal (c, "2") ? "秘" : "公開");
      }
  }
  hg_asset_store_count (f->workbook, by_importance, by_level, &personal, &total);
  g_assert_cmpuint (total, ==, 20);
  g_assert_cmpuint (personal, ==, 6);
  g_assert_cmpuint (by_importance[1] + by_importance[2] + by_importance[3], ==, 20);
  g_assert_cmpuint (by_level[1] + by_level[2] + by_level[3], ==, 20);
  g_assert_cmpuint (by_importance[3], >=, personal);
  /* The examples made the departments they need. */
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 4);
  /* And one undo removes them all again. */
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "asset"), ==, 0);
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "department"), ==, 0);
}

static void
test_media (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssetData) d = make ("USBメモリの控え", 2, 1, 1, 0);
  g_autoptr(HgAssetData) back = NULL;
  gint64 medium = hg_asset_store_add_medium (f->workbook, "NAS", &error);
  gint64 id;

  g_assert_cmpint (medium, >, 0);
  g_assert_cmpint (hg_asset_store_add_medium (f->workbook, "NAS", &error), ==, 0);
  g_clear_error (&error);
  d->medium_id = medium;
  id = hg_asset_store_add (f->workbook, d, &error);
  g_assert_true (hg_asset_store_remove_medium (f->workbook, medium, &error));
  back = hg_asset_store_get (f->workbook, id);
  g_assert_cmpint (back->medium_id, ==, 0);
  g_clear_pointer (&back, hg_asset_data_free);
  g_assert_true (hg_workbook_undo (f->workbook, &error));
  back = hg_asset_store_get (f->workbook, id);
  g_assert_cmpint (back->medium_id, ==, medium);
}

static void
test_parsers (void)
{
  guint level = 0;
  gboolean flag = FALSE;
  g_autofree char *iso = NULL;

  g_assert_true (hg_asset_parse_level ("3", &level));
  g_assert_cmpuint (level, ==, 3);
  g_assert_true (hg_asset_parse_level ("２", &level));
  g_assert_cmpuint (level, ==, 2);
  g_assert_true (hg_asset_parse_level ("1.0", &level));
  g_assert_cmpuint (level, ==, 1);
  g_assert_false (hg_asset_parse_level ("4", &level));
  g_assert_false (hg_asset_parse_level ("高", &level));
  g_assert_false (hg_asset_parse_level ("", &level));

  g_assert_true (hg_asset_parse_flag ("○", &flag));
  g_assert_true (flag);
  g_assert_true (hg_asset_parse_flag ("", &flag));
  g_assert_false (flag);
  g_assert_true (hg_asset_parse_flag ("TRUE", &flag));
  g_assert_true (flag);
  g_assert_false (hg_asset_parse_flag ("たぶん", &flag));

  g_assert_true (hg_date_parse ("2026/4/1", &iso));
  g_assert_cmpstr (iso, ==, "2026-04-01");
  g_clear_pointer (&iso, g_free);
  g_assert_false (hg_date_parse ("2026-02-30", &iso));
  g_assert_false (hg_date_parse ("来年", &iso));
}

static void
test_fold (void)
{
  g_autofree char *a = hg_text_fold ("主要顧客リスト（ＰＣ）");
  g_autofree char *b = hg_text_fold ("顧客");
  g_autofree char *c = hg_text_fold ("pc");

  g_assert_nonnull (strstr (a, b));
  g_assert_nonnull (strstr (a, c));
}

/* HgAsset packs its data into one block: every field and the search key
 * must read back as given, empty and long strings alike. */
static void
test_packed_asset (void)
{
  HgAssetData *data = hg_asset_data_new ();
  g_autofree char *long_notes = g_strnfill (100000, 'x');
  g_autoptr(HgAsset) asset = NULL;
  const HgAssetData *d;

  data->id = 42;
  hg_text_set (&data->business_category, "営業");
  hg_text_set (&data->name, "主要顧客リスト");
  hg_text_set (&data->notes, long_notes);
  hg_text_set (&data->retention, "5年");
  hg_text_set (&data->disposal_method, "シュレッダー");
  data->confidentiality = 3;
  data->flags = HG_ASSET_PERSONAL;
  asset = hg_asset_new (data);
  d = hg_asset_get_data (asset);

  g_assert_cmpint (hg_asset_get_id (asset), ==, 42);
  g_assert_cmpstr (d->business_category, ==, "営業");
  g_assert_cmpstr (d->name, ==, "主要顧客リスト");
  g_assert_cmpstr (d->notes, ==, long_notes);
  g_assert_cmpstr (d->users, ==, "");
  g_assert_cmpstr (d->retention, ==, "5年");
  g_assert_cmpstr (d->disposed_on, ==, "");
  g_assert_cmpstr (d->disposal_method, ==, "シュレッダー");
  g_assert_cmpuint (d->confidentiality, ==, 3);
  g_assert_cmpuint (hg_asset_get_importance (asset), ==, 3);
  g_assert_true (g_str_has_prefix (hg_asset_get_search_key (asset), "主要顧客リスト\nxxx"));
  g_assert_true (g_str_has_suffix (hg_asset_get_search_key (asset), "xxx\n営業"));
}

/* The name alone, as the risk sheet's list shows it beside each risk. */
static void
test_get_name (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(HgAssetData) d = make ("顧客名簿", 3, 2, 2, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *missing = NULL;

  d->id = hg_asset_store_add (f->workbook, d, &error);
  g_assert_no_error (error);
  name = hg_asset_store_get_name (f->workbook, d->id);
  g_assert_cmpstr (name, ==, "顧客名簿");

  hg_text_set (&d->name, "顧客名簿（旧）");
  g_assert_true (hg_asset_store_update (f->workbook, d, &error));
  renamed = hg_asset_store_get_name (f->workbook, d->id);
  g_assert_cmpstr (renamed, ==, "顧客名簿（旧）");

  missing = hg_asset_store_get_name (f->workbook, d->id + 100);
  g_assert_null (missing);
}

/* The register read a part at a time: each part starts after the last id
 * of the one before, in id order, and the parts together are the whole. */
static void
test_load_after (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) all = NULL;
  gint64 ids[5];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *name = g_strdup_printf ("資産%u", i);
      g_autoptr(HgAssetData) d = make (name, 1, 1, 1, 0);

      ids[i] = hg_asset_store_add (f->workbook, d, &error);
      g_assert_no_error (error);
    }
  g_assert_true (hg_asset_store_remove (f->workbook, &ids[1], 1, &error));

  first = hg_asset_store_load_after (f->workbook, 0, 2);
  g_assert_cmpuint (first->len, ==, 2);
  g_assert_cmpint (hg_asset_get_id (g_ptr_array_index (first, 0)), ==, ids[0]);
  g_assert_cmpint (hg_asset_get_id (g_ptr_array_index (first, 1)), ==, ids[2]);
  g_assert_cmpstr (hg_asset_get_data (g_ptr_array_index (first, 1))->name, ==, "資産2");

  rest = hg_asset_store_load_after (f->workbook, ids[2], 10);
  g_assert_cmpuint (rest->len, ==, 2);
  g_assert_cmpint (hg_asset_get_id (g_ptr_array_index (rest, 0)), ==, ids[3]);
  g_assert_cmpint (hg_asset_get_id (g_ptr_array_index (rest, 1)), ==, ids[4]);

  none = hg_asset_store_load_after (f->workbook, ids[4], 10);
  g_assert_cmpuint (none->len, ==, 0);
  all = hg_asset_store_load_after (f->workbook, 0, -1);
  g_assert_cmpuint (all->len, ==, 4);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/assets/sql-agrees-with-rule", test_sql_agrees_with_rule);
  ADD ("/assets/add-update-round-trip", test_add_update_round_trip);
  ADD ("/assets/bulk-edit-one-step", test_bulk_edit_is_one_step);
  ADD ("/assets/duplicate-and-remove", test_duplicate_and_remove);
  ADD ("/assets/labels-and-counts", test_labels_and_counts);
  ADD ("/assets/media", test_media);
  ADD ("/assets/text-checks", test_text_checks);
  ADD ("/assets/get-name", test_get_name);
  ADD ("/assets/load-after", test_load_after);
  ADD ("/assets/my-number-is-personal", test_my_number_is_personal);
#undef ADD
  g_test_add_func ("/assets/importance-rule", test_importance_rule);
  g_test_add_func ("/assets/importance-raise", test_importance_raise_rules);
  g_test_add_func ("/assets/parsers", test_parsers);
  g_test_add_func ("/assets/fold", test_fold);
  g_test_add_func ("/assets/packed-asset", test_packed_asset);

  return g_test_run ();
}
