/* hg-print-operation.h: printing a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hg-doc.h"

G_BEGIN_DECLS

#define HG_TYPE_PRINT_OPERATION (hg_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (HgPrintOperation, hg_print_operation, HG, PRINT_OPERATION, GtkPrintOperation)

HgPrintOperation *hg_print_operation_new           (const HgDoc             *doc);
void              hg_print_operation_save_settings (HgPrintOperation        *self);
gboolean          hg_print_doc                     (GtkWindow               *parent,
                                                    const HgDoc             *doc,
                                                    GtkPrintOperationAction  action,
                                                    const char              *export_path,
                                                    GError                 **error);

G_END_DECLS
