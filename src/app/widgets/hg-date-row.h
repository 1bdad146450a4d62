/* hg-date-row.h: an entry row for a date, with a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HG_TYPE_DATE_ROW (hg_date_row_get_type ())

G_DECLARE_FINAL_TYPE (HgDateRow, hg_date_row, HG, DATE_ROW, AdwEntryRow)

GtkWidget *hg_date_row_new          (void);
gboolean   hg_date_row_get_iso      (HgDateRow  *self,
                                     char      **iso);
void       hg_date_row_set_iso      (HgDateRow  *self,
                                     const char *iso);
const char *hg_date_row_get_value  (HgDateRow  *self);
gboolean   hg_date_row_get_valid    (HgDateRow  *self);
void       hg_date_row_set_problem  (HgDateRow  *self,
                                     gboolean    problem);
GtkCalendar *hg_date_row_get_calendar (HgDateRow *self);

G_END_DECLS
