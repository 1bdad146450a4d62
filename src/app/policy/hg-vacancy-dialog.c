/* hg-vacancy-dialog.c
 *
 * From the approval dialog's list of what is missing: a role the company
 * does not fill, and the reason, which the documents print in place of the
 * holder (hg-role-vacancy.c). An empty or overlong reason marks the field
 * and keeps the dialog open with what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-vacancy-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-limits.h"
#include "hg-role-vacancy.h"
#include "hg-vacancy-dialog.h"

struct _HgVacancyDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  HgOrgRole         role;
  AdwEntryRow      *reason_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgVacancyDialog, hg_vacancy_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_WORKBOOK,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Records the vacancy; on a refused reason marks the field, says why and
 * returns FALSE. */
gboolean
hg_vacancy_dialog_save (HgVacancyDialog *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  const char *problem = hg_role_vacancy_validate (reason);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);

  g_return_val_if_fail (HG_IS_VACANCY_DIALOG (self), FALSE);

  if (!hg_form_mark_row (GTK_WIDGET (self->reason_row), _("Reason"), problem, problems))
    {
      hg_form_show_problem (self->problem_label, problems->str);
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));
      return FALSE;
    }
  if (!hg_role_vacancy_set (self->workbook, self->role, reason, &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_vacancy_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_vacancy_dialog_save (HG_VACANCY_DIALOG (dialog)));
}

static void
hg_vacancy_dialog_constructed (GObject *object)
{
  HgVacancyDialog *self = HG_VACANCY_DIALOG (object);
  g_autofree char *reason = NULL;
  g_autofree char *heading = NULL;

  G_OBJECT_CLASS (hg_vacancy_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));
  /* Translators: a dialog heading; %s is a role, e.g. "Auditor" */
  heading = g_strdup_printf (_("Leave %s Unfilled"), hg_org_role_label (self->role));
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  reason = hg_role_vacancy_get (self->workbook, self->role);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason ? reason : "");
}

static void
hg_vacancy_dialog_dispose (GObject *object)
{
  HgVacancyDialog *self = HG_VACANCY_DIALOG (object);

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_VACANCY_DIALOG);
  G_OBJECT_CLASS (hg_vacancy_dialog_parent_class)->dispose (object);
}

static void
hg_vacancy_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgVacancyDialog *self = HG_VACANCY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_ROLE:
      g_value_set_uint (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_vacancy_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgVacancyDialog *self = HG_VACANCY_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_ROLE:
      self->role = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_vacancy_dialog_class_init (HgVacancyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_vacancy_dialog_constructed;
  object_class->dispose = hg_vacancy_dialog_dispose;
  object_class->get_property = hg_vacancy_dialog_get_property;
  object_class->set_property = hg_vacancy_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_vacancy_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* An HgOrgRole other than the department heads. */
  properties[PROP_ROLE] =
    g_param_spec_uint ("role", NULL, NULL, 0, HG_ORG_N_ROLES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-vacancy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgVacancyDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HgVacancyDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_vacancy_dialog_init (HgVacancyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->reason_row, HG_ROLE_VACANCY_REASON_MAX);
}

GtkWidget *
hg_vacancy_dialog_new (HgWorkbook *workbook,
                       HgOrgRole   role)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_VACANCY_DIALOG, "workbook", workbook, "role", role, NULL);
}

void
hg_vacancy_dialog_set_reason (HgVacancyDialog *self,
                              const char      *reason)
{
  g_return_if_fail (HG_IS_VACANCY_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason);
}
