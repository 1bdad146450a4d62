/* hg-text.h: text clean-up shared by every form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *hg_text_normalize        (const char *value);
const char *hg_text_too_long_message (guint       max_length);
gboolean    hg_text_is_email         (const char *value);
gboolean    hg_text_is_phone         (const char *value);
void        hg_text_set              (char      **dest,
                                      const char *value);
char       *hg_text_today            (void);
char       *hg_text_fold             (const char *text);

G_END_DECLS
