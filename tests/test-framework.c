/* test-framework.c: the framework format (resources/frameworks/framework.rng),
 * its loader's problems with their lines, the built-in frameworks and scoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "hg-framework.h"
#include "hg-framework-score.h"

static const char * const c_only[] = { "C", NULL };

/* A small valid framework; tests replace one line of it to break it. The
 * line numbers below count from the first line, <?xml …?>. */
static const char *good_lines[] = {
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",                          /* 1 */
  "<framework id=\"demo\" version=\"2\" xml:lang=\"ja\">",              /* 2 */
  "  <title>デモ</title>",                                              /* 3 */
  "  <publisher>テスト</publisher>",                                    /* 4 */
  "  <scale>",                                                          /* 5 */
  "    <answer value=\"y\" score=\"2\" status=\"met\"><label>はい</label></answer>", /* 6 */
  "    <answer value=\"p\" score=\"1\" status=\"partly\"><label>一部</label></answer>", /* 7 */
  "    <answer value=\"n\" score=\"0\" status=\"not\"><label>いいえ</label></answer>", /* 8 */
  "  </scale>",                                                         /* 9 */
  "  <scoring kind=\"sum\">",                                           /* 10 */
  "    <band min=\"3\" max=\"4\"><label>良い</label></band>",            /* 11 */
  "    <band min=\"0\" max=\"2\"><label>悪い</label></band>",            /* 12 */
  "  </scoring>",                                                       /* 13 */
  "  <section id=\"s1\">",                                              /* 14 */
  "    <title>一</title>",                                              /* 15 */
  "    <item ref=\"A.1\"><text>問一</text><advice>助言</advice></item>", /* 16 */
  "    <item ref=\"A.2\"><text>問二</text></item>",                      /* 17 */
  "  </section>",                                                       /* 18 */
  "</framework>",                                                       /* 19 */
};

/* The good framework with line @line (1-based) replaced by @text (0: none). */
static char *
framework_with (guint       line,
                const char *text)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (good_lines); i++)
    g_string_append_printf (out, "%s\n", i + 1 == line ? text : good_lines[i]);
  return g_string_free (out, FALSE);
}

static GPtrArray *
load_problems (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems = NULL;
  g_autoptr(HgFramework) fw = hg_framework_load_memory (text, strlen (text), "test.xml", c_only,
                                                        &problems, &error);

  g_assert_null (fw);
  g_assert_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_INVALID);
  g_assert_nonnull (problems);
  return problems;
}

static void
assert_problem (const char *text,
                const char *prefix,
                const char *words)
{
  g_autoptr(GPtrArray) problems = load_problems (text);

  for (guint i = 0; i < problems->len; i++)
    {
      const char *p = g_ptr_array_index (problems, i);

      if (g_str_has_prefix (p, prefix) && strstr (p, words) != NULL)
        return;
    }
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("  %s\n", (char *) g_ptr_array_index (problems, i));
  g_error ("no problem “%s…%s”", prefix, words);
}

static void
test_good (void)
{
  g_autofree char *text = framework_with (0, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) fw = hg_framework_load_memory (text, strlen (text), "test.xml", c_only,
                                                        NULL, &error);
  HgFrameworkItem *item;

  g_assert_no_error (error);
  g_assert_cmpstr (hg_framework_get_id (fw), ==, "demo");
  g_assert_cmpstr (hg_framework_get_version (fw), ==, "2");
  g_assert_cmpstr (hg_framework_get_publisher (fw), ==, "テスト");
  g_assert_cmpuint (hg_framework_count_items (fw), ==, 2);
  item = hg_framework_find_item (fw, "A.1");
  g_assert_cmpstr (item->text, ==, "問一");
  g_assert_cmpstr (item->advice, ==, "助言");
  g_assert_cmpstr (item->section->id, ==, "s1");
  g_assert_null (hg_framework_find_item (fw, "A.2")->advice);
  g_assert_cmpint (hg_framework_find_answer (fw, "p")->status, ==, HG_ANSWER_PARTLY);
  g_assert_null (hg_framework_find_answer (fw, "x"));
}

static void
test_broken_xml (void)
{
  g_autofree char *text = framework_with (15, "    <title>一</titel>");

  assert_problem (text, "test.xml:15:", "");
}

static void
test_doctype (void)
{
  const char *text = "<?xml version=\"1.0\"?>\n"
                     "<!DOCTYPE framework [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
                     "<framework id=\"x\" version=\"1\"><title>&x;</title></framework>\n";

  assert_problem (text, "test.xml:2:", "DOCTYPE");
}

static void
test_unknown_element (void)
{
  g_autofree char *text = framework_with (17, "    <item ref=\"A.2\"><text>問二</text><colour/></item>");

  assert_problem (text, "test.xml:17:", "");
}

static void
test_duplicate_ref (void)
{
  g_autofree char *text = framework_with (17, "    <item ref=\"A.1\"><text>問二</text></item>");

  assert_problem (text, "test.xml:17:", "“A.1” is used twice (first on line 16)");
}

static void
test_duplicate_value (void)
{
  g_autofree char *text = framework_with (8, "    <answer value=\"y\" score=\"0\" status=\"not\"><label>いいえ</label></answer>");

  assert_problem (text, "test.xml:8:", "“y” is used twice");
}

static void
test_score_out_of_range (void)
{
  /* Far past what a total can add up without overflowing. */
  g_autofree char *text = framework_with (6, "    <answer value=\"y\" score=\"2000000000\" status=\"met\"><label>はい</label></answer>");

  assert_problem (text, "test.xml:6:", "the score “2000000000” is not a whole number from -10000 to 10000");
}

static void
test_band_outside_scale (void)
{
  /* Two items at 2 points at most: a total of 5 cannot happen. */
  g_autofree char *text = framework_with (11, "    <band min=\"3\" max=\"5\"><label>良い</label></band>");
  g_autofree char *far = framework_with (11, "    <band min=\"7\" max=\"9\"><label>良い</label></band>");
  g_autofree char *overlap = framework_with (12, "    <band min=\"0\" max=\"3\"><label>悪い</label></band>");

  assert_problem (text, "test.xml:11:", "outside the totals the scale allows (0 to 4)");
  assert_problem (far, "test.xml:11:", "outside the totals the scale allows (0 to 4)");
  assert_problem (overlap, "test.xml:12:", "overlaps the band on line 11");
}

static void
test_empty_text (void)
{
  g_autofree char *text = framework_with (16, "    <item ref=\"A.1\">\n<text>  </text></item>");

  assert_problem (text, "test.xml:17:", "<text> is empty");
}

static void
test_levels (void)
{
  g_autofree char *no_level = framework_with (10, "  <scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/></scoring><!--");
  g_autofree char *text = NULL;

  /* Rates scoring: the comment swallows the bands; A.1 and A.2 have no level. */
  {
    g_autofree char *t1 = g_strdup (no_level);
    char *end = strstr (t1, "  </scoring>");

    memcpy (end, " -->        ", 12);
    assert_problem (t1, "test.xml:16:", "“A.1” has no level");
    text = g_strdup (t1);
  }
  {
    g_autoptr(GString) s = g_string_new (text);

    g_string_replace (s, "<item ref=\"A.1\">", "<item ref=\"A.1\" level=\"L3\">", 1);
    assert_problem (s->str, "test.xml:16:", "level “L3”, which the scoring does not declare");
  }
}

static void
test_builtin_self_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) fw = hg_framework_load_builtin ("ipa-self-check", c_only, &error);
  GPtrArray *sections;
  guint sizes[] = { 5, 13, 7 };
  guint n = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (hg_framework_count_items (fw), ==, 25);
  sections = hg_framework_get_sections (fw);
  g_assert_cmpuint (sections->len, ==, 3);
  for (guint s = 0; s < 3; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      g_assert_cmpuint (section->items->len, ==, sizes[s]);
      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);
          g_autofree char *ref = g_strdup_printf ("%u", ++n);

          g_assert_cmpstr (item->ref, ==, ref);
          g_assert_nonnull (item->advice);
        }
    }
  g_assert_cmpuint (hg_framework_get_scale (fw)->len, ==, 4);
  g_assert_cmpstr (hg_framework_get_own_title (fw), ==, "5分でできる情報セキュリティ自社診断");
  g_assert_cmpuint (hg_framework_get_bands (fw)->len, ==, 4);
}

static void
test_builtin_others (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) five = hg_framework_load_builtin ("five-measures", c_only, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (hg_framework_count_items (five), ==, 5);
  g_assert_null (hg_framework_load_builtin ("jama", c_only, &error));
  g_assert_error (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_NOT_FOUND);
}

/* The self-check's total with @n4 items at 4, @n2 at 2, @nm1 at -1 and the
 * rest at 0, and the first words of its band. */
static void
assert_total (HgFramework *fw,
              guint        n4,
              guint        n2,
              guint        nm1,
              int          total,
              const char  *band_start)
{
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(HgFrameworkScore) score = NULL;

  for (guint i = 1; i <= 25; i++)
    g_hash_table_insert (answers, g_strdup_printf ("%u", i),
                         i <= n4 ? "4" : i <= n4 + n2 ? "2" : i <= n4 + n2 + nm1 ? "-1" : "0");
  score = hg_framework_score (fw, answers);
  g_assert_cmpint (score->total, ==, total);
  g_assert_cmpint (score->maximum, ==, 100);
  g_assert_cmpuint (score->n_answered, ==, 25);
  g_assert_cmpuint (score->n_unknown, ==, nm1);
  g_assert_nonnull (score->band);
  g_assert_true (g_str_has_prefix (score->band->label, band_start));
}

static void
test_self_check_scoring (void)
{
  g_autoptr(HgFramework) fw = hg_framework_load_builtin ("ipa-self-check", c_only, NULL);

  assert_total (fw, 25, 0, 0, 100, "すべて");
  assert_total (fw, 24, 1, 0, 98, "おおむね");
  assert_total (fw, 17, 1, 0, 70, "おおむね");    /* 68 + 2 */
  assert_total (fw, 17, 0, 0, 68, "対策が足りません");
  assert_total (fw, 12, 1, 0, 50, "対策が足りません");
  assert_total (fw, 12, 0, 1, 47, "いつ事故");    /* "don't know" takes a point */
  assert_total (fw, 12, 0, 0, 48, "いつ事故");
  assert_total (fw, 0, 0, 25, -25, "いつ事故");

  /* No band until every item is answered. */
  {
    g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(HgFrameworkScore) score = NULL;

    for (guint i = 1; i <= 24; i++)
      g_hash_table_insert (answers, g_strdup_printf ("%u", i), "4");
    score = hg_framework_score (fw, answers);
    g_assert_cmpint (score->total, ==, 96);
    g_assert_cmpuint (score->n_answered, ==, 24);
    g_assert_null (score->band);
  }
}

static void
test_rates (void)
{
  const char *text =
    "<?xml version=\"1.0\"?>\n"
    "<framework id=\"lv\" version=\"1\"><title>t</title><publisher>p</publisher>\n"
    "<scale><answer value=\"met\" score=\"1\" status=\"met\"><label>m</label></answer>"
    "<answer value=\"partly\" score=\"0\" status=\"partly\"><label>p</label></answer>"
    "<answer value=\"na\" score=\"0\" status=\"na\"><label>n</label></answer></scale>\n"
    "<scoring kind=\"rates\"><level id=\"L1\"/><level id=\"L2\"/></scoring>\n"
    "<section id=\"s\"><title>s</title>\n"
    "<item ref=\"1\" level=\"L1\"><text>a</text></item>\n"
    "<item ref=\"2\" level=\"L1\"><text>b</text></item>\n"
    "<item ref=\"3\" level=\"L2\" tags=\"x y\"><text>c</text></item>\n"
    "<item ref=\"4\" level=\"L2\"><text>d</text></item>\n"
    "</section></framework>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) fw = hg_framework_load_memory (text, strlen (text), "lv.xml", c_only, NULL, &error);
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(HgFrameworkScore) score = NULL;
  HgFrameworkRate *l1, *l2, *all;

  g_assert_no_error (error);
  g_assert_cmpstrv (hg_framework_find_item (fw, "3")->tags, ((const char *[]) { "x", "y", NULL }));
  g_hash_table_insert (answers, "1", "met");
  g_hash_table_insert (answers, "2", "partly");   /* counts as not met */
  g_hash_table_insert (answers, "3", "na");       /* left out */
  score = hg_framework_score (fw, answers);       /* 4 unanswered */
  g_assert_cmpuint (score->rates->len, ==, 3);
  l1 = &g_array_index (score->rates, HgFrameworkRate, 0);
  l2 = &g_array_index (score->rates, HgFrameworkRate, 1);
  all = &g_array_index (score->rates, HgFrameworkRate, 2);
  g_assert_cmpstr (l1->level, ==, "L1");
  g_assert_cmpuint (l1->n_met, ==, 1);
  g_assert_cmpuint (l1->n_applicable, ==, 2);
  g_assert_cmpfloat_with_epsilon (l1->rate, 0.5, 1e-9);
  g_assert_cmpstr (l2->level, ==, "L2");
  g_assert_cmpuint (l2->n_items, ==, 4);
  g_assert_cmpuint (l2->n_applicable, ==, 3);
  g_assert_cmpuint (l2->n_unanswered, ==, 1);
  g_assert_cmpfloat_with_epsilon (l2->rate, 1.0 / 3, 1e-9);
  g_assert_null (all->level);
  g_assert_cmpuint (all->n_met, ==, 1);
  /* Every item has a level: the rate over all items says what L2's does. */
  g_assert_true (hg_framework_score_rate_repeats (score, 2));
  g_assert_false (hg_framework_score_rate_repeats (score, 1));
  g_assert_false (hg_framework_score_rate_repeats (score, 0));
}

/* Whether @text holds no kana or kanji: an English text that is there. */
static void
assert_english (const char *text,
                const char *what)
{
  g_assert_nonnull (text);
  for (const char *c = text; *c; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff))
        g_error ("%s is not in English: %s", what, text);
    }
}

/* Issue 16, item 3: the built-in frameworks speak English to an English
 * interface: titles, sections, every item's text and advice, the scale
 * and the bands; Japanese stays their own language. */
static void
test_builtin_english (void)
{
  const char * const en[] = { "en", NULL };
  const char * const *ids = hg_framework_builtin_ids ();

  for (guint f = 0; ids[f] != NULL; f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HgFramework) fw = hg_framework_load_builtin (ids[f], en, &error);
      g_autoptr(HgFramework) ja = hg_framework_load_builtin (ids[f], c_only, &error);
      GPtrArray *sections;

      g_assert_no_error (error);
      assert_english (hg_framework_get_title (fw), "title");
      assert_english (hg_framework_get_publisher (fw), "publisher");
      g_assert_cmpstr (hg_framework_get_own_title (fw), ==, hg_framework_get_title (ja));
      sections = hg_framework_get_sections (fw);
      for (guint s = 0; s < sections->len; s++)
        {
          HgFrameworkSection *section = g_ptr_array_index (sections, s);

          assert_english (section->title, section->id);
          for (guint i = 0; i < section->items->len; i++)
            {
              HgFrameworkItem *item = g_ptr_array_index (section->items, i);
              HgFrameworkItem *own = hg_framework_find_item (ja, item->ref);

              assert_english (item->text, item->ref);
              assert_english (item->advice, item->ref);
              g_assert_cmpstr (item->text, !=, own->text);
            }
        }
      for (guint a = 0; a < hg_framework_get_scale (fw)->len; a++)
        assert_english (((HgFrameworkAnswer *) hg_framework_get_scale (fw)->pdata[a])->label,
                        "answer");
      for (guint b = 0; b < hg_framework_get_bands (fw)->len; b++)
        assert_english (((HgFrameworkBand *) hg_framework_get_bands (fw)->pdata[b])->label,
                        "band");
    }
  {
    g_autoptr(HgFramework) fw = hg_framework_load_builtin ("ipa-self-check", en, NULL);

    g_assert_cmpstr (hg_framework_find_item (fw, "14")->text, ==,
                     "Do you lock your computer screen when you leave your seat?");
  }
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/framework/good", test_good);
  g_test_add_func ("/framework/problems/broken-xml", test_broken_xml);
  g_test_add_func ("/framework/problems/doctype", test_doctype);
  g_test_add_func ("/framework/problems/unknown-element", test_unknown_element);
  g_test_add_func ("/framework/problems/duplicate-ref", test_duplicate_ref);
  g_test_add_func ("/framework/problems/duplicate-value", test_duplicate_value);
  g_test_add_func ("/framework/problems/score-out-of-range", test_score_out_of_range);
  g_test_add_func ("/framework/problems/band-outside-scale", test_band_outside_scale);
  g_test_add_func ("/framework/problems/empty-text", test_empty_text);
  g_test_add_func ("/framework/problems/levels", test_levels);
  g_test_add_func ("/framework/builtin/self-check", test_builtin_self_check);
  g_test_add_func ("/framework/builtin/others", test_builtin_others);
  g_test_add_func ("/framework/builtin/english", test_builtin_english);
  g_test_add_func ("/framework/score/self-check", test_self_check_scoring);
  g_test_add_func ("/framework/score/rates", test_rates);
  return g_test_run ();
}
