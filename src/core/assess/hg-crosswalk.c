/* hg-crosswalk.c
 *
 * Read from the same evidence map the suggestions use, so the table and
 * the suggestions never disagree: a JAMA item belongs to a chapter when one
 * of its rule checks names that chapter, a section or a rule in it; the
 * checks that read a register or a record belong to the chapter whose rules
 * ask for that record (training → 人的対策, the register → 情報資産管理).
 * The chapters are those of today's rules, as the company's pack makes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-crosswalk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-company.h"
#include "hg-crosswalk.h"
#include "hg-evidence-map.h"
#include "hg-policy.h"

#define RULES_DOCUMENT "rules"

void
hg_crosswalk_row_free (HgCrosswalkRow *row)
{
  if (row == NULL)
    return;
  g_free (row->chapter);
  g_free (row->number);
  g_free (row->title);
  g_strfreev (row->jama);
  g_strfreev (row->meti);
  g_free (row);
}

/* The chapter of the rules that holds @id (itself a chapter, a section or
 * a rule), or NULL. */
static const char *
chapter_of (const HgBlock *parent,
            const char    *id,
            const char    *chapter)
{
  for (guint i = 0; parent->children != NULL && i < parent->children->len; i++)
    {
      const HgBlock *child = g_ptr_array_index (parent->children, i);
      const char *in = child->kind == HG_BLOCK_CHAPTER ? child->id : chapter;
      const char *found;

      if (g_strcmp0 (child->id, id) == 0)
        return in;
      if ((found = chapter_of (child, id, in)) != NULL)
        return found;
    }
  return NULL;
}

static const char *
record_chapter (HgCheckKind kind)
{
  switch (kind)
    {
    case HG_CHECK_TRAINING:
    case HG_CHECK_RECEIPTS:
      return "ch_people";
    case HG_CHECK_ASSETS:
      return "ch_assets";
    case HG_CHECK_CONTACTS:
      return "ch_incidents";
    case HG_CHECK_ROLE:
    case HG_CHECK_REVIEWED:
    case HG_CHECK_RISKS:
      return "ch_org";
    case HG_CHECK_POLICY_APPROVED:  /* the basic policy, not a chapter */
    case HG_CHECK_RULE:
    default:
      return NULL;
    }
}

static void
add_number (GHashTable *by_chapter,
            const char *chapter,
            const char *number)
{
  GPtrArray *numbers = g_hash_table_lookup (by_chapter, chapter);

  if (numbers == NULL)
    {
      numbers = g_ptr_array_new ();
      g_hash_table_insert (by_chapter, (gpointer) chapter, numbers);
    }
  if (!g_ptr_array_find_with_equal_func (numbers, number, g_str_equal, NULL))
    g_ptr_array_add (numbers, (gpointer) number);
}

static int
by_number (gconstpointer a,
           gconstpointer b)
{
  return (int) g_ascii_strtoll (*(const char **) a, NULL, 10)
         - (int) g_ascii_strtoll (*(const char **) b, NULL, 10);
}

/* chapter id → GPtrArray of JAMA numbers (borrowed from @map). */
static GHashTable *
jama_by_chapter (HgEvidenceMap *map,
                 const HgBlock *rules)
{
  GHashTable *by_chapter = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *items = hg_evidence_map_get_items (map);

  for (guint i = 0; i < items->len; i++)
    {
      HgEvidenceItem *item = g_ptr_array_index (items, i);
      const char *number = item->key + strlen ("jama:");

      if (!g_str_has_prefix (item->key, "jama:"))
        continue;
      for (guint c = 0; c < item->checks->len; c++)
        {
          HgCheck *check = g_ptr_array_index (item->checks, c);

          if (check->kind != HG_CHECK_RULE)
            {
              if (record_chapter (check->kind) != NULL)
                add_number (by_chapter, record_chapter (check->kind), number);
              continue;
            }
          for (guint k = 0; check->ids[k] != NULL; k++)
            {
              const char *chapter = chapter_of (rules, check->ids[k], NULL);

              if (chapter != NULL)
                add_number (by_chapter, chapter, number);
            }
        }
    }
  return by_chapter;
}

static GStrv
meti_citing (HgEvidenceMap *map,
             GPtrArray     *numbers)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; numbers != NULL && i < numbers->len; i++)
    {
      g_autoptr(GPtrArray) citing = hg_evidence_map_meti_citing (map, numbers->pdata[i]);

      for (guint c = 0; c < citing->len; c++)
        if (g_hash_table_add (seen, citing->pdata[c]))
          g_strv_builder_add (builder, citing->pdata[c]);
    }
  return g_strv_builder_end (builder);
}

static int
by_criterion (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

GPtrArray *
hg_crosswalk_rows (HgWorkbook  *workbook,
                   GError     **error)
{
  HgEvidenceMap *map = hg_evidence_map_get_builtin (error);
  g_autoptr(HgPack) pack = NULL;
  g_autoptr(HgDoc) doc = NULL;
  g_autoptr(GHashTable) by_chapter = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_crosswalk_row_free);
  GPtrArray *documents;
  const HgBlock *rules = NULL;

  if (map == NULL || (pack = hg_policy_load_pack (workbook, error)) == NULL
      || (doc = hg_policy_build_document (workbook, pack, RULES_DOCUMENT, error)) == NULL)
    return NULL;
  documents = hg_pack_get_documents (pack);
  for (guint d = 0; d < documents->len; d++)
    if (g_strcmp0 (((HgBlock *) documents->pdata[d])->id, RULES_DOCUMENT) == 0)
      rules = documents->pdata[d];
  if (rules == NULL)
    return g_steal_pointer (&rows);
  by_chapter = jama_by_chapter (map, rules);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      HgDocBlock *b = g_ptr_array_index (doc->blocks, i);
      GPtrArray *numbers;
      HgCrosswalkRow *row;

      if (b->kind != HG_DOC_HEADING || b->level != 1 || b->key == NULL || b->number == NULL)
        continue;
      numbers = g_hash_table_lookup (by_chapter, b->key);
      row = g_new0 (HgCrosswalkRow, 1);
      row->chapter = g_strdup (b->key);
      row->number = g_strdup (b->number);
      row->title = g_strdup (b->text);
      if (numbers != NULL)
        g_ptr_array_sort (numbers, by_number);
      row->meti = meti_citing (map, numbers);
      qsort (row->meti, g_strv_length (row->meti), sizeof (char *), by_criterion);
      {
        g_autoptr(GStrvBuilder) jama = g_strv_builder_new ();

        for (guint n = 0; numbers != NULL && n < numbers->len; n++)
          g_strv_builder_add (jama, numbers->pdata[n]);
        row->jama = g_strv_builder_end (jama);
      }
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

static char *
joined_or_dash (GStrv        list,
                const char  *separator)
{
  return list[0] != NULL ? g_strjoinv (separator, list) : g_strdup ("—");
}

/* The table's words are the documents' (Japanese, as the rules are), not
 * the interface's: it goes with the rules to the customer. */
HgDoc *
hg_crosswalk_doc (HgWorkbook  *workbook,
                  GError     **error)
{
  static const char *header[] = { "章", "自動車産業ガイドライン（JAMA/JAPIA）の項目番号",
                                  "経済産業省 ★3/★4 の評価基準", NULL };
  g_autoptr(GPtrArray) rows = hg_crosswalk_rows (workbook, error);
  g_autofree char *company = NULL;
  HgDocBlock *table;
  HgDoc *doc;

  if (rows == NULL)
    return NULL;
  company = hg_company_get (workbook, HG_COMPANY_FIELD_NAME);
  doc = hg_doc_new (HG_CROSSWALK_ID, HG_CROSSWALK_TITLE, company);
  g_free (doc->display_title);
  doc->display_title = g_strdup (_("Rules Crosswalk"));
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL,
                 "この表は、当社の情報セキュリティ関連規程の各章が、取引先から求められる"
                 "チェックシートのどの項目に対応するかを示す。項目番号は自動車産業サイバー"
                 "セキュリティガイドラインの番号、評価基準は経済産業省のサプライチェーン"
                 "強化に向けたセキュリティ対策評価制度の番号であり、評価基準はそれが参照する"
                 "ガイドラインの項目を通じて対応づけている。");
  table = hg_doc_append (doc, HG_DOC_TABLE, NULL, NULL);
  hg_doc_table_add_row (table, g_strdupv ((GStrv) header), TRUE);
  for (guint i = 0; i < rows->len; i++)
    {
      HgCrosswalkRow *row = g_ptr_array_index (rows, i);
      GStrv cells = g_new0 (char *, 4);

      cells[0] = g_strdup_printf ("%s %s", row->number, row->title);
      cells[1] = joined_or_dash (row->jama, "、");
      cells[2] = joined_or_dash (row->meti, "、");
      hg_doc_table_add_row (table, cells, FALSE);
    }
  return doc;
}
