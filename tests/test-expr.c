/* test-expr.c: the condition language of template packs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hg-expr.h"

static gboolean
lookup (const char *name,
        HgValue    *value,
        gpointer    user_data)
{
  if (g_str_equal (name, "uses_cloud"))
    *value = (HgValue) { HG_VALUE_BOOL, TRUE, 0, NULL };
  else if (g_str_equal (name, "byod"))
    *value = (HgValue) { HG_VALUE_BOOL, FALSE, 0, NULL };
  else if (g_str_equal (name, "company.employees"))
    *value = (HgValue) { HG_VALUE_NUMBER, FALSE, 20, NULL };
  else if (g_str_equal (name, "backup_place"))
    *value = (HgValue) { HG_VALUE_STRING, FALSE, 0, "nas" };
  else if (g_str_equal (name, "empty_text"))
    *value = (HgValue) { HG_VALUE_STRING, FALSE, 0, "" };
  else
    return FALSE;
  return TRUE;
}

static gboolean
eval (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgExpr) expr = hg_expr_parse (text, &error);
  gboolean result = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (expr);
  g_assert_true (hg_expr_evaluate (expr, lookup, NULL, &result, &error));
  g_assert_no_error (error);
  return result;
}

static void
test_values (void)
{
  g_assert_true (eval ("uses_cloud"));
  g_assert_false (eval ("byod"));
  g_assert_true (eval ("true"));
  g_assert_false (eval ("false"));
  g_assert_true (eval ("backup_place"));
  g_assert_false (eval ("empty_text"));
  g_assert_true (eval ("company.employees"));
}

static void
test_precedence (void)
{
  /* not binds tighter than and, and tighter than or. */
  g_assert_true (eval ("uses_cloud and not byod"));
  g_assert_true (eval ("byod and byod or uses_cloud"));      /* (F and F) or T */
  g_assert_false (eval ("byod and (byod or uses_cloud)"));
  g_assert_true (eval ("not byod and uses_cloud"));          /* (not F) and T */
  g_assert_false (eval ("not (byod or uses_cloud)"));
  g_assert_true (eval ("uses_cloud or byod and byod"));      /* T or (F and F) */
  g_assert_true (eval ("not not uses_cloud"));
}

static void
test_comparisons (void)
{
  g_assert_true (eval ("company.employees >= 20"));
  g_assert_false (eval ("company.employees > 20"));
  g_assert_true (eval ("company.employees < 50 and company.employees != 19"));
  g_assert_true (eval ("backup_place == 'nas'"));
  g_assert_false (eval ("backup_place == 'cloud'"));
  g_assert_true (eval ("backup_place != 'cloud'"));
  g_assert_true (eval ("(company.employees <= 20) == true"));
  /* Different kinds are simply unequal. */
  g_assert_false (eval ("backup_place == 3"));
}

static void
test_errors (void)
{
  static const struct { const char *text; const char *message; } cases[] = {
    { "uses_cloud and", "Column 15: the condition ends too early" },
    { "(uses_cloud or byod", "Column 20: expected “)”" },
    { "uses_cloud byod", "Column 12: unexpected text after the condition" },
    { "backup_place == 'nas", "Column 17: a quoted text is not closed" },
    { "and byod", "Column 1: expected a name, a number or a quoted text" },
    { "", "Column 1: the condition ends too early" },
    { "uses_cloud = 1", "Column 12: unexpected text after the condition" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HgExpr) expr = hg_expr_parse (cases[i].text, &error);

      g_assert_null (expr);
      g_assert_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_unknown_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgExpr) expr = hg_expr_parse ("uses_cloud or uses_fax", &error);
  gboolean result;

  g_assert_no_error (error);
  /* Reported even though the left side alone decides the answer. */
  g_assert_false (hg_expr_evaluate (expr, lookup, NULL, &result, &error));
  g_assert_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_UNKNOWN_NAME);
  g_assert_cmpstr (error->message, ==, "Column 15: “uses_fax” is not a question of this pack");
}

static void
test_comparing_kinds (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgExpr) expr = hg_expr_parse ("backup_place < 3", &error);
  gboolean result;

  g_assert_false (hg_expr_evaluate (expr, lookup, NULL, &result, &error));
  g_assert_error (error, HG_EXPR_ERROR, HG_EXPR_ERROR_TYPE_MISMATCH);
}

/* @unit @n times, then @last. */
static char *
repeated (const char *unit,
          guint       n,
          const char *last)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  g_string_append (text, last);
  return g_string_free (text, FALSE);
}

/* "x or x or … or x" with @n terms; @last is the final term. */
static char *
chain_text (const char *word,
            guint       n,
            const char *term,
            const char *last)
{
  g_autofree char *unit = g_strdup_printf ("%s %s ", term, word);

  return repeated (unit, n - 1, last);
}

/* Parsing @text fails with @code and a message that holds @part. */
static void
assert_refused (const char  *text,
                HgExprError  code,
                const char  *part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgExpr) expr = hg_expr_parse (text, &error);

  g_assert_null (expr);
  g_assert_error (error, HG_EXPR_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, part));
}

static void
test_deep_nesting (void)
{
  g_autofree char *text = repeated ("(", 10000, "uses_cloud");

  assert_refused (text, HG_EXPR_ERROR_TOO_DEEP, "nested too deeply");
}

/* The review's case: 300,000 terms (4 MB) overflowed the stack when the
 * tree was freed or evaluated; 300,000 "not"s are no deeper a recursion.
 * Both are refused with the length limit. */
static void
test_long_chain_refused (void)
{
  const char *words[] = { "or", "and", "==" };
  g_autofree char *nots = repeated ("not ", 300000, "byod");

  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      g_autofree char *text = chain_text (words[w], 300000, "byod", "uses_cloud");

      assert_refused (text, HG_EXPR_ERROR_TOO_LONG,
                      "longer than 20000 bytes; split the condition into simpler ones");
    }
  assert_refused (nots, HG_EXPR_ERROR_TOO_LONG,
                  "longer than 20000 bytes; split the condition into simpler ones");
}

/* Under the length limit, the term count stops a chain at the 1,001st term
 * and names where it is. */
static void
test_too_many_terms (void)
{
  g_autofree char *text = chain_text ("or", HG_EXPR_MAX_TERMS + 1, "a", "b");

  g_assert_cmpuint (strlen (text), <, HG_EXPR_MAX_LENGTH);
  assert_refused (text, HG_EXPR_ERROR_TOO_LONG,
                  "Column 5001: more than 1000 terms; split the condition into simpler "
                  "ones");
}

/* Chains at the limit are one flat node: they evaluate right, list their
 * names and free, whatever their length. */
static void
test_longest_chain (void)
{
  g_autofree char *any = chain_text ("or", HG_EXPR_MAX_TERMS, "byod", "uses_cloud");
  g_autofree char *none = chain_text ("or", HG_EXPR_MAX_TERMS, "byod", "byod");
  g_autofree char *all = chain_text ("and", HG_EXPR_MAX_TERMS, "uses_cloud", "byod");
  g_autofree char *mixed = chain_text ("and", HG_EXPR_MAX_TERMS / 2,
                                       "(byod or uses_cloud)", "not byod");
  g_autoptr(HgExpr) expr = hg_expr_parse (any, NULL);
  g_auto(GStrv) names = hg_expr_identifiers (expr);

  g_assert_true (eval (any));
  g_assert_false (eval (none));
  g_assert_false (eval (all));
  g_assert_true (eval (mixed));
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "byod");
  g_assert_cmpstr (names[1], ==, "uses_cloud");
}

/* "not"s and parentheses as deep as the length limit lets them go are
 * refused at the nesting limit. */
static void
test_deep_not_and_parentheses (void)
{
  const char *units[] = { "not ", "(", "not (", "byod == (" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *text = repeated (units[i], (HG_EXPR_MAX_LENGTH - 20) / strlen (units[i]),
                                        "uses_cloud");

      assert_refused (text, HG_EXPR_ERROR_TOO_DEEP, "nested too deeply");
    }
}

/* Below the nesting limit a run of "not"s still reads right. */
static void
test_many_nots (void)
{
  g_autofree char *even = repeated ("not ", 60, "byod");
  g_autofree char *odd = repeated ("not ", 61, "byod");

  g_assert_false (eval (even));
  g_assert_true (eval (odd));
}

static void
test_identifiers (void)
{
  g_autoptr(HgExpr) expr = hg_expr_parse ("uses_cloud and (byod or not uses_cloud) and "
                                          "company.employees > 5", NULL);
  g_auto(GStrv) names = hg_expr_identifiers (expr);

  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_assert_cmpstr (names[0], ==, "uses_cloud");
  g_assert_cmpstr (names[1], ==, "byod");
  g_assert_cmpstr (names[2], ==, "company.employees");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/expr/values", test_values);
  g_test_add_func ("/expr/precedence", test_precedence);
  g_test_add_func ("/expr/comparisons", test_comparisons);
  g_test_add_func ("/expr/errors", test_errors);
  g_test_add_func ("/expr/unknown-name", test_unknown_name);
  g_test_add_func ("/expr/comparing-kinds", test_comparing_kinds);
  g_test_add_func ("/expr/deep-nesting", test_deep_nesting);
  g_test_add_func ("/expr/identifiers", test_identifiers);
  g_test_add_func ("/expr/long-chain-refused", test_long_chain_refused);
  g_test_add_func ("/expr/too-many-terms", test_too_many_terms);
  g_test_add_func ("/expr/longest-chain", test_longest_chain);
  g_test_add_func ("/expr/deep-not-and-parentheses", test_deep_not_and_parentheses);
  g_test_add_func ("/expr/many-nots", test_many_nots);
  return g_test_run ();
}
