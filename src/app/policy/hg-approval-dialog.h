/* hg-approval-dialog.h: approve the pack's documents together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "hg-session.h"

G_BEGIN_DECLS

typedef enum
{
  HG_APPROVAL_FIELD_SUMMARY,
  HG_APPROVAL_FIELD_AUTHOR,
  HG_APPROVAL_FIELD_APPROVER,
  HG_APPROVAL_FIELD_DATE,
  HG_APPROVAL_N_FIELDS,
} HgApprovalField;

#define HG_TYPE_APPROVAL_DIALOG (hg_approval_dialog_get_type ())

G_DECLARE_FINAL_TYPE (HgApprovalDialog, hg_approval_dialog, HG, APPROVAL_DIALOG, AdwMessageDialog)

GtkWidget  *hg_approval_dialog_new             (HgSession        *session);
void        hg_approval_dialog_set_text        (HgApprovalDialog *self,
                                                HgApprovalField   field,
                                                const char       *text);
gboolean    hg_approval_dialog_get_chosen      (HgApprovalDialog *self,
                                                const char       *document_id);
void        hg_approval_dialog_set_chosen      (HgApprovalDialog *self,
                                                const char       *document_id,
                                                gboolean          chosen);
const char *hg_approval_dialog_get_description (HgApprovalDialog *self,
                                                const char       *document_id);
gboolean    hg_approval_dialog_approve         (HgApprovalDialog *self);

G_END_DECLS
