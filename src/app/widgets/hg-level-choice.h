/* hg-level-choice.h: a 3/2/1 rating choice that says what each level means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What @level (1..3) means, in the interface language; @data as given. */
typedef const char *(*HgLevelMeaningFunc) (guint    level,
                                          gpointer data);

char *hg_level_choice_describe     (guint               level,
                                    HgLevelMeaningFunc  meaning,
                                    gpointer            data);
void  hg_level_choice_setup        (GtkWidget          *widget,
                                    HgLevelMeaningFunc  meaning,
                                    gpointer            data);

G_END_DECLS
