/* hg-bulk-edit-dialog.c
 *
 * Every field starts at "Keep": only what the user changes is applied, to
 * all the selected assets, as one undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-bulk-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-department.h"
#include "hg-risk-catalogue.h"
#include "hg-form.h"
#include "hg-level-choice.h"
#include "hg-person.h"

struct _HgBulkEditDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  GVariant         *asset_ids;       /* "ax" */
  GArray           *department_ids;  /* position → value; -1 keep, 0 none */
  GArray           *medium_ids;
  GArray           *owner_ids;

  /* Template widgets */
  AdwComboRow      *department_row;
  AdwComboRow      *medium_row;
  AdwComboRow      *owner_row;
  AdwComboRow      *level_rows[3];
};

G_DEFINE_FINAL_TYPE (HgBulkEditDialog, hg_bulk_edit_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_ASSET_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "Keep as it is" and "none" come first, then the choices. */
static GtkStringList *
choices_new (const char *none,
             GArray     *ids)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 keep = -1, clear = 0;

  gtk_string_list_append (names, _("Keep as it is"));
  g_array_append_val (ids, keep);
  gtk_string_list_append (names, none);
  g_array_append_val (ids, clear);
  return names;
}

static const char *
level_meaning (guint    level,
               gpointer axis)
{
  return hg_asset_level_criteria (GPOINTER_TO_UINT (axis), level);
}

static void
fill_choices (HgBulkEditDialog *self)
{
  g_autoptr(GPtrArray) departments = hg_department_list (self->workbook);
  g_autoptr(GPtrArray) media = hg_asset_store_list_media (self->workbook);
  g_autoptr(GtkStringList) department_names = choices_new (_("No department"),
                                                           self->department_ids);
  g_autoptr(GtkStringList) medium_names = choices_new (_("Not set"), self->medium_ids);
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  g_autoptr(GtkStringList) owner_names = choices_new (_("No one"), self->owner_ids);

  for (guint i = 0; i < departments->len; i++)
    {
      const HgDepartment *department = g_ptr_array_index (departments, i);

      gtk_string_list_append (department_names, department->name);
      g_array_append_val (self->department_ids, department->id);
    }
  for (guint i = 0; i < media->len; i++)
    {
      const HgNamedItem *medium = g_ptr_array_index (media, i);

      gtk_string_list_append (medium_names, hg_risk_catalogue_display_builtin_medium (medium->name));
      g_array_append_val (self->medium_ids, medium->id);
    }
  for (guint i = 0; i < people->len; i++)
    {
      const HgPerson *person = g_ptr_array_index (people, i);

      gtk_string_list_append (owner_names, person->name);
      g_array_append_val (self->owner_ids, person->id);
    }
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (department_names));
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (owner_names));
  adw_combo_row_set_model (self->medium_row, G_LIST_MODEL (medium_names));
}

static void
hg_bulk_edit_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  HgBulkEditDialog *self = HG_BULK_EDIT_DIALOG (dialog);
  HgAssetBulkEdit edit = HG_ASSET_BULK_EDIT_INIT;
  g_autoptr(GError) error = NULL;
  int *levels[3] = { &edit.confidentiality, &edit.integrity, &edit.availability };
  const gint64 *ids;
  gsize n_ids;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  edit.department_id = g_array_index (self->department_ids, gint64,
                                      adw_combo_row_get_selected (self->department_row));
  edit.medium_id = g_array_index (self->medium_ids, gint64,
                                  adw_combo_row_get_selected (self->medium_row));
  edit.owner_id = g_array_index (self->owner_ids, gint64,
                                 adw_combo_row_get_selected (self->owner_row));
  for (guint i = 0; i < 3; i++)
    {
      guint position = adw_combo_row_get_selected (self->level_rows[i]);

      /* Positions: 0 keep, then 3, 2, 1. */
      *levels[i] = position == 0 ? -1 : (int) (4 - position);
    }

  ids = g_variant_get_fixed_array (self->asset_ids, &n_ids, sizeof (gint64));
  if (!hg_asset_store_bulk_edit (self->workbook, ids, n_ids, &edit, &error))
    hg_form_report_save_error (ADW_MESSAGE_DIALOG (self), error);
}

static void
hg_bulk_edit_dialog_constructed (GObject *object)
{
  HgBulkEditDialog *self = (HgBulkEditDialog *) object;
  g_autofree char *heading = NULL;
  gsize n_ids;

  G_OBJECT_CLASS (hg_bulk_edit_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  if (self->asset_ids == NULL)
    self->asset_ids = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE_INT64, NULL, 0));
  n_ids = g_variant_n_children (self->asset_ids);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Edit %u Asset", "Edit %u Assets",
                                          n_ids), (guint) n_ids);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  fill_choices (self);
}

static void
hg_bulk_edit_dialog_dispose (GObject *object)
{
  HgBulkEditDialog *self = (HgBulkEditDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->asset_ids, g_variant_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->medium_ids, g_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_BULK_EDIT_DIALOG);

  G_OBJECT_CLASS (hg_bulk_edit_dialog_parent_class)->dispose (object);
}

static void
hg_bulk_edit_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HgBulkEditDialog *self = HG_BULK_EDIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_ASSET_IDS:
      g_value_set_variant (value, self->asset_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_bulk_edit_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HgBulkEditDialog *self = HG_BULK_EDIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_ASSET_IDS:
      self->asset_ids = g_value_dup_variant (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_bulk_edit_dialog_class_init (HgBulkEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_bulk_edit_dialog_constructed;
  object_class->dispose = hg_bulk_edit_dialog_dispose;
  object_class->get_property = hg_bulk_edit_dialog_get_property;
  object_class->set_property = hg_bulk_edit_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_bulk_edit_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The assets the change applies to, as an array of ids ("ax"). */
  properties[PROP_ASSET_IDS] =
    g_param_spec_variant ("asset-ids", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-bulk-edit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgBulkEditDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, HgBulkEditDialog, medium_row);
  gtk_widget_class_bind_template_child (widget_class, HgBulkEditDialog, owner_row);
  gtk_widget_class_bind_template_child_full (widget_class, "level_row_0", FALSE,
                                             G_STRUCT_OFFSET (HgBulkEditDialog, level_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "level_row_1", FALSE,
                                             G_STRUCT_OFFSET (HgBulkEditDialog, level_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "level_row_2", FALSE,
                                             G_STRUCT_OFFSET (HgBulkEditDialog, level_rows[2]));
}

static void
hg_bulk_edit_dialog_init (HgBulkEditDialog *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->medium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint axis = 0; axis < 3; axis++)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->level_rows[axis]),
                                     hg_asset_axis_label (axis));
      hg_level_choice_setup (GTK_WIDGET (self->level_rows[axis]), level_meaning,
                             GUINT_TO_POINTER (axis));
    }
}

GtkWidget *
hg_bulk_edit_dialog_new (HgWorkbook   *workbook,
                         const gint64 *ids,
                         guint         n_ids)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_BULK_EDIT_DIALOG,
                       "workbook", workbook,
                       "asset-ids", g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, ids, n_ids,
                                                               sizeof (gint64)),
                       NULL);
}
