/* hg-cli-assess-suggest.h: "assess suggest FILE FRAMEWORK [--accept]"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @argv after "suggest": FILE FRAMEWORK [--accept]. */
int hg_cli_assess_suggest (int    argc,
                           char **argv);

G_END_DECLS
