/* hg-department-dialog.c: add or rename a department
 *
 * The Add button stays insensitive while the name is invalid, with the
 * reason shown under the field: the dialog can never submit bad input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-department-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-department.h"
#include "hg-department-dialog.h"
#include "hg-form.h"
#include "hg-limits.h"

struct _HgDepartmentDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            department_id;  /* 0: a new department */

  /* Template widgets */
  AdwEntryRow      *name_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgDepartmentDialog, hg_department_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_DEPARTMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgDepartmentDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *problem = hg_department_validate_name (self->workbook, text, self->department_id);
  gboolean empty = text[0] == '\0';

  /* An empty field at the start is not an error yet, just not submittable. */
  hg_form_show_problem (self->problem_label, empty ? NULL : problem);
  if (problem && !empty)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", problem == NULL);
}

static void
submit (HgDepartmentDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->department_id > 0)
    ok = hg_department_rename (self->workbook, self->department_id, text, &error);
  else
    ok = hg_department_add (self->workbook, text, &error) > 0;

  if (!ok)
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (self), error);
}

static void
hg_department_dialog_response (AdwMessageDialog *dialog,
                               const char       *response)
{
  if (g_strcmp0 (response, "save") == 0)
    submit (HG_DEPARTMENT_DIALOG (dialog));
}

static void
hg_department_dialog_constructed (GObject *object)
{
  HgDepartmentDialog *self = (HgDepartmentDialog *) object;

  G_OBJECT_CLASS (hg_department_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->department_id > 0 ? _("Rename Department")
                                                          : _("Add Department"));
  if (self->department_id > 0)
    {
      g_autoptr(GPtrArray) all = hg_department_list (self->workbook);

      for (guint i = 0; i < all->len; i++)
        if (((HgDepartment *) g_ptr_array_index (all, i))->id == self->department_id)
          gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                                 ((HgDepartment *) g_ptr_array_index (all, i))->name);
    }
  else
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
hg_department_dialog_dispose (GObject *object)
{
  HgDepartmentDialog *self = (HgDepartmentDialog *) object;

  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_DEPARTMENT_DIALOG);

  G_OBJECT_CLASS (hg_department_dialog_parent_class)->dispose (object);
}

static void
hg_department_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  HgDepartmentDialog *self = HG_DEPARTMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_DEPARTMENT_ID:
      g_value_set_int64 (value, self->department_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_department_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  HgDepartmentDialog *self = HG_DEPARTMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_DEPARTMENT_ID:
      self->department_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_department_dialog_class_init (HgDepartmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_department_dialog_constructed;
  object_class->dispose = hg_department_dialog_dispose;
  object_class->get_property = hg_department_dialog_get_property;
  object_class->set_property = hg_department_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_department_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 adds a department; an id renames that one. */
  properties[PROP_DEPARTMENT_ID] =
    g_param_spec_int64 ("department-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-department-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgDepartmentDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HgDepartmentDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_department_dialog_init (HgDepartmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->name_row, HG_DEPARTMENT_NAME_MAX);
}

GtkWidget *
hg_department_dialog_new (HgWorkbook *workbook,
                          gint64      department_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_DEPARTMENT_DIALOG,
                       "workbook", workbook,
                       "department-id", department_id,
                       NULL);
}
