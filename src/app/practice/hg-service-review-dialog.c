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
#include "hg-service-day.h"
#include "hg-service-edit.h"
#include "hg-service-review-dialog.h"

struct _HgServiceReviewDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            service_id;
  char             *today;

  /* Template widgets */
  HgDateRow        *reviewed_row;
  HgDateRow        *next_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgServiceReviewDialog, hg_service_review_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_SERVICE_ID,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  if (!hg_service_review (self->workbook, self->service_id,
                          hg_date_row_get_value (self->reviewed_row),
                          hg_date_row_get_value (self->next_row), &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      hg_refused_field_mark (rows, G_N_ELEMENTS (rows), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_service_review_dialog_response (AdwMessageDialog *dialog,
                                   const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_service_review_dialog_save (HG_SERVICE_REVIEW_DIALOG (dialog)));
}

static void
hg_service_review_dialog_constructed (GObject *object)
{
  HgServiceReviewDialog *self = (HgServiceReviewDialog *) object;
  g_autofree char *reviewed = hg_service_day_iso (self->today, 0);
  g_autofree char *next = hg_service_day_iso (self->today, 1);

  G_OBJECT_CLASS (hg_service_review_dialog_parent_class)->constructed (object);

  hg_date_row_set_iso (self->reviewed_row, reviewed);
  hg_date_row_set_iso (self->next_row, next);
  validate (self);
}

static void
hg_service_review_dialog_dispose (GObject *object)
{
  HgServiceReviewDialog *self = (HgServiceReviewDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->today, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_SERVICE_REVIEW_DIALOG);

  G_OBJECT_CLASS (hg_service_review_dialog_parent_class)->dispose (object);
}

static void
hg_service_review_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  HgServiceReviewDialog *self = HG_SERVICE_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_SERVICE_ID:
      g_value_set_int64 (value, self->service_id);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_service_review_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  HgServiceReviewDialog *self = HG_SERVICE_REVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_SERVICE_ID:
      self->service_id = g_value_get_int64 (value);
      break;
    case PROP_TODAY:
      self->today = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_service_review_dialog_class_init (HgServiceReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_service_review_dialog_constructed;
  object_class->dispose = hg_service_review_dialog_dispose;
  object_class->get_property = hg_service_review_dialog_get_property;
  object_class->set_property = hg_service_review_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_service_review_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE_ID] =
    g_param_spec_int64 ("service-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
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
