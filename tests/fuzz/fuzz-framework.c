/* fuzz-framework.c: libFuzzer target for the framework loader
 * (src/core/assess/hg-framework.c)
 *
 * Besides "no crash, no hang, no sanitizer report", every input checks:
 *
 *  - a refused input gets an error and at least one problem, each of the
 *    form "fuzz.xml:LINE: …" with a line inside the input;
 *  - an accepted one has as many items in its sections as it counts, each
 *    found again by its ref; every answer of the scale is found by its
 *    value; and scoring every item at each answer of the scale gives a
 *    total within the bands' reach and rates between 0 and 1.
 *
 * Checks use abort() rather than g_assert(), which a release build removes.
 * Linked with fuzz-main.c it runs the files named on its command line: the
 * seed corpus runs as a regression test without libFuzzer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hg-framework-score.h"

#define fuzz_check(condition)                                                 \
  G_STMT_START {                                                              \
    if (!(condition))                                                         \
      {                                                                       \
        fprintf (stderr, "%s:%d: check failed: %s\n",                         \
                 __FILE__, __LINE__, #condition);                             \
        abort ();                                                             \
      }                                                                       \
  } G_STMT_END

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint
count_lines (const uint8_t *data,
             size_t         size)
{
  guint n = 1;

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n')
      n++;
  return n;
}

static void
check_problems (GPtrArray     *problems,
                const uint8_t *data,
                size_t         size)
{
  guint lines = count_lines (data, size);

  fuzz_check (problems != NULL && problems->len > 0);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *p = g_ptr_array_index (problems, i);
      char *end = NULL;
      guint64 line;

      fuzz_check (g_str_has_prefix (p, "fuzz.xml:"));
      line = g_ascii_strtoull (p + strlen ("fuzz.xml:"), &end, 10);
      fuzz_check (end != NULL && *end == ':');
      /* libxml2 may name the line after the last for an unexpected end. */
      fuzz_check (line <= lines + 1);
    }
}

static void
check_framework (HgFramework *fw)
{
  GPtrArray *sections = hg_framework_get_sections (fw);
  GPtrArray *scale = hg_framework_get_scale (fw);
  guint n = 0;

  for (guint s = 0; s < sections->len; s++)
    {
      HgFrameworkSection *section = g_ptr_array_index (sections, s);

      for (guint i = 0; i < section->items->len; i++)
        {
          HgFrameworkItem *item = g_ptr_array_index (section->items, i);

          fuzz_check (hg_framework_find_item (fw, item->ref) == item);
          fuzz_check (item->section == section && item->text != NULL);
          n++;
        }
    }
  fuzz_check (n == hg_framework_count_items (fw));

  for (guint a = 0; a < scale->len; a++)
    {
      HgFrameworkAnswer *answer = g_ptr_array_index (scale, a);
      g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(HgFrameworkScore) score = NULL;

      fuzz_check (hg_framework_find_answer (fw, answer->value) == answer);
      for (guint s = 0; s < sections->len; s++)
        {
          HgFrameworkSection *section = g_ptr_array_index (sections, s);

          for (guint i = 0; i < section->items->len; i++)
            g_hash_table_insert (answers, ((HgFrameworkItem *) g_ptr_array_index (section->items, i))->ref,
                                 answer->value);
        }
      score = hg_framework_score (fw, answers);
      fuzz_check (score->n_items == n && score->n_answered == n);
      fuzz_check ((gint64) score->total == (gint64) answer->score * n);
      for (guint r = 0; r < score->rates->len; r++)
        {
          HgFrameworkRate *rate = &g_array_index (score->rates, HgFrameworkRate, r);

          fuzz_check (rate->rate >= 0.0 && rate->rate <= 1.0);
          fuzz_check (rate->n_met <= rate->n_applicable && rate->n_applicable <= rate->n_items);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const languages[] = { "ja", NULL };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) fw = NULL;

  fw = hg_framework_load_memory ((const char *) data, size, "fuzz.xml", languages, &problems, &error);
  if (fw == NULL)
    {
      fuzz_check (error != NULL);
      if (g_error_matches (error, HG_FRAMEWORK_ERROR, HG_FRAMEWORK_ERROR_INVALID))
        check_problems (problems, data, size);
    }
  else
    {
      fuzz_check (error == NULL && problems == NULL);
      check_framework (fw);
    }
  return 0;
}
