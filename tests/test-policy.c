/* test-policy.c: the wizard's answers in a workbook, and what they render
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-asset-store.h"
#include "hg-company.h"
#include "hg-doc-diff.h"
#include "hg-error.h"
#include "hg-limits.h"
#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-test-util.h"

typedef struct
{
  char       *dir;
  HgWorkbook *workbook;
  HgPack     *pack;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = hg_test_make_dir ();
  f->workbook = hg_test_workbook_new (f->dir, "policy.hinagata", "株式会社方針");
  f->pack = hg_pack_load_file (g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml", NULL),
                               NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  hg_pack_free (f->pack);
  g_clear_object (&f->workbook);
  hg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static char *
render (Fixture *f)
{
  g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  g_autoptr(GError) error = NULL;
  char *text = hg_pack_render_text (f->pack, context, "rules", &error);

  g_assert_no_error (error);
  return text;
}

static void
test_defaults_and_company (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *text = render (f);

  g_assert_true (g_str_has_prefix (text, "株式会社方針 情報セキュリティ関連規程\n"));
  g_assert_nonnull (strstr (text, "（1）パスワードは10文字以上とする。"));
  g_assert_nonnull (strstr (text, "（2）極秘の情報の持ち出しは情報セキュリティ責任者が承認する。"));
  g_assert_nonnull (strstr (text, "第2章　クラウドサービスの利用"));
}

static void
test_answers_change_the_text (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *answer = NULL;

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "１２", &error));
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "approver", "system_admin", &error));
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "uses_cloud", "false", &error));
  g_assert_true (hg_asset_store_set_label (f->workbook, 3, "厳秘", &error));
  g_assert_no_error (error);

  answer = hg_policy_get_answer (f->workbook, f->pack, "password_min_length");
  g_assert_cmpstr (answer, ==, "12");

  text = render (f);
  g_assert_nonnull (strstr (text, "パスワードは12文字以上とする。"));
  g_assert_nonnull (strstr (text, "厳秘の情報の持ち出しはシステム管理者が承認する。"));
  g_assert_null (strstr (text, "クラウドサービス"));
  g_clear_pointer (&text, g_free);

  /* Each answer is an undoable edit. */
  g_assert_true (hg_workbook_undo (f->workbook, &error)); /* label */
  g_assert_true (hg_workbook_undo (f->workbook, &error)); /* uses_cloud */
  text = render (f);
  g_assert_nonnull (strstr (text, "クラウドサービスの利用"));
}

/* The built-in rules never name a role twice in one breath: with the
 * system administrator leading incidents, the escalation rule names it once. */
static void
test_incident_lead_named_once (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgDoc) doc = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (hg_policy_set_answer (f->workbook, pack, "incident_lead", "system_admin", &error));
  g_assert_no_error (error);
  doc = hg_policy_build_document (f->workbook, pack, "rules", &error);
  g_assert_no_error (error);
  text = hg_doc_to_text (doc);
  g_assert_nonnull (strstr (text, "直ちにシステム管理者に連絡する。"));
  g_assert_null (strstr (text, "システム管理者及びシステム管理者"));
}

static void
test_invalid_answers (Fixture       *f,
                      gconstpointer  data)
{
  static const struct { const char *question; const char *value; } bad[] = {
    { "password_min_length", "4" },
    { "password_min_length", "長い" },
    { "uses_cloud", "maybe" },
    { "approver", "president" },
    { "backup", "tape" },
    { "adopted_on", "2026-13-01" },
    { "no_such_question", "1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (hg_policy_set_answer (f->workbook, f->pack, bad[i].question, bad[i].value,
                                            &error));
      /* A question the pack lacks is no bad value. */
      if (i == G_N_ELEMENTS (bad) - 1)
        g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND);
      else
        g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
    }
  g_assert_false (hg_workbook_can_undo (f->workbook));
  g_assert_cmpint (hg_workbook_count_rows (f->workbook, "policy_answer"), ==, 0);
}

/* Text answers and the company's own rule texts go through the one text
 * check: control characters and invalid UTF-8 named, limits stated. */
static void
test_text_checks (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *long_rule = g_strnfill (HG_POLICY_RULE_TEXT_MAX + 1, 'x');
  g_autoptr(GError) error = NULL;

  HgQuestion text = { .type = HG_QUESTION_TEXT };
  HgQuestion multiline = { .type = HG_QUESTION_MULTILINE };

  g_assert_cmpstr (hg_policy_validate_answer (&text, "就業\x1b[5m規則"), ==,
                   "Contains a control character (U+001B) at position 3");
  g_assert_cmpstr (hg_policy_validate_answer (&text, "一行目\n二行目"), ==,
                   "Contains a control character (U+000A) at position 4");
  g_assert_null (hg_policy_validate_answer (&multiline, "一行目\n二行目"));
  g_assert_cmpstr (hg_policy_validate_answer (&multiline, long_rule), ==,
                   "Write at most 2000 characters");
  g_assert_false (hg_policy_reword (f->workbook, f->pack, "password", "長さ\xc2\x9b" "8文字",
                                    &error));
  g_assert_cmpstr (error->message, ==, "Wording: Contains a control character (U+009B) at "
                                       "position 3");
  g_clear_error (&error);
  g_assert_false (hg_policy_add_rule (f->workbook, f->pack, "password", "\xff", &error));
  g_assert_cmpstr (error->message, ==, "Rule: Not valid UTF-8 text at position 1");
  g_clear_error (&error);
  g_assert_false (hg_policy_exclude (f->workbook, f->pack, "approval", long_rule, &error));
  g_assert_cmpstr (error->message, ==, "Reason for leaving the rule out: Write at most 2000 "
                                       "characters");
  g_clear_error (&error);
  g_assert_false (hg_workbook_can_undo (f->workbook));

  /* A rule's own text may run over lines. */
  g_assert_true (hg_policy_reword (f->workbook, f->pack, "password", "一行目\n二行目", &error));
  g_assert_no_error (error);
}

static void
test_answers_survive_reopen (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (hg_workbook_get_path (f->workbook));
  g_autofree char *answer = NULL;

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "adopted_on", "2026/4/1", &error));
  g_clear_object (&f->workbook);
  f->workbook = hg_workbook_open (path, HG_WORKBOOK_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  answer = hg_policy_get_answer (f->workbook, f->pack, "adopted_on");
  g_assert_cmpstr (answer, ==, "2026-04-01");
}

static void
test_golden_builtin (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *golden = NULL;
  GPtrArray *documents;
  const char * const languages[][2] = { { NULL }, { "en", NULL }, { "ja", NULL } };

  /* The built-in pack loads without a single problem, and is big enough to
   * be a company's whole set of rules. */
  g_assert_no_error (error);
  g_assert_cmpuint (hg_pack_count_questions (pack), >=, 60);

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_NAME, "株式会社みどり精機", &error));
  g_assert_true (hg_policy_set_answer (f->workbook, pack, "adopted_on", "2026-04-01", &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data",
                                                           "golden-policy.txt", NULL),
                                      &golden, NULL, NULL));

  /* The same text hinagata-cli policy show prints: both documents, with the
   * built-in defaults. A change to the pack or the renderer shows here as
   * a difference to read, then to accept by updating the file. The wizard
   * may speak English; the documents are Japanese whatever the language the
   * pack was loaded for. */
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(HgPack) loaded = l == 0 ? NULL
                                        : hg_pack_load_builtin_for_languages (languages[l], &error);
      HgPack *p = l == 0 ? pack : loaded;

      g_assert_no_error (error);
      g_string_truncate (text, 0);
      context = hg_pack_context_new_for_workbook (p, f->workbook);
      documents = hg_pack_get_documents (p);
      for (guint d = 0; d < documents->len; d++)
        {
          g_autofree char *part = hg_pack_render_text (p, context,
                                                       ((HgBlock *) documents->pdata[d])->id,
                                                       &error);
          g_assert_no_error (error);
          g_string_append_printf (text, "%s%s", d > 0 ? "\n\n" : "", part);
        }
      g_clear_pointer (&context, hg_pack_context_free);
      /* HG_UPDATE_GOLDEN=1 accepts the new text, as in test-golden.c. */
      if (l == 0 && g_getenv ("HG_UPDATE_GOLDEN") != NULL)
        {
          g_assert_true (g_file_set_contents (g_test_get_filename (G_TEST_DIST, "data",
                                                                   "golden-policy.txt", NULL),
                                              text->str, -1, NULL));
          g_free (golden);
          golden = g_strdup (text->str);
        }
      g_assert_cmpstr (text->str, ==, golden);
    }
  g_assert_nonnull (strstr (text->str, "制定日　2026年4月1日"));
  g_assert_nonnull (strstr (text->str, "パスワードは10文字以上とし"));
}

static void
test_overrides (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Reworded: the company's words, still filled with the answers. */
  g_assert_true (hg_policy_reword (f->workbook, f->pack, "password",
                                   "当社のパスワードは{password_min_length}文字以上の長さとする。",
                                   &error));
  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "16", &error));
  g_assert_no_error (error);
  text = render (f);
  g_assert_nonnull (strstr (text, "（1）当社のパスワードは16文字以上の長さとする。\n"));
  g_assert_null (strstr (text, "要確認"));
  g_clear_pointer (&text, g_free);

  /* Left out, with a reason; the numbering closes up. Added after a rule. */
  g_assert_false (hg_policy_exclude (f->workbook, f->pack, "approval", "　", &error));
  g_assert_error (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (hg_policy_exclude (f->workbook, f->pack, "approval", "持ち出しは禁止しているため",
                                    &error));
  g_assert_true (hg_policy_add_rule (f->workbook, f->pack, "password",
                                     "パスワードは他のサービスと使い回さない。", &error));
  g_assert_no_error (error);
  text = render (f);
  g_assert_null (strstr (text, "持ち出し"));
  g_assert_nonnull (strstr (text, "（2）パスワードは他のサービスと使い回さない。\n\n第2章"));
  g_clear_pointer (&text, g_free);

  /* An added rule can be removed again by its id. */
  {
    g_autoptr(HgPackContext) context = hg_pack_context_new_for_workbook (f->pack, f->workbook);
    GArray *ids = hg_pack_context_get_added_ids (context, "password");

    g_assert_nonnull (ids);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_true (hg_policy_remove_added (f->workbook, g_array_index (ids, gint64, 0), &error));
    g_assert_no_error (error);
  }
  text = render (f);
  g_assert_null (strstr (text, "使い回さない"));
  g_clear_pointer (&text, g_free);
  g_assert_true (hg_workbook_undo (f->workbook, &error)); /* the removal */

  /* Each change is one undo step; reset returns to the template. */
  g_assert_true (hg_workbook_undo (f->workbook, &error)); /* the added rule */
  g_assert_true (hg_workbook_undo (f->workbook, &error)); /* the exclusion */
  text = render (f);
  g_assert_nonnull (strstr (text, "（2）極秘の情報の持ち出し"));
  g_clear_pointer (&text, g_free);
  g_assert_true (hg_policy_reset_rule (f->workbook, f->pack, "password", &error));
  text = render (f);
  g_assert_nonnull (strstr (text, "（1）パスワードは16文字以上とする。"));

  g_assert_false (hg_policy_reword (f->workbook, f->pack, "no_such_rule", "x", &error));
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND);
}

static void
test_changed_template_is_flagged (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *changed_xml = NULL;
  g_autoptr(HgPack) changed = NULL;
  g_autoptr(HgPackContext) context = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  gsize length = 0;

  g_assert_true (hg_policy_reword (f->workbook, f->pack, "password", "当社独自の文。", &error));

  /* A later version of the pack says something else under the same id. */
  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml",
                                                           NULL), &original, &length, NULL));
  parts = g_strsplit (original, "文字以上とする。", 2);
  changed_xml = g_strjoinv ("文字以上とし、使い回さない。", parts);
  changed = hg_pack_load_memory (changed_xml, strlen (changed_xml), "v2.xml", NULL, &error);
  g_assert_no_error (error);

  context = hg_pack_context_new_for_workbook (changed, f->workbook);
  text = hg_pack_render_text (changed, context, "rules", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "（1）当社独自の文。［要確認：元のひな形の文が変わりました］"));
}

/* A pack of the company's own is kept in the workbook; a broken one is
 * refused without touching it; undo goes back to the built-in pack. */
static void
test_workbook_pack (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "hinagata_ja");
  g_assert_null (hg_policy_get_pack_name (f->workbook));

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "data", "mini-pack.xml",
                                                           NULL), &source, &length, NULL));
  g_assert_true (hg_policy_use_pack (f->workbook, source, length, "mini-pack.xml", &error));
  g_assert_no_error (error);
  g_clear_pointer (&pack, hg_pack_free);
  pack = hg_policy_load_pack (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "mini");
  name = hg_policy_get_pack_name (f->workbook);
  g_assert_cmpstr (name, ==, "mini-pack.xml");

  g_assert_false (hg_policy_use_pack (f->workbook, "<pack id=", 9, "broken.xml", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&pack, hg_pack_free);
  pack = hg_policy_load_pack (f->workbook, &error);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "mini");

  g_assert_true (hg_workbook_undo (f->workbook, &error));
  g_clear_pointer (&pack, hg_pack_free);
  pack = hg_policy_load_pack (f->workbook, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "hinagata_ja");
}

/* What the preview marks after an answer: development of one's own adds its
 * chapter far down and changes nothing else (telework, the example,
 * now also changes where laptops are kept overnight); the core names its
 * blocks and not those only renumbered. */
static void
test_changed_blocks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, &error);
  g_autoptr(HgDoc) before = NULL;
  g_autoptr(HgDoc) after = NULL;
  g_autoptr(GArray) changed = NULL;
  g_autoptr(GArray) none = NULL;
  const HgDocBlock *first;
  guint chapter_end = 0;

  g_assert_no_error (error);
  before = hg_policy_build_document (f->workbook, pack, "rules", &error);
  g_assert_no_error (error);
  none = hg_doc_changed_blocks (before, before);
  g_assert_cmpuint (none->len, ==, 0);

  g_assert_true (hg_policy_set_answer (f->workbook, pack, "in_house_development", "true",
                                       &error));
  after = hg_policy_build_document (f->workbook, pack, "rules", &error);
  g_assert_no_error (error);
  changed = hg_doc_changed_blocks (before, after);
  g_assert_cmpuint (changed->len, >, 3);
  first = g_ptr_array_index (after->blocks, g_array_index (changed, guint, 0));
  g_assert_cmpstr (first->key, ==, "ch_development");
  /* Far down the document, as in the issue. */
  g_assert_cmpuint (g_array_index (changed, guint, 0), >, after->blocks->len / 2);

  /* Every marked block lies in the new chapter; the chapters after it got
   * new numbers only and are not marked. */
  for (guint i = g_array_index (changed, guint, 0) + 1; i < after->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (after->blocks, i);

      if (block->kind == HG_DOC_HEADING && block->level == 1)
        {
          chapter_end = i;
          break;
        }
    }
  g_assert_cmpuint (chapter_end, >, 0);
  for (guint i = 0; i < changed->len; i++)
    g_assert_cmpuint (g_array_index (changed, guint, i), <, chapter_end);
}

/* The reword dialog shows variables as what they stand for: the core
 * finds them as the renderer does ("{{" is a brace) and says their text. */
static void
test_describe_variables (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_policy_load_pack (f->workbook, &error);
  g_autoptr(HgPackContext) context = NULL;
  g_autoptr(GVariant) values = NULL;
  const char *text = "{{例}}{company.representative_title}が{role.ciso}を任命し、"
                     "{company.representative_title}に報告する。";
  const char *end = NULL;
  const char *start = hg_pack_text_find_variable (text, &end);
  const char *value = NULL;

  g_assert_nonnull (start);
  g_assert_cmpint (start - text, ==, strlen ("{{例}}"));
  g_assert_true (g_str_has_prefix (end, "が"));
  g_assert_null (hg_pack_text_find_variable ("{{例}} and { open", &end));

  g_assert_true (hg_company_set (f->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_TITLE,
                                 "代表取締役社長", &error));
  context = hg_pack_context_new_for_workbook (pack, f->workbook);
  values = g_variant_ref_sink (hg_pack_context_describe_variables (context, text));
  g_assert_cmpuint (g_variant_n_children (values), ==, 2);
  g_assert_true (g_variant_lookup (values, "company.representative_title", "&s", &value));
  g_assert_cmpstr (value, ==, "代表取締役社長");
  g_assert_true (g_variant_lookup (values, "role.ciso", "&s", &value));
  g_assert_cmpstr (value, ==, "情報セキュリティ責任者");
}

/* Whether @a, with @name and @kana as the company's name and its reading,
 * has the digest of @b with 株式会社 and 方針. */
static gboolean
same_digest (HgPackContext *a,
             const char    *name,
             const char    *kana,
             HgPackContext *b)
{
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;

  hg_pack_context_set (a, "company.name", name);
  hg_pack_context_set (a, "company.name_kana", kana);
  hg_pack_context_set (b, "company.name", "株式会社");
  hg_pack_context_set (b, "company.name_kana", "方針");
  digest_a = hg_pack_context_values_digest (a);
  digest_b = hg_pack_context_values_digest (b);
  return g_str_equal (digest_a, digest_b);
}

/* The digest of the values the texts read tells whether what was expanded
 * from one context still holds for another (the rule review re-expands only
 * the rules an edit touched): the same for the same answers, whatever the
 * company did to single rules; different once an answer or the company
 * changes. */
static void
test_values_digest (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPackContext) first = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  g_autoptr(HgPackContext) again = NULL;
  g_autofree char *digest = hg_pack_context_values_digest (first);
  g_autofree char *other = NULL;

  g_assert_cmpuint (strlen (digest), ==, 64);
  g_assert_true (hg_policy_reword (f->workbook, f->pack, "password", "別の文言。", &error));
  g_assert_true (hg_policy_exclude (f->workbook, f->pack, "approval", "使わないため", &error));
  g_assert_no_error (error);
  again = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  other = hg_pack_context_values_digest (again);
  g_assert_cmpstr (other, ==, digest);

  g_assert_true (hg_policy_set_answer (f->workbook, f->pack, "password_min_length", "12", &error));
  g_assert_no_error (error);
  g_clear_pointer (&again, hg_pack_context_free);
  g_clear_pointer (&other, g_free);
  again = hg_pack_context_new_for_workbook (f->pack, f->workbook);
  other = hg_pack_context_values_digest (again);
  g_assert_cmpstr (other, !=, digest);

  /* A value that moves from one name to the next is a change too. */
  hg_pack_context_set (first, "password_min_length", "12");
  g_assert_true (same_digest (first, "株式会社", "方針", again));
  g_assert_false (same_digest (first, "株式会社方", "針", again));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/policy/defaults-and-company", test_defaults_and_company);
  ADD ("/policy/answers-change-the-text", test_answers_change_the_text);
  ADD ("/policy/invalid-answers", test_invalid_answers);
  ADD ("/policy/text-checks", test_text_checks);
  ADD ("/policy/answers-survive-reopen", test_answers_survive_reopen);
  ADD ("/policy/golden-builtin", test_golden_builtin);
  ADD ("/policy/overrides", test_overrides);
  ADD ("/policy/changed-template-flagged", test_changed_template_is_flagged);
  ADD ("/policy/workbook-pack", test_workbook_pack);
  ADD ("/policy/incident-lead-named-once", test_incident_lead_named_once);
  ADD ("/policy/changed-blocks", test_changed_blocks);
  ADD ("/policy/describe-variables", test_describe_variables);
  ADD ("/policy/values-digest", test_values_digest);
#undef ADD

  return g_test_run ();
}
