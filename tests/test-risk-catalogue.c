/* test-risk-catalogue.c: loading and checking risk catalogues
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hg-pack.h"
#include "hg-policy.h"
#include "hg-risk-catalogue.h"
#include "hg-test-risk.h"

static const char *
test_file (void)
{
  return g_test_get_filename (G_TEST_DIST, "data", "risk-catalogue-test.xml", NULL);
}

static void
test_load (void)
{
  static const char *english[] = { "en_US.UTF-8", NULL };
  g_autoptr(HgRiskCatalogue) ja = hg_test_risk_catalogue ();
  g_autoptr(HgRiskCatalogue) en = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) for_loss = NULL;
  const HgRiskThreatDef *loss;
  const HgRiskControl *clean_desk;
  guint n_threats = 0;

  g_assert_cmpuint (hg_risk_catalogue_get_version (ja), ==, 1);
  g_assert_cmpstr (hg_risk_catalogue_get_language (ja), ==, "ja");
  g_assert_cmpuint (hg_risk_catalogue_get_media (ja)->len, ==, 6);
  for (guint i = 0; i < hg_risk_catalogue_get_media (ja)->len; i++)
    n_threats += ((HgRiskMediumKind *) g_ptr_array_index (hg_risk_catalogue_get_media (ja), i))
                   ->threats->len;
  g_assert_cmpuint (n_threats, ==, 30);
  g_assert_cmpuint (hg_risk_catalogue_get_groups (ja)->len, ==, 8);
  g_assert_cmpuint (hg_risk_catalogue_get_controls (ja)->len, ==, 32);

  loss = hg_risk_catalogue_find_threat (ja, "paper_loss");
  g_assert_nonnull (loss);
  g_assert_cmpstr (loss->name, ==, "紛失・置き忘れ");
  g_assert_cmpuint (loss->likelihood, ==, 2);
  g_assert_cmpstr (loss->medium->key, ==, "paper");
  clean_desk = hg_risk_catalogue_find_control (ja, "clean_desk");
  g_assert_cmpstrv (clean_desk->counters,
                    ((const char *[]) { "paper_loss", "paper_peek", "paper_theft", NULL }));
  g_assert_cmpstr (clean_desk->group->chapter, ==, "ch_assets");
  g_assert_cmpstr (clean_desk->group->step, ==, "assets");
  g_assert_cmpuint (clean_desk->suggestions->len, ==, 1);
  g_assert_cmpstr (((HgRiskSuggestion *) g_ptr_array_index (clean_desk->suggestions, 0))->question,
                   ==, "clear_desk");
  for_loss = hg_risk_catalogue_controls_for (ja, "paper_loss");
  g_assert_cmpuint (for_loss->len, ==, 2);

  /* Medium names match however they are typed. */
  g_assert_cmpstr (hg_risk_catalogue_match_medium (ja, "社外サーバ(クラウド)")->key, ==, "cloud");
  g_assert_cmpstr (hg_risk_catalogue_match_medium (ja, " usb メモリ")->key, ==, "portable");
  g_assert_null (hg_risk_catalogue_match_medium (ja, "倉庫の棚"));

  /* The user's language for the interface, the catalogue's own beside it. */
  en = hg_risk_catalogue_load_file (test_file (), english, NULL, &error);
  g_assert_no_error (error);
  loss = hg_risk_catalogue_find_threat (en, "paper_loss");
  g_assert_cmpstr (loss->name, ==, "Loss");
  g_assert_cmpstr (loss->own_name, ==, "紛失・置き忘れ");
  /* Written in Japanese only: Japanese in any language. */
  g_assert_cmpstr (loss->description, ==, loss->own_description);
  g_assert_cmpstr (hg_risk_catalogue_find_control (en, "mfa")->text, ==,
                   "Use multi-factor authentication for cloud services and remote access.");
}

/* The catalogue compiled in loads, and what it says of the policy wizard
 * is true of the built-in pack: every group names a chapter and a step of
 * it, every suggestion a question and an answer that question takes. */
static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskCatalogue) catalogue = hg_risk_catalogue_load_builtin (NULL, &error);
  g_autoptr(HgPack) pack = hg_pack_load_builtin (&error);
  GPtrArray *groups;

  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  groups = hg_risk_catalogue_get_groups (catalogue);
  g_assert_cmpuint (groups->len, >, 0);
  g_assert_nonnull (hg_risk_catalogue_match_medium (catalogue, "書類"));

  for (guint g = 0; g < groups->len; g++)
    {
      HgRiskControlGroup *group = g_ptr_array_index (groups, g);
      gboolean step_found = FALSE, chapter_found = FALSE;

      for (guint s = 0; s < hg_pack_get_steps (pack)->len; s++)
        step_found |= g_str_equal (((HgStep *) g_ptr_array_index (hg_pack_get_steps (pack), s))->id,
                                   group->step);
      for (guint d = 0; d < hg_pack_get_documents (pack)->len; d++)
        {
          HgBlock *document = g_ptr_array_index (hg_pack_get_documents (pack), d);

          for (guint c = 0; c < document->children->len; c++)
            chapter_found |= g_strcmp0 (((HgBlock *) g_ptr_array_index (document->children, c))->id,
                                        group->chapter) == 0;
        }
      if (!step_found || !chapter_found)
        g_error ("group %s/%s names no step or chapter of the pack", group->chapter, group->step);

      for (guint c = 0; c < group->controls->len; c++)
        {
          HgRiskControl *control = g_ptr_array_index (group->controls, c);

          for (guint s = 0; s < control->suggestions->len; s++)
            {
              HgRiskSuggestion *suggestion = g_ptr_array_index (control->suggestions, s);
              const HgQuestion *question = hg_pack_find_question (pack, suggestion->question);

              if (question == NULL)
                g_error ("control %s suggests the unknown question %s", control->key,
                         suggestion->question);
              if (hg_policy_validate_answer (question, suggestion->value) != NULL)
                g_error ("control %s suggests %s for %s, which it does not take", control->key,
                         suggestion->value, suggestion->question);
            }
        }
    }
}

/* The test catalogue with @from replaced by @to (the first time). */
static GPtrArray *
problems_of (const char *from,
             const char *to)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgRiskCatalogue) catalogue = NULL;
  GPtrArray *problems = NULL;
  char *at;

  g_assert_true (g_file_get_contents (test_file (), &text, NULL, NULL));
  at = strstr (text, from);
  g_assert_nonnull (at);
  changed = g_string_new_len (text, at - text);
  g_string_append (changed, to);
  g_string_append (changed, at + strlen (from));

  catalogue = hg_risk_catalogue_load_memory (changed->str, changed->len, "test.xml", NULL,
                                             &problems, &error);
  g_assert_null (catalogue);
  g_assert_error (error, HG_RISK_CATALOGUE_ERROR, HG_RISK_CATALOGUE_ERROR_INVALID);
  g_assert_nonnull (problems);
  return problems;
}

static guint
line_of (const char *needle)
{
  g_autofree char *text = NULL;
  guint line = 1;

  g_assert_true (g_file_get_contents (test_file (), &text, NULL, NULL));
  for (const char *p = text; p < strstr (text, needle); p++)
    line += *p == '\n';
  return line;
}

static void
assert_problem (GPtrArray  *problems,
                const char *expected)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_str_equal (g_ptr_array_index (problems, i), expected))
      return;
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  g_error ("expected the problem “%s”", expected);
}

static void
test_problems (void)
{
  g_autoptr(GPtrArray) unknown = NULL;
  g_autoptr(GPtrArray) twice = NULL;
  g_autoptr(GPtrArray) control_twice = NULL;
  g_autoptr(GPtrArray) doctype = NULL;
  g_autoptr(GPtrArray) language = NULL;
  g_autoptr(GPtrArray) schema = NULL;
  g_autoptr(GPtrArray) match = NULL;
  g_autofree char *expected = NULL;
  guint line;

  /* A counters key that names no threat, with the control's line. */
  line = line_of ("<control key=\"clean_desk\"");
  unknown = problems_of ("counters=\"paper_loss paper_peek", "counters=\"paper_lost paper_peek");
  expected = g_strdup_printf ("test.xml:%u: the control “clean_desk” counters “paper_lost”, "
                              "which is not a threat of this catalogue", line);
  assert_problem (unknown, expected);
  g_clear_pointer (&expected, g_free);

  /* A key used twice, with the second one's line. */
  line = line_of ("<threat key=\"paper_theft\"");
  twice = problems_of ("<threat key=\"paper_theft\"", "<threat key=\"paper_loss\"");
  expected = g_strdup_printf ("test.xml:%u: the threat key “paper_loss” is used twice", line);
  assert_problem (twice, expected);
  g_clear_pointer (&expected, g_free);

  line = line_of ("<control key=\"mfa\"");
  control_twice = problems_of ("<control key=\"mfa\"", "<control key=\"strong_passwords\"");
  expected = g_strdup_printf ("test.xml:%u: the control key “strong_passwords” is used twice",
                              line);
  assert_problem (control_twice, expected);
  g_clear_pointer (&expected, g_free);

  /* DOCTYPE and entities are refused before parsing, with their line. */
  doctype = problems_of ("<risk-catalogue version=\"1\"",
                         "<!DOCTYPE risk-catalogue [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                         "<risk-catalogue version=\"1\"");
  expected = g_strdup_printf ("test.xml:%u: a DOCTYPE or ENTITY declaration is not allowed in a "
                              "risk catalogue", line_of ("<risk-catalogue version"));
  assert_problem (doctype, expected);
  g_assert_cmpuint (doctype->len, ==, 1);
  g_clear_pointer (&expected, g_free);

  /* At most one text per language. */
  line = line_of ("<name xml:lang=\"en\">Loss</name>");
  language = problems_of ("<name xml:lang=\"en\">Loss</name>",
                          "<name xml:lang=\"en\">Loss</name><name xml:lang=\"en\">Lost</name>");
  expected = g_strdup_printf ("test.xml:%u: <name> is written twice in the language “en”", line);
  assert_problem (language, expected);
  g_clear_pointer (&expected, g_free);

  /* The schema: a likelihood of 4. */
  line = line_of ("<threat key=\"paper_loss\"");
  schema = problems_of ("<threat key=\"paper_loss\" likelihood=\"2\"",
                        "<threat key=\"paper_loss\" likelihood=\"4\"");
  g_assert_cmpuint (schema->len, >=, 1);
  expected = g_strdup_printf ("test.xml:%u: ", line);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (schema, 0), expected));
  g_clear_pointer (&expected, g_free);

  /* Two kinds of medium claiming one medium name. */
  line = line_of ("<medium key=\"mobile\"");
  match = problems_of ("match=\"モバイル機器|", "match=\"書類|モバイル機器|");
  expected = g_strdup_printf ("test.xml:%u: the medium name “書類” is matched by “paper” already",
                              line);
  assert_problem (match, expected);
}

static void
test_not_xml (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *text = "<risk-catalogue version=\"1\" xml:lang=\"ja\">\n<medium>\n";

  g_assert_null (hg_risk_catalogue_load_memory (text, strlen (text), "broken.xml", NULL,
                                                &problems, &error));
  g_assert_error (error, HG_RISK_CATALOGUE_ERROR, HG_RISK_CATALOGUE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "broken.xml:"));
  g_clear_error (&error);
  g_assert_null (hg_risk_catalogue_load_file ("/nonexistent/catalogue.xml", NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/risk-catalogue/load", test_load);
  g_test_add_func ("/risk-catalogue/builtin", test_builtin);
  g_test_add_func ("/risk-catalogue/problems", test_problems);
  g_test_add_func ("/risk-catalogue/not-xml", test_not_xml);

  return g_test_run ();
}
