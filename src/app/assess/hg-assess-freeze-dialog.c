/* hg-assess-freeze-dialog.c
 *
 * Freezing is the one step a user cannot take back by answering again, so
 * the dialog says what it means before it is done: the answers are kept as
 * submitted, the next answer starts a new round from them, and Undo takes
 * the freeze back. The date is the submission's, today unless changed; a
 * date the core refuses is marked and the dialog stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-freeze-dialog.h"
#include "hg-assess-round-text.h"
#include "hg-assessment-history.h"
#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-framework-catalog.h"
#include "hg-text.h"

struct _HgAssessFreezeDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  char             *framework_id;

  /* Template widgets */
  GtkLabel         *summary_label;
  HgDateRow        *date_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgAssessFreezeDialog, hg_assess_freeze_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_FRAMEWORK_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgAssessFreezeDialog *self)
{
  /* A new date is a new try: what was said about the old one goes. */
  hg_form_show_problem (self->problem_label, NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "freeze",
                                           hg_date_row_get_valid (self->date_row));
}

gboolean
hg_assess_freeze_dialog_freeze (HgAssessFreezeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (HG_IS_ASSESS_FREEZE_DIALOG (self), FALSE);

  if (!hg_date_row_get_iso (self->date_row, &date)
      || !hg_assessment_freeze (self->workbook, self->framework_id, date, NULL, &error))
    {
      hg_date_row_set_problem (self->date_row, TRUE);
      hg_form_show_problem (self->problem_label, error ? error->message
                                                 : _("Write the date as 2026-12-20"));
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  return TRUE;
}

static void
hg_assess_freeze_dialog_response (AdwMessageDialog *dialog,
                                  const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "freeze") != 0
                                   || hg_assess_freeze_dialog_freeze (HG_ASSESS_FREEZE_DIALOG (dialog)));
}

static void
hg_assess_freeze_dialog_constructed (GObject *object)
{
  HgAssessFreezeDialog *self = HG_ASSESS_FREEZE_DIALOG (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgFramework) framework = NULL;
  g_autoptr(HgAssessment) open = NULL;
  g_autoptr(HgFrameworkScore) score = NULL;
  g_autofree char *today = hg_text_today ();
  g_autofree char *body = NULL;
  g_autofree char *rates = NULL;
  g_autofree char *summary = NULL;

  G_OBJECT_CLASS (hg_assess_freeze_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook) && self->framework_id != NULL);

  framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  open = framework ? hg_assessment_get_open (self->workbook, self->framework_id, &error) : NULL;
  body = g_strdup_printf (_("The answers to %s are kept as they are now, as submitted: they can "
                            "no longer be changed. The next answer starts a new round that "
                            "begins with these answers, to review next time. Undo takes the "
                            "freeze back."),
                          framework ? hg_framework_get_title (framework) : self->framework_id);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  if (open != NULL && (score = hg_assess_round_score (self->workbook, framework, open->id)) != NULL)
    {
      rates = hg_assess_score_summary (framework, score);
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item answered: %s",
                                              "%u of %u items answered: %s", score->n_items),
                                 score->n_answered, score->n_items, rates);
      gtk_label_set_text (self->summary_label, summary);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
  hg_date_row_set_iso (self->date_row, today);
  validate (self);
  if (error != NULL)
    hg_form_show_problem (self->problem_label, error->message);
}

static void
hg_assess_freeze_dialog_dispose (GObject *object)
{
  HgAssessFreezeDialog *self = HG_ASSESS_FREEZE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_FREEZE_DIALOG);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->framework_id, g_free);
  G_OBJECT_CLASS (hg_assess_freeze_dialog_parent_class)->dispose (object);
}

static void
hg_assess_freeze_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HgAssessFreezeDialog *self = HG_ASSESS_FREEZE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_freeze_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HgAssessFreezeDialog *self = HG_ASSESS_FREEZE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_freeze_dialog_class_init (HgAssessFreezeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_assess_freeze_dialog_constructed;
  object_class->dispose = hg_assess_freeze_dialog_dispose;
  object_class->set_property = hg_assess_freeze_dialog_set_property;
  object_class->get_property = hg_assess_freeze_dialog_get_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_assess_freeze_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-freeze-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessFreezeDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessFreezeDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessFreezeDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hg_assess_freeze_dialog_init (HgAssessFreezeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
}

GtkWidget *
hg_assess_freeze_dialog_new (HgWorkbook *workbook,
                             const char *framework_id)
{
  return g_object_new (HG_TYPE_ASSESS_FREEZE_DIALOG, "workbook", workbook,
                       "framework-id", framework_id, NULL);
}
