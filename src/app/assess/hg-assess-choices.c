/* hg-assess-choices.c
 *
 * One place for the mapping between a drop-down's position and a value of
 * the scale, so the rows and the item dialog cannot drift apart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-choices.h"

GtkStringList *
hg_assess_choices_new (HgFramework *framework)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  GPtrArray *scale = hg_framework_get_scale (framework);

  gtk_string_list_append (choices, _("Unanswered"));
  for (guint i = 0; i < scale->len; i++)
    gtk_string_list_append (choices, ((HgFrameworkAnswer *) g_ptr_array_index (scale, i))->label);
  return choices;
}

guint
hg_assess_choices_index_of (HgFramework *framework,
                            const char  *value)
{
  HgFrameworkAnswer *answer = value ? hg_framework_find_answer (framework, value) : NULL;
  guint i;

  return answer && g_ptr_array_find (hg_framework_get_scale (framework), answer, &i) ? i + 1 : 0;
}

const char *
hg_assess_choices_value_at (HgFramework *framework,
                            guint        index)
{
  GPtrArray *scale = hg_framework_get_scale (framework);

  return index > 0 && index <= scale->len
         ? ((HgFrameworkAnswer *) g_ptr_array_index (scale, index - 1))->value : NULL;
}
