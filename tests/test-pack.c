/* test-pack.c: loading template packs, and refusing broken or hostile ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hg-error.h"
#include "hg-expr.h"
#include "hg-pack-context.h"
#include "hg-pack.h"

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
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_INVALID);
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

/* A <duties> table: read as a table of task, when and owner, and as data a
 * calendar reads; an interval or an owner that names nothing known, and a
 * duty id written twice, are refused with their line. */
static void
test_duties (void)
{
  static const char *duties =
    "      <duties>\n"
    "        <header><cell>業務</cell><cell>頻度</cell><cell>担当</cell></header>\n"
    "        <duty id=\"d1\" interval=\"weekly\" owner=\"system_admin\">\n"
    "          <task>バックアップの確認</task><when>毎週</when>\n"
    "        </duty>\n"
    "        <duty id=\"d2\" interval=\"backup\" owner=\"ciso\" if=\"uses_cloud\">\n"
    "          <task>{backup}の点検</task><when>年1回</when>\n"
    "        </duty>\n"
    "      </duties>\n"
    "    </chapter>\n";
  g_autofree char *text = replace (good, "    </chapter>\n", duties);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = hg_pack_load_memory (text, strlen (text), "duties.xml", NULL, &error);
  g_autoptr(HgPackContext) context = NULL;
  g_autofree char *rendered = NULL;
  const HgDuty *duty;

  g_assert_no_error (error);
  g_assert_cmpuint (hg_pack_get_duties (pack)->len, ==, 2);
  duty = g_ptr_array_index (hg_pack_get_duties (pack), 1);
  g_assert_cmpstr (duty->id, ==, "d2");
  g_assert_cmpstr (duty->interval, ==, "backup");
  g_assert_cmpstr (duty->owner, ==, "ciso");
  g_assert_cmpstr (duty->task, ==, "{backup}の点検");
  g_assert_nonnull (duty->condition);
  context = hg_pack_context_new (pack);
  rendered = hg_pack_render_text (pack, context, "rules", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (rendered, "| 業務 | 頻度 | 担当 |\n"
                                      "| バックアップの確認 | 毎週 | システム管理者 |\n"
                                      "| 社内のNASの点検 | 年1回 | 情報セキュリティ責任者 |\n"));

  {
    g_autofree char *bad_interval = replace (text, "interval=\"weekly\"", "interval=\"often\"");
    g_autofree char *bad_owner = replace (text, "owner=\"ciso\"", "owner=\"uses_cloud\"");
    g_autofree char *twice = replace (text, "id=\"d2\"", "id=\"d1\"");
    g_autoptr(GPtrArray) a = load_problems (bad_interval);
    g_autoptr(GPtrArray) b = load_problems (bad_owner);
    g_autoptr(GPtrArray) c = load_problems (twice);

    assert_has_problem (a, "test.xml:29: the interval “often”");
    assert_has_problem (b, "test.xml:32: the owner “uses_cloud”");
    assert_has_problem (c, "test.xml:32: the duty id “d1” is used twice");
  }
}

/* The pack's rule r2 with a condition of @n terms: its own two, then
 * "or uses_cloud". */
static char *
pack_with_chain (guint n)
{
  g_autoptr(GString) condition = g_string_new ("if=\"lock_minutes &gt; 5");

  for (guint i = 2; i < n; i++)
    g_string_append (condition, " or uses_cloud");
  g_string_append_c (condition, '"');
  return replace (good, "if=\"lock_minutes &gt; 5\"", condition->str);
}

/* The review's pack: one condition of 300,000 "or" terms (4 MB, under the
 * 16 MB size limit) crashed every command that loaded it. It is refused
 * with the file, the line, the start of the condition and the limit. */
static void
test_long_condition (void)
{
  g_autofree char *huge = pack_with_chain (300000);
  g_autofree char *over = pack_with_chain (HG_EXPR_MAX_TERMS + 1);
  g_autofree char *most = pack_with_chain (HG_EXPR_MAX_TERMS);
  g_autoptr(GPtrArray) huge_problems = NULL;
  g_autoptr(GPtrArray) over_problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) pack = NULL;

  g_assert_cmpuint (strlen (huge), >, 4000000);
  huge_problems = load_problems (huge);
  g_assert_cmpuint (huge_problems->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (huge_problems, 0), ==,
                   "test.xml:25: in the condition “lock_minutes > 5 or uses_cloud or uses_cloud "
                   "or uses_cloud or uses_cloud or uses…”: longer than 20000 bytes; "
                   "split the condition into simpler ones");

  over_problems = load_problems (over);
  g_assert_cmpuint (over_problems->len, ==, 1);
  assert_has_problem (over_problems, "test.xml:25: in the condition “lock_minutes > 5 or ");
  g_assert_true (g_str_has_suffix (g_ptr_array_index (over_problems, 0),
                                   "”: Column 13993: more than 1000 terms; split the condition "
                                   "into simpler ones"));

  /* At the limit the pack loads, and the rule shows as its answers say. */
  pack = hg_pack_load_memory (most, strlen (most), "test.xml", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hg_pack_find_rule (pack, "r2"));
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

/* The good pack with its wizard texts also in English, except one choice. */
static char *
translated_pack (void)
{
  g_autofree char *a = replace (good, "<title>ITの使い方</title>\n",
                                "<title>ITの使い方</title>\n"
                                "    <title xml:lang=\"en\">Using IT</title>\n"
                                "    <description>会社の使い方を答えます。</description>\n"
                                "    <description xml:lang=\"en\">How the company uses IT.</description>\n");
  g_autofree char *b = replace (a, "<label>クラウドサービスを使っていますか</label>\n",
                                "<label>クラウドサービスを使っていますか</label>\n"
                                "      <label xml:lang=\"en\">Do you use cloud services?</label>\n");
  g_autofree char *c = replace (b, "<help>使っている会社がほとんどです。</help>\n",
                                "<help>使っている会社がほとんどです。</help>\n"
                                "      <help xml:lang=\"tlh\">Klingon, for a tag nobody knows.</help>\n"
                                "      <help xml:lang=\"en\">Most companies do.</help>\n");
  g_autofree char *d = replace (c, " unit=\"分\">\n      <label>画面ロックまでの時間</label>\n",
                                ">\n      <label>画面ロックまでの時間</label>\n"
                                "      <label xml:lang=\"en-GB\">Time before the screen locks</label>\n"
                                "      <unit>分</unit>\n"
                                "      <unit xml:lang=\"en\">minutes</unit>\n");

  return replace (d, "<choice value=\"nas\">社内のNAS</choice>",
                  "<choice value=\"nas\"><label>社内のNAS</label>"
                  "<label xml:lang=\"en\">An office NAS</label></choice>");
}

static HgPack *
load_for (const char         *text,
          const char * const *languages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  HgPack *pack = hg_pack_load_memory_for_languages (text, strlen (text), "test.xml", languages,
                                                    &problems, &error);

  for (guint i = 0; problems && i < problems->len; i++)
    g_printerr ("  %s\n", (char *) g_ptr_array_index (problems, i));
  g_assert_no_error (error);
  return pack;
}

static void
assert_texts (HgPack     *pack,
              const char *title,
              const char *label,
              const char *help,
              const char *unit,
              const char *lock_label,
              const char *nas)
{
  HgStep *step = g_ptr_array_index (hg_pack_get_steps (pack), 0);
  const HgQuestion *q = hg_pack_find_question (pack, "uses_cloud");
  const HgQuestion *lock = hg_pack_find_question (pack, "lock_minutes");
  const HgQuestion *backup = hg_pack_find_question (pack, "backup");
  HgChoice *choice = g_ptr_array_index (backup->choices, 0);
  HgChoice *untranslated = g_ptr_array_index (backup->choices, 1);

  g_assert_cmpstr (step->title, ==, title);
  g_assert_cmpstr (q->label, ==, label);
  g_assert_cmpstr (q->help, ==, help);
  g_assert_cmpstr (lock->unit, ==, unit);
  g_assert_cmpstr (lock->label, ==, lock_label);
  g_assert_cmpstr (choice->display_label, ==, nas);
  /* What an answer puts into the documents stays in the pack's language. */
  g_assert_cmpstr (choice->label, ==, "社内のNAS");
  g_assert_cmpstr (untranslated->display_label, ==, "クラウド");
  g_assert_cmpstr (untranslated->label, ==, "クラウド");
  g_assert_cmpuint (lock->line, ==, 16);
}

static void
test_languages (void)
{
  g_autofree char *text = translated_pack ();
  struct { const char *languages[4]; gboolean english; } cases[] = {
    { { "en", NULL }, TRUE },
    { { "en_US.UTF-8", "en_US", "en", NULL }, TRUE },
    { { "en_US.UTF-8", NULL }, TRUE },
    { { "fr_FR.UTF-8", "en_GB.UTF-8", NULL }, TRUE },
    { { "EN", "ja", NULL }, TRUE },
    { { "ja", NULL }, FALSE },
    { { "ja_JP.UTF-8", "ja_JP", "ja", "C" }, FALSE },
    { { "ja", "en", NULL }, FALSE },
    { { "fr", NULL }, FALSE },
    { { "C", NULL }, FALSE },
    { { NULL }, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HgPack) pack = load_for (text, cases[i].languages);

      g_test_message ("case %u: %s", i, cases[i].languages[0]);
      if (cases[i].english)
        assert_texts (pack, "Using IT", "Do you use cloud services?", "Most companies do.",
                      "minutes", "Time before the screen locks", "An office NAS");
      else
        assert_texts (pack, "ITの使い方", "クラウドサービスを使っていますか",
                      "使っている会社がほとんどです。", "分", "画面ロックまでの時間", "社内のNAS");
    }

  /* A British reader gets the en-GB text before the plain "en" one, and a
   * Klingon one the help in Klingon and the rest in Japanese. */
  {
    g_autoptr(HgPack) gb = load_for (text, (const char *[]) { "en_GB.UTF-8", NULL });
    g_autoptr(HgPack) us = load_for (text, (const char *[]) { "en_US", NULL });
    g_autoptr(HgPack) tlh = load_for (text, (const char *[]) { "tlh", NULL });

    g_assert_cmpstr (hg_pack_find_question (gb, "lock_minutes")->label, ==,
                     "Time before the screen locks");
    g_assert_cmpstr (hg_pack_find_question (us, "lock_minutes")->label, ==,
                     "Time before the screen locks");
    g_assert_cmpstr (hg_pack_find_question (tlh, "uses_cloud")->help, ==,
                     "Klingon, for a tag nobody knows.");
    g_assert_cmpstr (hg_pack_find_question (tlh, "uses_cloud")->label, ==,
                     "クラウドサービスを使っていますか");
  }
}

/* By default, the language gettext translates the interface into, so that
 * the two never mix on one line: LANGUAGE as gettext reads it, English, the
 * source strings' language, when nothing is translated (the C locale the
 * tests run in), and Japanese for "en_US:ja", where gettext finds no
 * English catalogue and the interface is Japanese. Each in a process of its
 * own: GLib decides once, at the first translation, whether a program in
 * the C.UTF-8 locale translates at all. */
static const struct { const char *language; const char *label; } by_language[] = {
  { "ja_JP", "クラウドサービスを使っていますか" },
  { "en_US", "Do you use cloud services?" },
  { NULL, "Do you use cloud services?" },
  { "en_US:ja", "クラウドサービスを使っていますか" },
};

static void
test_languages_default (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *text = NULL;
  g_autoptr(HgPack) pack = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  if (by_language[i].language != NULL)
    g_setenv ("LANGUAGE", by_language[i].language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  text = translated_pack ();
  pack = hg_pack_load_memory (text, strlen (text), "test.xml", NULL, NULL);
  g_assert_cmpstr (hg_pack_find_question (pack, "uses_cloud")->label, ==, by_language[i].label);
}

static void
test_languages_render (void)
{
  g_autofree char *text = translated_pack ();
  g_autoptr(HgPack) en = load_for (text, (const char *[]) { "en", NULL });
  g_autoptr(HgPack) ja = load_for (text, (const char *[]) { "ja", NULL });
  g_autoptr(HgPackContext) en_context = hg_pack_context_new (en);
  g_autoptr(HgPackContext) ja_context = hg_pack_context_new (ja);
  g_autofree char *en_text = hg_pack_render_text (en, en_context, "rules", NULL);
  g_autofree char *ja_text = hg_pack_render_text (ja, ja_context, "rules", NULL);

  /* The documents are the pack's own: a choice says 社内のNAS in them. */
  g_assert_nonnull (strstr (en_text, "バックアップ先は社内のNAS。"));
  g_assert_cmpstr (en_text, ==, ja_text);
}

static void
test_languages_twice (void)
{
  g_autofree char *text = translated_pack ();
  g_autofree char *a = replace (text, "<label xml:lang=\"en\">Do you use cloud services?</label>\n",
                                "<label xml:lang=\"en\">Do you use cloud services?</label>\n"
                                "      <label xml:lang=\"en\">Cloud?</label>\n");
  g_autofree char *b = replace (text, "<unit xml:lang=\"en\">minutes</unit>",
                                "<unit xml:lang=\"EN\">min</unit><unit xml:lang=\"en\">minutes</unit>");
  g_autofree char *c = replace (text, "<label xml:lang=\"en\">An office NAS</label>",
                                "<label xml:lang=\"ja\">NAS</label>");
  g_autofree char *d = replace (text, "<unit>分</unit>", "<unit xml:lang=\"en\">min</unit>");
  g_autofree char *e = replace (text, "<label>画面ロックまでの時間</label>\n",
                                "<label>画面ロックまでの時間</label>\n"
                                "      <label xml:lang=\"en_US\">Time before the screen locks</label>\n");
  g_autofree char *f = replace (good, "unit=\"分\">\n      <label>画面ロックまでの時間</label>",
                                "unit=\"分\">\n      <label>画面ロックまでの時間</label><unit>分</unit>");
  g_autoptr(GPtrArray) pa = load_problems (a);
  g_autoptr(GPtrArray) pb = load_problems (b);
  g_autoptr(GPtrArray) pc = load_problems (c);
  g_autoptr(GPtrArray) pd = load_problems (d);
  g_autoptr(GPtrArray) pe = load_problems (e);
  g_autoptr(GPtrArray) pf = load_problems (f);

  assert_has_problem (pa, "test.xml:12: <label> is written twice in the language “en”");
  g_assert_cmpuint (pa->len, ==, 1);
  assert_has_problem (pb, "test.xml:20: <unit> is written twice in the language “en”");
  /* The pack's own language is the text without xml:lang. */
  assert_has_problem (pc, "test.xml:24: <label> is written twice in the language “ja”");
  /* The schema: the pack's own text first, well-formed tags, unit="…" or
   * <unit>, not both. */
  assert_has_problem (pd, "test.xml:19: Invalid attribute lang for element unit");
  assert_has_problem (pe, "test.xml:18: Type language doesn't allow value 'en_US'");
  assert_has_problem (pf, "test.xml:10: Invalid attribute unit for element question");
}

/* Share of the characters of TEXT that are Japanese (kana, kanji, full-width forms). */
static double
japanese_share (const char *text)
{
  guint all = 0, japanese = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      all++;
      japanese += (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)
                  || (c >= 0xff00 && c <= 0xffef);
    }
  return all > 0 ? (double) japanese / all : 0;
}

/* An English text for every Japanese one: not missing (the Japanese shown
 * instead), not empty, not Japanese. Names of Japanese documents may be
 * quoted in it. */
static void
assert_english (const char *where,
                const char *english,
                const char *japanese)
{
  if (japanese == NULL || *japanese == '\0')
    {
      g_assert_true (english == NULL || *english == '\0');
      return;
    }
  if (english == NULL || g_str_equal (english, japanese) || japanese_share (english) > 0.1
      || japanese_share (japanese) < 0.3)
    g_error ("%s has no English text: “%s”", where, japanese);
}

static void
test_builtin_languages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) en = hg_pack_load_builtin_for_languages ((const char *[]) { "en", NULL },
                                                             &error);
  g_autoptr(HgPack) ja = hg_pack_load_builtin_for_languages ((const char *[]) { "ja", NULL },
                                                             &error);
  g_autoptr(HgPack) fr = hg_pack_load_builtin_for_languages ((const char *[]) { "fr", NULL },
                                                             &error);
  g_autoptr(HgPack) us = hg_pack_load_builtin_for_languages ((const char *[]) { "en_US.UTF-8",
                                                                                "en_US", "en",
                                                                                "C", NULL },
                                                             &error);
  GPtrArray *en_steps, *ja_steps;
  const HgQuestion *q;
  guint questions = 0, choices = 0;

  g_assert_no_error (error);

  /* Every step, question and choice of the built-in pack speaks English. */
  en_steps = hg_pack_get_steps (en);
  ja_steps = hg_pack_get_steps (ja);
  g_assert_cmpuint (en_steps->len, ==, 12);
  g_assert_cmpuint (en_steps->len, ==, ja_steps->len);
  for (guint s = 0; s < en_steps->len; s++)
    {
      HgStep *e = g_ptr_array_index (en_steps, s), *j = g_ptr_array_index (ja_steps, s);

      assert_english (e->id, e->title, j->title);
      assert_english (e->id, e->description, j->description);
      g_assert_cmpuint (e->questions->len, ==, j->questions->len);
      for (guint i = 0; i < e->questions->len; i++)
        {
          HgQuestion *eq = g_ptr_array_index (e->questions, i);
          HgQuestion *jq = g_ptr_array_index (j->questions, i);

          assert_english (eq->id, eq->label, jq->label);
          assert_english (eq->id, eq->help, jq->help);
          g_assert_cmpstr (jq->help, !=, "");
          assert_english (eq->id, eq->unit, jq->unit);
          g_assert_cmpuint (eq->choices->len, ==, jq->choices->len);
          for (guint c = 0; c < eq->choices->len; c++)
            {
              HgChoice *ec = g_ptr_array_index (eq->choices, c);
              HgChoice *jc = g_ptr_array_index (jq->choices, c);
              g_autofree char *where = g_strdup_printf ("%s/%s", eq->id, ec->value);

              assert_english (where, ec->display_label, jc->display_label);
              /* The documents say what the Japanese choice says. */
              g_assert_cmpstr (ec->label, ==, jc->label);
              g_assert_cmpstr (jc->label, ==, jc->display_label);
              choices++;
            }
          questions++;
        }
    }
  g_assert_cmpuint (questions, ==, 126);
  g_assert_cmpuint (choices, ==, 105);

  /* A few by name, in English, in a locale's name, and in French (which
   * the pack does not have: its own Japanese). */
  g_assert_cmpstr (((HgStep *) en_steps->pdata[0])->title, ==, "Company and Policy");
  q = hg_pack_find_question (en, "review_interval_months");
  g_assert_cmpstr (q->label, ==, "How often will the rules be reviewed?");
  g_assert_cmpstr (q->unit, ==, "months");
  g_assert_true (g_str_has_prefix (q->help, "Rules are not written once and forgotten"));
  q = hg_pack_find_question (us, "screen_lock_minutes");
  g_assert_cmpstr (q->label, ==, "After how many minutes without use does the screen lock itself?");
  g_assert_cmpstr (q->unit, ==, "minutes");
  q = hg_pack_find_question (en, "backup_frequency");
  g_assert_cmpstr (((HgChoice *) q->choices->pdata[0])->display_label, ==, "Daily");
  g_assert_cmpstr (((HgChoice *) q->choices->pdata[0])->label, ==, "毎日");

  for (guint i = 0; i < 2; i++)
    {
      HgPack *pack = i == 0 ? ja : fr;

      g_assert_cmpstr (((HgStep *) hg_pack_get_steps (pack)->pdata[0])->title, ==,
                       "会社と方針の扱い");
      q = hg_pack_find_question (pack, "review_interval_months");
      g_assert_cmpstr (q->label, ==, "規程を何か月ごとに見直しますか");
      g_assert_cmpstr (q->unit, ==, "か月");
      g_assert_true (g_str_has_prefix (q->help, "規程は作って終わりではなく"));
      q = hg_pack_find_question (pack, "backup_frequency");
      g_assert_cmpstr (((HgChoice *) q->choices->pdata[0])->display_label, ==, "毎日");
    }
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
  /* One chapter: the document's title heads it, without a lone 「第1章」. */
  g_assert_cmpstr (text, ==,
                   "規程\n"
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
  g_assert_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND);
}

/* Issue 15, item 6: the answers that drop a JAMA/JAPIA Level-1 item say
 * so, from the pack's data: each note holds exactly for the answer that
 * drops its items, in the user's language. */
static void
test_level1_notes (void)
{
  const struct { const char *question, *items, *dropping, *keeping; } cases[] = {
    { "uses_contractors", "44 46", "false", "true" },
    { "review_interval_months", "2", "18", "12" },
    { "uses_cloud", "76", "false", "true" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HgPack) en = hg_pack_load_builtin_for_languages ((const char *[]) { "en", NULL },
                                                             &error);
  g_autoptr(HgPack) ja = hg_pack_load_builtin_for_languages ((const char *[]) { "ja", NULL },
                                                             &error);
  g_autoptr(HgPackContext) context = NULL;

  g_assert_no_error (error);
  context = hg_pack_context_new (en);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const HgQuestion *q = hg_pack_find_question (en, cases[i].question);
      const HgQuestion *jq = hg_pack_find_question (ja, cases[i].question);
      const HgLevel1Note *note, *jnote;

      g_assert_cmpuint (q->level1->len, ==, 1);
      note = g_ptr_array_index (q->level1, 0);
      jnote = g_ptr_array_index (jq->level1, 0);
      g_assert_cmpstr (note->items, ==, cases[i].items);
      g_assert_nonnull (strstr (note->note, "Level-1 item"));
      g_assert_nonnull (strstr (jnote->note, "レベル1の項目"));
      hg_pack_context_set (context, cases[i].question, cases[i].dropping);
      g_assert_true (hg_pack_context_test (context, note->condition, NULL));
      hg_pack_context_set (context, cases[i].question, cases[i].keeping);
      g_assert_false (hg_pack_context_test (context, note->condition, NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  /* The default languages of a pack are the interface's (test_languages). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pack/good", test_good_pack);
  for (guint i = 0; i < G_N_ELEMENTS (by_language); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pack/languages/default/%s",
                                               by_language[i].language ? by_language[i].language
                                                                       : "none");

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_languages_default);
    }
  g_test_add_func ("/pack/broken-xml", test_broken_xml);
  g_test_add_func ("/pack/schema-violation", test_schema_violation);
  g_test_add_func ("/pack/hostile", test_hostile);
  g_test_add_func ("/pack/bad-condition", test_bad_condition);
  g_test_add_func ("/pack/duties", test_duties);
  g_test_add_func ("/pack/long-condition", test_long_condition);
  g_test_add_func ("/pack/unknown-names", test_unknown_names);
  g_test_add_func ("/pack/bad-defaults", test_bad_defaults);
  g_test_add_func ("/pack/render", test_render);
  g_test_add_func ("/pack/languages", test_languages);
  g_test_add_func ("/pack/languages-render", test_languages_render);
  g_test_add_func ("/pack/languages-twice", test_languages_twice);
  g_test_add_func ("/pack/builtin-languages", test_builtin_languages);
  g_test_add_func ("/pack/level1-notes", test_level1_notes);
  return g_test_run ();
}
