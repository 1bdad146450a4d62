/* hg-text.h: text clean-up shared by every form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How hg_text_check() treats a field. A multi-line field (notes,
 * descriptions, measures, reasons, summaries, the text of rules, multi-line
 * answers: hg-limits.h marks each) may hold TAB and line breaks. */
typedef enum
{
  HG_TEXT_ONE_LINE  = 0,
  HG_TEXT_MULTILINE = 1 << 0,
  HG_TEXT_REQUIRED  = 1 << 1,
} HgTextFlags;

char       *hg_text_normalize        (const char *value);
const char *hg_text_normalize_into   (GString    *out,
                                      const char *value);
const char *hg_text_check            (const char *text,
                                      guint       max_chars,
                                      HgTextFlags flags);
const char *hg_text_too_long_message (guint       max_length);
gboolean    hg_text_is_email         (const char *value);
gboolean    hg_text_is_phone         (const char *value);
void        hg_text_set              (char      **dest,
                                      const char *value);
char       *hg_text_today            (void);
char       *hg_text_fold             (const char *text);
char       *hg_text_join_numbers     (const char *text);

G_END_DECLS
