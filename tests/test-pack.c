/* test-pack.c: loading template packs, and refusing broken or hostile ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-error.h"
#include "hg-pack.h"
#include "hg-pack-context.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

static const char *good =
  HEAD
  "<pack id=\"mini\" version=\"1\" xml:lang=\"ja\">\n"                         /* 2 */
  "  <title>小さな例</title>\n"
  "  <step id=\"it\">\n"
  "    <title>ITの使い方</title>\n"                                              /* 5 */
  "    <question id=\"uses_cloud\" type=\"boolean\" default=\"true\">\n"
  "      <label>クラウドサービスを使っていますか</label>\n"
  "      <help>使っている会社がほとんどです。</help>\n"
  "    </question>\n"
  "    <question id=\"lock_minutes\" type=\"number\" default=\"10\" min=\"1\" max=\"60\" unit=\"分\">\n"
  "      <label>画面ロックまでの時間</label>\n"
  "    </question>\n"
  "    <question id=\"backup\" type=\"choice\" default=\"nas\">\n"
  "      <label>バックアップ先</label>\n"
  "      <choice value=\"nas\">社内のNAS</choice>\n"
  "      <choice value=\"cloud\">クラウド</choice>\n"
  "    </question>\n"
  "  </step>\n"
  "  <document id=\"rules\">\n"
  "    <title>規程</title>\n"                                                    /* 20 */
  "    <chapter id=\"cloud\" if=\"uses_cloud\">\n"
  "      <title>クラウドサービスの利用</title>\n"
  "      <scope>全従業員</scope>\n"
  "      <rule id=\"r1\" role=\"system_admin\">{role.system_admin}が承認する。</rule>\n"
  "      <rule id=\"r2\" if=\"lock_minutes &gt; 5\">{lock_minutes}分で画面をロックする。</rule>\n"
  "      <p>{company.name}は{{この}}規程を守る。バックアップ先は{backup}。</p>\n"
  "    </chapter>\n"
  "  </document>\n"
  "</pack>\n";

static GPtrArray *
load_problems (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_memory (text, strlen (text), "test.xml", &problems,
                                                &error);

  g_assert_null (pack);
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  return problems;
}

static void
assert_has_problem (GPtrArray  *problems,
                    const char *prefix)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (problems, i), prefix))
      return;
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("  %s\n", (char *) g_ptr_array_index (problems, i));
  g_error ("no problem starting with “%s”", prefix);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strconcat (parts[0], to, parts[1], NULL);
}

static void
test_good_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_memory (good, strlen (good), "good.xml", NULL, &error);
  const HgQuestion *q;
  HgBlock *document, *chapter;

  g_assert_no_error (error);
  g_assert_cmpstr (hg_pack_get_id (pack), ==, "mini");
  g_assert_cmpuint (hg_pack_count_questions (pack), ==, 3);
  q = hg_pack_find_question (pack, "lock_minutes");
  g_assert_cmpint (q->type, ==, HG_QUESTION_NUMBER);
  g_assert_cmpfloat (q->max, ==, 60);
  g_assert_cmpstr (q->unit, ==, "分");
  g_assert_cmpuint (q->line, ==, 10);
  q = hg_pack_find_question (pack, "backup");
  g_assert_cmpuint (q->choices->len, ==, 2);
  g_assert_cmpstr (((HgChoice *) q->choices->pdata[1])->label, ==, "クラウド");

  document = g_ptr_array_index (hg_pack_get_documents (pack), 0);
  g_assert_cmpstr (document->title, ==, "規程");
  chapter = g_ptr_array_index (document->children, 0);
  g_assert_cmpint (chapter->kind, ==, HG_BLOCK_CHAPTER);
  g_assert_cmpstr (chapter->scope, ==, "全従業員");
  g_assert_nonnull (chapter->condition);
  g_assert_cmpuint (chapter->children->len, ==, 3);
  g_assert_cmpstr (((HgBlock *) chapter->children->pdata[0])->role, ==, "system_admin");
}

static void
test_broken_xml (void)
{
  g_autofree char *text = replace (good, "</label>\n      <help>", "\n      <help>");
  g_autoptr(GPtrArray) problems = load_problems (text);

  /* libxml2 notices the unclosed <label> where its parent closes. */
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "test.xml:"));
}

static void
test_schema_violation (void)
{
  g_autofree char *text = replace (good, "<scope>全従業員</scope>", "<scope>全従業員</scope><remark/>");
  g_autoptr(GPtrArray) problems = load_problems (text);

  assert_has_problem (problems, "test.xml:23:");
}

static void
test_hostile (void)
{
  static const char *xxe =
    HEAD
    "<!DOCTYPE pack [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<pack id=\"x\" version=\"1\"><title>&x;</title></pack>\n";
  static const char *laughs =
    HEAD
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    "]>\n"
    "<pack id=\"x\" version=\"1\"><title>&lol3;</title></pack>\n";
  g_autoptr(GPtrArray) a = load_problems (xxe);
  g_autoptr(GPtrArray) b = load_problems (laughs);

  assert_has_problem (a, "test.xml:2: a DOCTYPE or ENTITY declaration is not allowed");
  assert_has_problem (b, "test.xml:2: a DOCTYPE or ENTITY declaration is not allowed");
  g_assert_cmpuint (a->len, ==, 1);
}

static void
test_bad_condition (void)
{
  g_autofree char *text = replace (good, "if=\"uses_cloud\"", "if=\"uses_cloud and\"");
  g_autoptr(GPtrArray) problems = load_problems (text);

  assert_has_problem (problems, "test.xml:21: in the condition “uses_cloud and”: Column 15:");
}

static void
test_unknown_names (void)
{
  g_autofree char *a = replace (good, "if=\"uses_cloud\"", "if=\"uses_fax\"");
  g_autofree char *b = replace (good, "{lock_minutes}分", "{lock_seconds}秒");
  g_autoptr(GPtrArray) pa = load_problems (a);
  g_autoptr(GPtrArray) pb = load_problems (b);

  assert_has_problem (pa, "test.xml:21: the condition names “uses_fax”");
  assert_has_problem (pb, "test.xml:25: unknown variable “{lock_seconds}”");
}

static void
test_bad_defaults (void)
{
  g_autofree char *a = replace (good, "default=\"nas\"", "default=\"tape\"");
  g_autofree char *b = replace (good, "default=\"10\"", "default=\"90\"");
  g_autofree char *c = replace (good, "default=\"true\"", "default=\"yes\"");
  g_autofree char *d = replace (good, "id=\"r2\"", "id=\"r1\"");
  g_autoptr(GPtrArray) pa = load_problems (a);
  g_autoptr(GPtrArray) pb = load_problems (b);
  g_autoptr(GPtrArray) pc = load_problems (c);
  g_autoptr(GPtrArray) pd = load_problems (d);

  assert_has_problem (pa, "test.xml:13: the default “tape” of “backup” is not one of its choices");
  assert_has_problem (pb, "test.xml:10: the default 90 of “lock_minutes” is outside its range");
  assert_has_problem (pc, "test.xml:6: the yes-or-no question “uses_cloud”");
  assert_has_problem (pd, "test.xml:25: the rule id “r1” is used twice");
}

static void
test_render (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_memory (good, strlen (good), "good.xml", NULL, &error);
  g_autoptr(HgPackContext) context = hg_pack_context_new (pack);
  g_autofree char *text = NULL;

  /* Values are inserted literally: never read again as template text. */
  hg_pack_context_set (context, "company.name", "株式会社<&>\"'{company.name}");
  text = hg_pack_render_text (pack, context, "rules", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==,
                   "規程\n"
                   "\n第1章　クラウドサービスの利用\n"
                   "（適用範囲）全従業員\n"
                   "（1）システム管理者が承認する。\n"
                   "（2）10分で画面をロックする。\n"
                   "株式会社<&>\"'{company.name}は{この}規程を守る。バックアップ先は社内のNAS。\n");
  g_clear_pointer (&text, g_free);

  /* Conditions follow the answers. */
  hg_pack_context_set (context, "lock_minutes", "3");
  hg_pack_context_set (context, "backup", "cloud");
  text = hg_pack_render_text (pack, context, "rules", &error);
  g_assert_null (strstr (text, "画面をロック"));
  g_assert_nonnull (strstr (text, "バックアップ先はクラウド。"));
  g_clear_pointer (&text, g_free);

  hg_pack_context_set (context, "uses_cloud", "false");
  text = hg_pack_render_text (pack, context, "rules", &error);
  g_assert_cmpstr (text, ==, "規程\n");
  g_clear_pointer (&text, g_free);

  g_assert_null (hg_pack_render_text (pack, context, "handbook", &error));
  g_assert_error (error, HG_WORKBOOK_ERROR, HG_WORKBOOK_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pack/good", test_good_pack);
  g_test_add_func ("/pack/broken-xml", test_broken_xml);
  g_test_add_func ("/pack/schema-violation", test_schema_violation);
  g_test_add_func ("/pack/hostile", test_hostile);
  g_test_add_func ("/pack/bad-condition", test_bad_condition);
  g_test_add_func ("/pack/unknown-names", test_unknown_names);
  g_test_add_func ("/pack/bad-defaults", test_bad_defaults);
  g_test_add_func ("/pack/render", test_render);
  return g_test_run ();
}
