/* hg-service-end-dialog.c
 *
 * The end of a contract and how the information came back. The core
 * refuses an end before the approval or a second end (the date's row is
 * marked) and an end with neither returned nor deleted checked (both rows
 * are marked: either one will do); the dialog stays open with what was
 * typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service-end-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-refused-field.h"
#include "hg-service-edit.h"
#include "hg-service-form-dialog.h"
#include "hg-service-end-dialog.h"

struct _HgServiceEndDialog
{
  HgServiceFormDialog parent_instance;

  /* Template widgets */
  HgDateRow        *ended_row;
  GtkWidget        *returned_row;
  GtkWidget        *deleted_row;
  GtkSwitch        *returned_switch;
  GtkSwitch        *deleted_switch;
  GtkSwitch        *proof_switch;
  AdwEntryRow      *note_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgServiceEndDialog, hg_service_end_dialog, HG_TYPE_SERVICE_FORM_DIALOG)

static void
validate (HgServiceEndDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           hg_date_row_get_valid (self->ended_row));
}

/* Either switch answers the refusal that marked both. */
static void
switched (HgServiceEndDialog *self)
{
  gtk_widget_remove_css_class (self->returned_row, "error");
  gtk_widget_remove_css_class (self->deleted_row, "error");
}

gboolean
hg_service_end_dialog_save (HgServiceEndDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *rows[] = { GTK_WIDGET (self->ended_row), GTK_WIDGET (self->note_row) };

  g_return_val_if_fail (HG_IS_SERVICE_END_DIALOG (self), FALSE);

  if (!hg_service_end (hg_service_form_dialog_get_workbook (HG_SERVICE_FORM_DIALOG (self)),
                          hg_service_form_dialog_get_service_id (HG_SERVICE_FORM_DIALOG (self)), hg_date_row_get_value (self->ended_row),
                       gtk_switch_get_active (self->returned_switch),
                       gtk_switch_get_active (self->deleted_switch),
                       gtk_switch_get_active (self->proof_switch),
                       gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      /* The core names the pair as one field: neither row's title. */
      if (!hg_refused_field_mark (rows, G_N_ELEMENTS (rows), error->message))
        {
          gtk_widget_add_css_class (self->returned_row, "error");
          gtk_widget_add_css_class (self->deleted_row, "error");
        }
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_vfunc (HgServiceFormDialog *dialog)
{
  return hg_service_end_dialog_save (HG_SERVICE_END_DIALOG (dialog));
}

static void
hg_service_end_dialog_constructed (GObject *object)
{
  HgServiceEndDialog *self = (HgServiceEndDialog *) object;
  g_autofree char *ended = hg_service_form_dialog_get_day (HG_SERVICE_FORM_DIALOG (self), 0);

  G_OBJECT_CLASS (hg_service_end_dialog_parent_class)->constructed (object);

  hg_date_row_set_iso (self->ended_row, ended);
  validate (self);
}

static void
hg_service_end_dialog_dispose (GObject *object)
{
  HgServiceEndDialog *self = (HgServiceEndDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_SERVICE_END_DIALOG);

  G_OBJECT_CLASS (hg_service_end_dialog_parent_class)->dispose (object);
}

static void
hg_service_end_dialog_class_init (HgServiceEndDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_service_end_dialog_constructed;
  object_class->dispose = hg_service_end_dialog_dispose;
  HG_SERVICE_FORM_DIALOG_CLASS (klass)->save = save_vfunc;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-service-end-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, ended_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, returned_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, deleted_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, returned_switch);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, deleted_switch);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, proof_switch);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceEndDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, switched);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_service_end_dialog_init (HgServiceEndDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_set_max_length (self->note_row, HG_SERVICE_NOTE_MAX);
}

GtkWidget *
hg_service_end_dialog_new (HgWorkbook *workbook,
                              gint64      service_id,
                              const char *today)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_SERVICE_END_DIALOG, "workbook", workbook,
                       "service-id", service_id, "today", today, NULL);
}
