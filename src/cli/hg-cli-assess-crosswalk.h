/* hg-cli-assess-crosswalk.h: "assess crosswalk FILE [--format F -o OUT]"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @argv after "crosswalk". */
int hg_cli_assess_crosswalk (int    argc,
                             char **argv);

G_END_DECLS
