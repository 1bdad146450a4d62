/* hg-ics-writer.h: the yearly calendar as iCalendar (RFC 5545), for the
 * user's own calendar application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-duty-calendar.h"

G_BEGIN_DECLS

#define HG_ICS_PRODID "-//Hinagata//Operations calendar//JA"

/* @text as a TEXT value: backslash, semicolon, comma and newline escaped. */
char     *hg_ics_escape      (const char  *text);
/* Appends "@line" folded at 75 octets, never inside a UTF-8 character,
 * and ended with CRLF. */
void      hg_ics_append_line (GString     *out,
                              const char  *line);
/* One VEVENT a dated duty, starting at its first due date on or after
 * @from; @stamp is the DTSTAMP. Each event's UID is the duty's id and
 * @workbook_uid (hg_workbook_dup_uid(); NULL: the duty's id alone). */
char     *hg_ics_build       (GPtrArray   *duties,
                              const char  *workbook_uid,
                              const char  *calendar_name,
                              const GDate *from,
                              GDateTime   *stamp);
/* Writes hg_ics_build() to @path; refuses to replace a file that is not a
 * calendar this writer wrote. */
gboolean  hg_ics_write       (GPtrArray   *duties,
                              const char  *workbook_uid,
                              const char  *calendar_name,
                              const GDate *from,
                              GDateTime   *stamp,
                              const char  *path,
                              GError     **error);

/* hg_ics_write() of @workbook's duties as the application and the command
 * line write them: named 「年間計画 <company>」, with the workbook's
 * random name in every UID. */
gboolean  hg_ics_write_for_workbook (HgWorkbook  *workbook,
                                     GPtrArray   *duties,
                                     const GDate *from,
                                     GDateTime   *stamp,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS
