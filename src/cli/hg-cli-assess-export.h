/* hg-cli-assess-export.h: "assess export" (hg-cli-assess-export.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @argv[0] is "export". */
int hg_cli_assess_export (int    argc,
                          char **argv);

G_END_DECLS
