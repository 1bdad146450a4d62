/* hg-assess-choices.h: a framework's answers as the page's and the item
 * dialog's drop-downs offer them — "Unanswered" first, then the scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-framework.h"

G_BEGIN_DECLS

GtkStringList *hg_assess_choices_new      (HgFramework *framework);
/* The choice showing @value (NULL: unanswered, 0). */
guint          hg_assess_choices_index_of (HgFramework *framework,
                                           const char  *value);
/* The value of choice @index, NULL for "Unanswered" (borrowed). */
const char    *hg_assess_choices_value_at (HgFramework *framework,
                                           guint        index);

G_END_DECLS
