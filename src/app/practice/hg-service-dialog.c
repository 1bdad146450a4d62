/* hg-service-dialog.c
 *
 * One service or contractor: its facts, the assets whose information it
 * handles and the selection checklist, saved as one undo step. The
 * department and the approver are free text, with the company's
 * departments and people offered beside them: a service may be used by a
 * team the company page does not list. What the core refuses on Save
 * comes back as "Field: problem"; the row of that field is marked and the
 * dialog stays open with everything typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-asset.h"
#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-department.h"
#include "hg-form.h"
#include "hg-person.h"
#include "hg-refused-field.h"
#include "hg-service-dialog.h"
#include "hg-service-edit.h"
#include "hg-service-form-dialog.h"
#include "hg-text.h"

struct _HgServiceDialog
{
  HgServiceFormDialog parent_instance;

  GArray           *offered;        /* asset ids, as in the drop-down */

  /* Template widgets */
  AdwEntryRow      *name_row;
  AdwComboRow      *kind_row;
  AdwEntryRow      *department_row;
  GtkMenuButton    *department_button;
  AdwEntryRow      *approver_row;
  GtkMenuButton    *approver_button;
  HgDateRow        *approved_on_row;
  HgDateRow        *next_review_row;
  AdwEntryRow      *note_row;
  GtkListBox       *assets_list;
  GtkWidget        *add_asset_row;
  GtkDropDown      *asset_drop;
  GtkWidget        *add_asset_button;
  GtkBox           *checks_box;
  GtkLabel         *problem_label;

  AdwEntryRow      *check_rows[HG_SERVICE_N_CHECKS];
  GtkCheckButton   *check_buttons[HG_SERVICE_N_CHECKS];
};

G_DEFINE_FINAL_TYPE (HgServiceDialog, hg_service_dialog, HG_TYPE_SERVICE_FORM_DIALOG)

static HgWorkbook *
workbook_of (HgServiceDialog *self)
{
  return hg_service_form_dialog_get_workbook (HG_SERVICE_FORM_DIALOG (self));
}

/* 0: a new service. */
static gint64
id_of (HgServiceDialog *self)
{
  return hg_service_form_dialog_get_service_id (HG_SERVICE_FORM_DIALOG (self));
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Save waits for dates that can be read; the rest is the core's to judge. */
static void
validate (HgServiceDialog *self)
{
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           hg_date_row_get_valid (self->approved_on_row)
                                           && hg_date_row_get_valid (self->next_review_row));
}

/* A row marked by a refused save is unmarked as soon as it is changed. */
static void
field_changed (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static GtkWidget *
asset_row_new (gint64      id,
               const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *widget_name = g_strdup_printf ("asset-%" G_GINT64_FORMAT, id);

  gtk_widget_set_name (row, widget_name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data_full (G_OBJECT (row), "asset-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data (G_OBJECT (row), "check", check);
  return row;
}

static GtkWidget *
find_asset_row (HgServiceDialog *self,
                gint64           id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->assets_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gint64 *row_id = g_object_get_data (G_OBJECT (row), "asset-id");

      if (row_id != NULL && *row_id == id)
        return row;
    }
  return NULL;
}

/* Listed before the row that adds one, checked; unchecked, it is left out
 * on Save (a slip is undone with one click). */
static void
add_asset (HgServiceDialog *self,
           gint64           id,
           const char      *name)
{
  GtkWidget *row = find_asset_row (self, id);

  if (row != NULL)
    {
      gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"), TRUE);
      return;
    }
  row = asset_row_new (id, name);
  gtk_list_box_insert (self->assets_list, row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->add_asset_row)));
}

static void
add_asset_clicked (HgServiceDialog *self)
{
  guint i = gtk_drop_down_get_selected (self->asset_drop);
  GtkStringObject *name = gtk_drop_down_get_selected_item (self->asset_drop);

  if (i == GTK_INVALID_LIST_POSITION || i >= self->offered->len || name == NULL)
    return;
  add_asset (self, g_array_index (self->offered, gint64, i), gtk_string_object_get_string (name));
}

static void
chosen_assets (HgServiceDialog *self,
               GArray          *assets)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->assets_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gint64 *id = g_object_get_data (G_OBJECT (row), "asset-id");

      if (id != NULL && gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), "check")))
        g_array_append_val (assets, *id);
    }
}

static HgService *
load (HgServiceDialog *self,
      GError         **error)
{
  g_autoptr(GPtrArray) list = NULL;

  if (id_of (self) <= 0)
    return hg_service_new ();
  if ((list = hg_service_list (workbook_of (self), error)) == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    if (((HgService *) list->pdata[i])->id == id_of (self))
      return g_ptr_array_steal_index (list, i);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The service is no longer in the register"));
  return NULL;
}

/* The core names a note by its item: the item's note is marked. */
static gboolean
mark_refused_check (HgServiceDialog *self,
                    const char      *message)
{
  gboolean marked = FALSE;

  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      g_autofree char *prefix = g_strdup_printf ("%s: ", hg_service_check_get_label (i));

      if (g_str_has_prefix (message, prefix))
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->check_rows[i]), "error");
          gtk_widget_grab_focus (GTK_WIDGET (self->check_rows[i]));
          marked = TRUE;
        }
    }
  return marked;
}

gboolean
hg_service_dialog_save (HgServiceDialog *self)
{
  g_autoptr(HgService) service = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *rows[] = {
    GTK_WIDGET (self->name_row), GTK_WIDGET (self->department_row),
    GTK_WIDGET (self->approver_row), GTK_WIDGET (self->approved_on_row),
    GTK_WIDGET (self->next_review_row), GTK_WIDGET (self->note_row),
  };

  g_return_val_if_fail (HG_IS_SERVICE_DIALOG (self), FALSE);

  if ((service = load (self, &error)) == NULL)
    {
      hg_form_show_problem (self->problem_label, error->message);
      return FALSE;
    }
  hg_text_set (&service->name, text_of (self->name_row));
  hg_text_set (&service->department, text_of (self->department_row));
  hg_text_set (&service->approved_by, text_of (self->approver_row));
  hg_text_set (&service->approved_on, hg_date_row_get_value (self->approved_on_row));
  hg_text_set (&service->next_review, hg_date_row_get_value (self->next_review_row));
  hg_text_set (&service->note, text_of (self->note_row));
  service->kind = adw_combo_row_get_selected (self->kind_row) == 1 ? HG_SERVICE_CONTRACTOR
                                                                    : HG_SERVICE_CLOUD;
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      service->checks[i].ok = gtk_check_button_get_active (self->check_buttons[i]);
      hg_text_set (&service->checks[i].note, text_of (self->check_rows[i]));
    }
  g_array_set_size (service->assets, 0);
  chosen_assets (self, service->assets);

  if (!hg_service_save (workbook_of (self), service, &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      /* An asset removed from the register since the dialog opened. */
      if (!hg_refused_field_mark (rows, G_N_ELEMENTS (rows), error->message)
          && !mark_refused_check (self, error->message))
        gtk_widget_add_css_class (GTK_WIDGET (self->assets_list), "error");
      return FALSE;
    }
  hg_form_show_problem (self->problem_label, NULL);
  return TRUE;
}

static gboolean
save_vfunc (HgServiceFormDialog *dialog)
{
  return hg_service_dialog_save (HG_SERVICE_DIALOG (dialog));
}

/* A small card an item: its name whole (wrapped: in an entry row's title
 * the longer ones were cut at the dialog's width) with the box to check,
 * and under it the note of how it is met. */
static void
build_checks (HgServiceDialog *self)
{
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      GtkListBox *card = hg_form_boxed_list_new ();
      GtkWidget *item = adw_action_row_new ();
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strdup_printf ("check-%s", hg_service_check_get_id (i));
      g_autofree char *met = g_strdup_printf ("met-%s", hg_service_check_get_id (i));
      /* Translators: the check box of a checklist item; %s is the item */
      g_autofree char *label = g_strdup_printf (_("%s: met"), hg_service_check_get_label (i));

      gtk_widget_set_name (row, name);
      gtk_widget_set_name (check, met);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item), hg_service_check_get_label (i));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (item), 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (item), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (item), check);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("How it is met"));
      hg_form_set_max_length (ADW_ENTRY_ROW (row), HG_SERVICE_NOTE_MAX);
      g_signal_connect (row, "changed", G_CALLBACK (field_changed), NULL);
      gtk_list_box_append (card, item);
      gtk_list_box_append (card, row);
      gtk_box_append (self->checks_box, GTK_WIDGET (card));
      self->check_rows[i] = ADW_ENTRY_ROW (row);
      self->check_buttons[i] = GTK_CHECK_BUTTON (check);
    }
}

static void
offer_assets (HgServiceDialog *self)
{
  g_autoptr(GPtrArray) assets = hg_asset_store_load (workbook_of (self));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  for (guint i = 0; assets != NULL && i < assets->len; i++)
    {
      HgAsset *asset = assets->pdata[i];
      gint64 id = hg_asset_get_id (asset);

      g_array_append_val (self->offered, id);
      gtk_string_list_append (names, hg_asset_get_data (asset)->name);
    }
  hg_form_ellipsize_drop_down (self->asset_drop);
  gtk_drop_down_set_expression (self->asset_drop, expression);
  gtk_drop_down_set_model (self->asset_drop, G_LIST_MODEL (names));
  /* Nothing to pick: the row says why instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->asset_drop), self->offered->len > 0);
  gtk_widget_set_visible (self->add_asset_button, self->offered->len > 0);
  if (self->offered->len == 0)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->add_asset_row),
                                   _("The asset register is empty"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->add_asset_row), 0);
    }
}

static void
offer_names (GtkMenuButton *button,
             const char    *action,
             GPtrArray     *names)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (names->pdata[i], NULL);

      g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (names->pdata[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (button), names->len > 0);
}

static void
offer_people (HgServiceDialog *self)
{
  g_autoptr(GPtrArray) departments = hg_department_list (workbook_of (self));
  g_autoptr(GPtrArray) people = hg_person_list (workbook_of (self));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    g_ptr_array_add (names, ((HgDepartment *) departments->pdata[i])->name);
  offer_names (self->department_button, "service.department", names);
  g_ptr_array_set_size (names, 0);
  for (guint i = 0; people != NULL && i < people->len; i++)
    g_ptr_array_add (names, ((HgPerson *) people->pdata[i])->name);
  offer_names (self->approver_button, "service.approver", names);
}

static void
pick_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  HgServiceDialog *self = HG_SERVICE_DIALOG (widget);
  AdwEntryRow *row = g_str_equal (action, "service.department") ? self->department_row
                                                                : self->approver_row;

  set_text (row, g_variant_get_string (param, NULL));
}

static void
fill (HgServiceDialog *self,
      HgService       *service)
{
  set_text (self->name_row, service->name);
  set_text (self->department_row, service->department);
  set_text (self->approver_row, service->approved_by);
  set_text (self->note_row, service->note);
  hg_date_row_set_iso (self->approved_on_row, service->approved_on);
  hg_date_row_set_iso (self->next_review_row, service->next_review);
  adw_combo_row_set_selected (self->kind_row, service->kind == HG_SERVICE_CONTRACTOR ? 1 : 0);
  for (guint i = 0; i < HG_SERVICE_N_CHECKS; i++)
    {
      gtk_check_button_set_active (self->check_buttons[i], service->checks[i].ok);
      set_text (self->check_rows[i], service->checks[i].note);
    }
  for (guint i = 0; i < service->assets->len; i++)
    add_asset (self, g_array_index (service->assets, gint64, i),
               i < service->asset_names->len ? service->asset_names->pdata[i] : "");
}

/* A new service: approved today, reviewed a year on, as the rules ask. */
static void
fill_new (HgServiceDialog *self)
{
  g_autofree char *approved = hg_service_form_dialog_get_day (HG_SERVICE_FORM_DIALOG (self), 0);
  g_autofree char *review = hg_service_form_dialog_get_day (HG_SERVICE_FORM_DIALOG (self), 1);

  hg_date_row_set_iso (self->approved_on_row, approved);
  hg_date_row_set_iso (self->next_review_row, review);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Add"));
}

static void
hg_service_dialog_constructed (GObject *object)
{
  HgServiceDialog *self = (HgServiceDialog *) object;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(HgService) service = NULL;

  G_OBJECT_CLASS (hg_service_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (workbook_of (self)));

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  id_of (self) > 0 ? _("Edit Service") : _("Add Service"));
  gtk_string_list_append (kinds, hg_service_kind_get_label (HG_SERVICE_CLOUD));
  gtk_string_list_append (kinds, hg_service_kind_get_label (HG_SERVICE_CONTRACTOR));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  build_checks (self);
  offer_assets (self);
  offer_people (self);
  if (id_of (self) > 0 && (service = load (self, NULL)) != NULL)
    fill (self, service);
  else
    fill_new (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
hg_service_dialog_dispose (GObject *object)
{
  HgServiceDialog *self = (HgServiceDialog *) object;

  g_clear_pointer (&self->offered, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_SERVICE_DIALOG);

  G_OBJECT_CLASS (hg_service_dialog_parent_class)->dispose (object);
}

static void
hg_service_dialog_class_init (HgServiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_service_dialog_constructed;
  object_class->dispose = hg_service_dialog_dispose;
  HG_SERVICE_FORM_DIALOG_CLASS (klass)->save = save_vfunc;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-service-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, department_button);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, approver_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, approver_button);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, approved_on_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, next_review_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, assets_list);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, add_asset_row);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, asset_drop);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, add_asset_button);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, checks_box);
  gtk_widget_class_bind_template_child (widget_class, HgServiceDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, field_changed);
  gtk_widget_class_bind_template_callback (widget_class, add_asset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);

  gtk_widget_class_install_action (widget_class, "service.department", "s", pick_action);
  gtk_widget_class_install_action (widget_class, "service.approver", "s", pick_action);
}

static void
hg_service_dialog_init (HgServiceDialog *self)
{
  self->offered = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_set_max_length (self->name_row, HG_SERVICE_NAME_MAX);
  hg_form_set_max_length (self->department_row, HG_SERVICE_PERSON_MAX);
  hg_form_set_max_length (self->approver_row, HG_SERVICE_PERSON_MAX);
  hg_form_set_max_length (self->note_row, HG_SERVICE_NOTE_MAX);
}

GtkWidget *
hg_service_dialog_new (HgWorkbook *workbook,
                       gint64      service_id,
                       const char *today)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_SERVICE_DIALOG, "workbook", workbook, "service-id", service_id,
                       "today", today, NULL);
}
