/* test-date.c: the one date parser and formatter (hg-date.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "hg-date.h"

static void
assert_parses (const char *text,
               const char *expected)
{
  g_autofree char *iso = NULL;

  if (!hg_date_parse (text, &iso))
    g_error ("“%s” was refused, expected %s", text, expected);
  g_assert_cmpstr (iso, ==, expected);
}

static void
assert_refused (const char *text)
{
  g_autofree char *iso = NULL;

  if (hg_date_parse (text, &iso))
    g_error ("“%s” was accepted as %s", text, iso);
  g_assert_null (iso);
}

static void
test_gregorian (void)
{
  assert_parses ("2027-03-31", "2027-03-31");
  assert_parses ("2024-02-29", "2024-02-29");   /* the stored form, read where it lies */
  assert_parses ("2027/3/31", "2027-03-31");
  assert_parses ("2026.4.1", "2026-04-01");
  assert_parses ("２０２７／３／３１", "2027-03-31");
  assert_parses ("2027年3月31日", "2027-03-31");
  assert_parses ("２０２７年３月３１日", "2027-03-31");
  assert_parses ("2027 年 3 月 31 日", "2027-03-31");
  assert_parses ("２０２７年　３月　３１日", "2027-03-31");
  assert_parses ("  2027-03-31 ", "2027-03-31");
  assert_parses ("", "");
  assert_parses ("   ", "");
}

static void
test_eras (void)
{
  assert_parses ("令和9年3月31日", "2027-03-31");
  assert_parses ("令和９年３月３１日", "2027-03-31");
  assert_parses ("令和 9 年 3 月 31 日", "2027-03-31");
  assert_parses ("令和元年5月1日", "2019-05-01");
  assert_parses ("令和1年5月1日", "2019-05-01");
  assert_parses ("R9.3.31", "2027-03-31");
  assert_parses ("R9/3/31", "2027-03-31");
  assert_parses ("r9-3-31", "2027-03-31");
  assert_parses ("Ｒ９．３．３１", "2027-03-31");
  assert_parses ("H31.4.30", "2019-04-30");
  assert_parses ("平成31年4月30日", "2019-04-30");
  assert_parses ("平成元年1月8日", "1989-01-08");
  assert_parses ("H1.1.8", "1989-01-08");
  /* Older staff's birth and hire dates are written in Shōwa (issue 13). */
  assert_parses ("昭和64年1月7日", "1989-01-07");   /* Shōwa's last day */
  assert_parses ("S64.1.7", "1989-01-07");
  assert_parses ("昭和元年12月25日", "1926-12-25"); /* its first */
  assert_parses ("昭和50年4月1日", "1975-04-01");
  assert_parses ("ｓ５０．４．１", "1975-04-01");
  assert_parses ("大正15年12月25日", "1926-12-25"); /* the same day, Taishō's last */
  assert_parses ("大正元年7月30日", "1912-07-30");
  assert_parses ("T1.7.30", "1912-07-30");
}

static void
test_invalid (void)
{
  assert_refused ("2027-02-30");
  assert_refused ("2026-02-29");
  assert_refused ("2027-00-10");
  assert_refused ("0000-01-01");
  assert_refused ("2027年2月30日");
  assert_refused ("2027-13-01");
  assert_refused ("令和0年4月1日");
  assert_refused ("R0.4.1");
  assert_refused ("R1.4.30");           /* Reiwa began on 1 May 2019 */
  assert_refused ("令和元年4月30日");
  assert_refused ("H31.5.1");           /* Heisei ended on 30 April 2019 */
  assert_refused ("平成元年1月7日");     /* and began on 8 January 1989 */
  assert_refused ("2027-3/31");
  assert_refused ("2027年3月31");
  assert_refused ("2027年3月31日x");
  assert_refused ("27-3-31");
  assert_refused ("20270-3-31");
  assert_refused ("R123.1.1");
  assert_refused ("S64.1.8");           /* Heisei began that day */
  assert_refused ("昭和元年12月24日");   /* still Taishō */
  assert_refused ("大正15年12月26日");   /* already Shōwa */
  assert_refused ("大正元年7月29日");    /* still Meiji */
  assert_refused ("M45.7.29");          /* Meiji is not read */
  assert_refused ("next Tuesday");
  assert_refused ("2027-03-31-01");
}

static void
test_format_with (void)
{
  g_autofree char *ja = hg_date_format_with ("2026-12-06", "%Y年%-m月%-d日");
  g_autofree char *iso = hg_date_format ("2026-12-06", HG_DATE_STYLE_ISO);
  g_autofree char *bad = hg_date_format_with ("soon", "%Y");
  g_autofree char *empty = hg_date_format ("", HG_DATE_STYLE_LONG);

  g_assert_cmpstr (ja, ==, "2026年12月6日");
  g_assert_cmpstr (iso, ==, "2026-12-06");
  /* What is not a stored date is shown as it is rather than dropped. */
  g_assert_cmpstr (bad, ==, "soon");
  g_assert_cmpstr (empty, ==, "");
}

static void
test_format_english (void)
{
  g_autofree char *text = hg_date_format ("2026-12-06", HG_DATE_STYLE_LONG);

  g_assert_cmpstr (text, ==, "6 December 2026");
}

/* In a child process: GLib decides once per process whether to translate. */
static void
test_format_japanese (void)
{
  g_autofree char *text = NULL;
  g_autofree char *round = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, 0);
      g_test_trap_assert_passed ();
      return;
    }
  if (setlocale (LC_ALL, "ja_JP.UTF-8") == NULL)
    {
      g_test_skip ("no ja_JP.UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "ja", TRUE);
  textdomain (GETTEXT_PACKAGE);
  text = hg_date_format ("2026-12-06", HG_DATE_STYLE_LONG);
  g_assert_cmpstr (text, ==, "2026年12月6日");
  /* What the interface shows can be typed back. */
  g_assert_true (hg_date_parse (text, &round));
  g_assert_cmpstr (round, ==, "2026-12-06");
}

/* The stored form alone, as an import checks it where it lies; whatever it
 * takes, hg_date_parse() gives back unchanged. */
static void
test_is_stored (void)
{
  const char *stored[] = { "2026-04-01", "2024-02-29", "0001-01-01", "9999-12-31" };
  const char *other[] = { "", "2023-02-29", "2026-13-01", "2026-04-31", "0000-01-01",
                          "2026-4-01", "2026/04/01", "2026-04-01 ", " 2026-04-01", "２０２６-04-01",
                          "2026-04-0a", "20260401", "2026-04-001", "R8-04-01", "+026-04-01" };

  for (guint i = 0; i < G_N_ELEMENTS (stored); i++)
    {
      g_autofree char *iso = NULL;

      g_assert_true (hg_date_is_stored (stored[i]));
      g_assert_true (hg_date_parse (stored[i], &iso));
      g_assert_cmpstr (iso, ==, stored[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    if (hg_date_is_stored (other[i]))
      g_error ("“%s” was taken as a stored date", other[i]);
  g_assert_false (hg_date_is_stored (NULL));
}

/* Minutes as a document writes a length of time: in whole hours or, from
 * two days, whole days; else in minutes. */
static void
test_format_minutes (void)
{
  static const struct { guint minutes; gboolean span; const char *text; } cases[] = {
    { 30, TRUE, "30分間" }, { 30, FALSE, "30分" }, { 90, TRUE, "90分間" },
    { 60, TRUE, "1時間" }, { 1440, TRUE, "24時間" }, { 1440, FALSE, "24時間" },
    { 2880, TRUE, "2日間" }, { 2880, FALSE, "2日" }, { 4320, TRUE, "3日間" },
    { 1500, TRUE, "25時間" }, { 1441, TRUE, "1441分間" }, { 0, FALSE, "0分" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = hg_date_format_minutes (cases[i].minutes, cases[i].span);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  const char *localedir = g_getenv ("HINAGATA_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/gregorian", test_gregorian);
  g_test_add_func ("/date/eras", test_eras);
  g_test_add_func ("/date/is-stored", test_is_stored);
  g_test_add_func ("/date/invalid", test_invalid);
  g_test_add_func ("/date/format-with", test_format_with);
  g_test_add_func ("/date/format-english", test_format_english);
  g_test_add_func ("/date/format-japanese", test_format_japanese);
  g_test_add_func ("/date/format-minutes", test_format_minutes);
  return g_test_run ();
}
