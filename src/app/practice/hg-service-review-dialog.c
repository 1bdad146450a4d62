/* hg-service-review-dialog.c
 *
 * A review held today by default, the next a year on, as the rules' yearly
 * review has it; either date can be changed. What the core refuses (the
 * next review not after this one, a contract that ended) marks the date's
 * row and keeps the dialog open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-refused-field.h"
#include "hg-service-edit.h"
#include "hg-service-form-dialog.h"
#include "hg-service-review-dialog.h"

struct _HgServiceReviewDialog
{
  HgServiceFormDialog parent_instance;

  /* Template widgets */
  HgDateRow        *reviewed_row;
  HgDateRow        *next_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgServiceReviewDialog, hg_service_review_dialog, HG_TYPE_SERVICE_FORM_DIALOG)

static void
validate (HgServiceReviewDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           hg_date_row_get_valid (self->reviewed_row)
                                           && hg_date_row_get_valid (self->next_row));
}

gboolean
hg_service_review_dialog_save (HgServiceReviewDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *rows[] = { GTK_WIDGET (self->reviewed_row), GTK_WIDGET (self->next_row) };

  g_return_val_if_fail (HG_IS_SERVICE_REVIEW_DIALOG (self), FALSE);

  if (!hg_service_review (hg_service_form_dialog_get_workbook (HG_SERVICE_FORM_DIALOG (self)),
                          hg_service_form_dialog_get_service_id (HG_SERVICE_FORM_DIALOG (self)),
                          hg_date_row_get_value (self->reviewed_row),
                          hg_date_row_get_value (self->next_row), &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      hg_refused_field_mark (rows, G_N_ELEMENTS (rows), error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_vfunc (HgServiceFormDialog *dialog)
{
  return hg_service_review_dialog_save (HG_SERVICE_REVIEW_DIALOG (dialog));
}

static void
hg_service_review_dialog_constructed (GObject *object)
{
  HgServiceReviewDialog *self = (HgServiceReviewDialog *) object;
  g_autofree char *reviewed = hg_service_form_dialog_get_day (HG_SERVICE_FORM_DIALOG (self), 0);
  g_autofree char *next = hg_service_form_dialog_get_day (HG_SERVICE_FORM_DIALOG (self), 1);

  G_OBJECT_CLASS (hg_service_review_dialog_parent_class)->constructed (object);

  hg_date_row_set_iso (self->reviewed_row, reviewed);
  hg_date_row_set_iso (self->next_row, next);
  validate (self);
}

static void
hg_service_review_dialog_dispose (GObject *object)
{
  HgServiceReviewDialog *self = (HgServiceReviewDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_SERVICE_REVIEW_DIALOG);

  G_OBJECT_CLASS (hg_service_review_dialog_parent_class)->dispose (object);
}

static void
hg_service_review_dialog_class_init (HgServiceReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_service_review_dialog_constructed;
  object_class->dispose = hg_service_review_dialog_dispose;
  HG_SERVICE_FORM_DIALOG_CLASS (klass)->save = save_vfunc;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-service-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgServiceReviewDialog, reviewed_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceReviewDialog, next_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceReviewDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hg_service_review_dialog_init (HgServiceReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_service_review_dialog_new (HgWorkbook *workbook,
                              gint64      service_id,
                              const char *today)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_SERVICE_REVIEW_DIALOG, "workbook", workbook,
                       "service-id", service_id, "today", today, NULL);
}
