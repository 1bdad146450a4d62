/* hg-calendar-view.h: the yearly calendar (年間計画), a tab of the 運用 page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-page.h"

G_BEGIN_DECLS

#define HG_TYPE_CALENDAR_VIEW (hg_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (HgCalendarView, hg_calendar_view, HG, CALENDAR_VIEW, HgPage)

/* The day the view counts from (stored, YYYY-MM-DD); NULL: today. For the
 * tests and screenshots. */
void     hg_calendar_view_set_today (HgCalendarView *self,
                                     const char     *today);
/* Writes the duties as iCalendar to @path as the Export button does after
 * its file chooser; says how it went in a toast or an error. */
gboolean hg_calendar_view_export    (HgCalendarView *self,
                                     const char     *path);

G_END_DECLS
