/* hg-approve-dialog.c
 *
 * The people who sign a version are usually the representative (who
 * approves) and the security lead (who drafted it), so both come filled in
 * from the company profile; the summary is the one thing to write. The
 * Approve button waits until the summary and the approver are there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-approve-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-approve-dialog.h"
#include "hg-company.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-revision.h"
#include "hg-text.h"

enum { FIELD_SUMMARY, FIELD_AUTHOR, FIELD_APPROVER, FIELD_DATE, N_FIELDS };

struct _HgApproveDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  char             *pack_id;
  HgDoc            *doc;
  AdwEntryRow      *rows[N_FIELDS];
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgApproveDialog, hg_approve_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
text_of (HgApproveDialog *self,
         guint            field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static void
validate (HgApproveDialog *self)
{
  g_autofree char *summary = g_strstrip (g_strdup (text_of (self, FIELD_SUMMARY)));
  g_autofree char *approver = g_strstrip (g_strdup (text_of (self, FIELD_APPROVER)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "approve",
                                           summary[0] != '\0' && approver[0] != '\0');
}

gboolean
hg_approve_dialog_approve (HgApproveDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint number = 0;

  g_return_val_if_fail (HG_IS_APPROVE_DIALOG (self), FALSE);

  if (!hg_revision_approve (self->workbook, self->pack_id, self->doc,
                            text_of (self, FIELD_SUMMARY), text_of (self, FIELD_AUTHOR),
                            text_of (self, FIELD_APPROVER), text_of (self, FIELD_DATE),
                            &number, &error))
    {
      hg_form_show_error (gtk_window_get_transient_for (GTK_WINDOW (self)),
                          _("Could Not Approve"), error->message);
      return FALSE;
    }
  {
    /* Translators: %u is the version number, %s the document title */
    g_autofree char *title = g_strdup_printf (_("Version %u of %s approved"), number,
                                              self->doc->title);
    GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

    if (parent != NULL)
      hg_form_toast (GTK_WIDGET (parent), adw_toast_new (title));
  }
  return TRUE;
}

static void
hg_approve_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  if (g_strcmp0 (response, "approve") == 0)
    hg_approve_dialog_approve (HG_APPROVE_DIALOG (dialog));
}

static void
hg_approve_dialog_dispose (GObject *object)
{
  HgApproveDialog *self = (HgApproveDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->doc, hg_doc_free);

  G_OBJECT_CLASS (hg_approve_dialog_parent_class)->dispose (object);
}

static void
hg_approve_dialog_class_init (HgApproveDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_approve_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_approve_dialog_response;
}

static void
hg_approve_dialog_init (HgApproveDialog *self)
{
  const char *titles[N_FIELDS] = {
    N_("Summary of changes"), N_("Drafted by"), N_("Approved by"), N_("Approval date"),
  };
  GtkListBox *list = hg_form_boxed_list_new ();

  for (guint f = 0; f < N_FIELDS; f++)
    {
      self->rows[f] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[f]), _(titles[f]));
      gtk_list_box_append (list, GTK_WIDGET (self->rows[f]));
      g_signal_connect_swapped (self->rows[f], "changed", G_CALLBACK (validate), self);
    }
  hg_form_set_max_length (self->rows[FIELD_SUMMARY], HG_REVISION_SUMMARY_MAX);
  hg_form_set_max_length (self->rows[FIELD_AUTHOR], HG_REVISION_NAME_MAX);
  hg_form_set_max_length (self->rows[FIELD_APPROVER], HG_REVISION_NAME_MAX);
  gtk_widget_set_size_request (GTK_WIDGET (list), 360, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), GTK_WIDGET (list));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "approve", _("_Approve"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "approve",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "approve");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
}

static char *
role_holder (HgWorkbook *workbook,
             HgOrgRole   role)
{
  gint64 id = hg_org_role_get_holder (workbook, role, 0);
  g_autoptr(HgPerson) person = id > 0 ? hg_person_get (workbook, id) : NULL;

  return g_strdup (person ? person->name : "");
}

/* @doc is copied: the dialog approves the text it was opened on. */
GtkWidget *
hg_approve_dialog_new (HgWorkbook  *workbook,
                       const char  *pack_id,
                       const HgDoc *doc)
{
  g_autofree char *today = hg_text_today ();
  g_autofree char *representative = NULL;
  g_autofree char *drafter = NULL;
  g_autofree char *heading = NULL;
  HgApproveDialog *self;
  guint next;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  next = doc->revisions->len
         ? ((HgDocRevision *) g_ptr_array_index (doc->revisions, doc->revisions->len - 1))->number + 1
         : 1;
  /* Translators: %u is the version number, %s the document title */
  heading = g_strdup_printf (_("Approve Version %u of %s"), next, doc->title);
  self = g_object_new (HG_TYPE_APPROVE_DIALOG,
                       "heading", heading,
                       "body", _("The document is kept exactly as it reads now. Later changes "
                                 "to the answers, roles or company data make a new version, "
                                 "and the overview says when one is due."),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->pack_id = g_strdup (pack_id);
  self->doc = hg_doc_copy (doc);

  representative = hg_company_get (workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
  drafter = role_holder (workbook, HG_ORG_ROLE_CISO);
  /* The first version is the enactment (制定). */
  hg_approve_dialog_set_text (self, FIELD_SUMMARY, next == 1 ? _("First version") : "");
  hg_approve_dialog_set_text (self, FIELD_AUTHOR, drafter);
  hg_approve_dialog_set_text (self, FIELD_APPROVER, representative);
  hg_approve_dialog_set_text (self, FIELD_DATE, today);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[FIELD_SUMMARY]));
  return GTK_WIDGET (self);
}

void
hg_approve_dialog_set_text (HgApproveDialog *self,
                            guint            field,
                            const char      *text)
{
  g_return_if_fail (HG_IS_APPROVE_DIALOG (self));
  g_return_if_fail (field < N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}
