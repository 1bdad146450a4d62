/* hg-date.c
 *
 * Every date the workbook keeps (registration, disposal, approval, hire,
 * training, due dates) is parsed here, so the forms, the imports and the CLI
 * accept the same spellings and store the same ISO form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "hg-date.h"
#include "hg-text.h"

/* Accepts 2026-04-01, 2026/4/1 and 2026.04.01 (full-width digits too, once
 * normalized); an empty text is a valid empty date. */
gboolean
hg_date_parse (const char  *text,
               char       **iso)
{
  g_autofree char *normalized = hg_text_normalize (text);
  guint y = 0, m = 0, d = 0;
  char sep1 = 0, sep2 = 0;

  if (normalized[0] == '\0')
    {
      *iso = g_strdup ("");
      return TRUE;
    }
  if (sscanf (normalized, "%4u%c%2u%c%2u", &y, &sep1, &m, &sep2, &d) != 5
      || sep1 != sep2 || strchr ("-/.", sep1) == NULL)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  *iso = g_strdup_printf ("%04u-%02u-%02u", y, m, d);
  return TRUE;
}
