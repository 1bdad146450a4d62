/* hg-forms.c
 *
 * A form is printed one at a time as often as it is printed as a set: a
 * stack of blank 持出し申請・記録簿 for the office, a first report for
 * the incident at hand. The one form is cut from the whole document the
 * answers make, so it reads as it does there, number and all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-forms"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-forms.h"
#include "hg-pack.h"

static gboolean
is_form_heading (const HgDocBlock *block)
{
  return block->kind == HG_DOC_HEADING && block->level == 1 && block->number != NULL;
}

/* How many numbered forms @forms holds. */
guint
hg_forms_count (const HgDoc *forms)
{
  return hg_doc_count_numbered_chapters (forms);
}

/* A document of the one form numbered @number (様式@number) of @forms:
 * its heading and everything up to the next form, without the opening
 * words of the set. HG_PACK_ERROR_NOT_FOUND when there is no such form. */
HgDoc *
hg_forms_pick (const HgDoc  *forms,
               guint         number,
               GError      **error)
{
  g_autoptr(HgDoc) doc = hg_doc_copy (forms);
  guint seen = 0;
  guint first = 0, end = 0;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (!is_form_heading (block))
        continue;
      seen++;
      if (seen == number)
        first = i;
      else if (seen == number + 1)
        {
          end = i;
          break;
        }
    }
  if (number == 0 || seen < number)
    {
      g_set_error (error, HG_PACK_ERROR, HG_PACK_ERROR_NOT_FOUND,
                   /* Translators: the first %u is the number asked for; the
                    * company's forms are 様式1 to 様式(the second %u) */
                   _("There is no form %u: the company’s forms are numbered 1 to %u"),
                   number, seen);
      return NULL;
    }
  if (end == 0)
    end = doc->blocks->len;
  g_ptr_array_remove_range (doc->blocks, end, doc->blocks->len - end);
  g_ptr_array_remove_range (doc->blocks, 0, first);
  return g_steal_pointer (&doc);
}
