/* hg-progress.h: what the company has done so far, and what comes next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-session.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;      /* stable, also the name of the page that does it */
  char       *title;
  char       *detail;
  gboolean    done;
  gboolean    approval;  /* approving the documents: done in a dialog of its own,
                          * which the step opens, rather than on its page */
  char       *framework; /* the framework the 自己評価 page opens on, or NULL */
} HgProgressStep;

void       hg_progress_step_free (HgProgressStep *step);
GPtrArray *hg_progress_compute   (HgSession      *session);

G_END_DECLS
