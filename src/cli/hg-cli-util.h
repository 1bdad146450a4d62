/* hg-cli-util.h: what every hinagata-cli command shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-import-sheet.h"
#include "hg-table.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

void        hg_cli_setup_output   (void);
int         hg_cli_usage_error    (const char  *message);
int         hg_cli_fail           (GError      *error);
void        hg_cli_print_field    (const char  *label,
                                   const char  *value);
HgWorkbook *hg_cli_open_read_only (const char  *path,
                                   GError     **error);
HgWorkbook *hg_cli_open_current   (const char  *path,
                                   GError     **error);
void        hg_cli_print_table    (HgTable     *table);
void        hg_cli_print_import_problems (const char  *in,
                                          GPtrArray   *problems,
                                          guint        n_problems,
                                          char       **unknown,
                                          const char  *left_out);
int         hg_cli_policy_documents (int        argc,
                                     char     **argv);
int         hg_cli_company        (int          argc,
                                   char       **argv);
int         hg_cli_employees      (int          argc,
                                   char       **argv);
int         hg_cli_risks          (int          argc,
                                   char       **argv);
int         hg_cli_assess         (int          argc,
                                   char       **argv);
/* "assess freeze", "assess history", "assess compare" (hg-cli-assess-history.c) */
gboolean    hg_cli_assess_history_handles (const char *command);
int         hg_cli_assess_history (int          argc,
                                   char       **argv);

int         hg_cli_security_action (int         argc,
                                     char      **argv);
int         hg_cli_assess_evidence (int         argc,
                                    char      **argv);
int         hg_cli_framework      (int          argc,
                                   char       **argv);
int         hg_cli_forms          (int          argc,
                                   char       **argv);
int         hg_cli_assess_import  (int          argc,
                                   char       **argv);
int         hg_cli_incidents      (int          argc,
                                   char       **argv);
int         hg_cli_calendar       (int          argc,
                                   char       **argv);
int         hg_cli_carryout       (int          argc,
                                   char       **argv);
int         hg_cli_services       (int          argc,
                                   char       **argv);

int         hg_cli_laws           (int          argc,
                                   char       **argv);

/* @text as a day, in any form hg_date_parse() reads ("2026-12-28",
 * 令和8年12月28日 …); FALSE for anything else. */
gboolean    hg_cli_parse_day      (const char  *text,
                                   GDate       *date);

/* A named option that takes a value: "--name value" or "--name=value". */
typedef struct
{
  const char  *name;
  const char **value;
} HgCliOption;

/* Options may come in any order among the positional arguments, which go
 * to @positional (at most @max_positional). FALSE for an unknown option,
 * an option without its value, or too many positional arguments. */
gboolean    hg_cli_parse_options  (int                 argc,
                                   char              **argv,
                                   const HgCliOption  *options,
                                   guint               n_options,
                                   const char        **positional,
                                   guint               max_positional,
                                   guint              *n_positional);

G_END_DECLS
