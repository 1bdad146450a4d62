/* hg-asset-dialog.c
 *
 * Each rating is chosen from three rows that spell out what the level
 * means, with examples, so the criteria are read at the moment of choosing.
 * The importance follows live from the ratings and the personal-information
 * switches; the user may raise it, with a reason, never lower it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-form.h"

#include "hg-asset-dialog.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-db.h"
#include "hg-text.h"

struct _HgAssetDialog
{
  AdwWindow       parent_instance;

  HgWorkbook     *workbook;
  HgAssetData    *data;
  guint8          original_raised;

  GtkButton      *save_button;
  AdwEntryRow    *name_row;
  AdwEntryRow    *category_row;
  AdwEntryRow    *notes_row;
  AdwEntryRow    *users_row;
  AdwEntryRow    *retention_row;
  AdwComboRow    *department_row;
  AdwComboRow    *owner_row;
  AdwComboRow    *medium_row;
  GArray         *department_ids;
  GArray         *owner_ids;
  GArray         *medium_ids;
  GtkSwitch      *flag_switches[3];
  GtkCheckButton *level_checks[3][4];
  AdwActionRow   *importance_row;
  AdwExpanderRow *raise_row;
  AdwEntryRow    *reason_row;
  AdwExpanderRow *disposed_row;
  AdwEntryRow    *disposed_on_row;
  AdwEntryRow    *disposal_method_row;
  GtkLabel       *problems_label;
};

G_DEFINE_FINAL_TYPE (HgAssetDialog, hg_asset_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const HgAssetFlags flag_values[3] = {
  HG_ASSET_PERSONAL, HG_ASSET_SENSITIVE, HG_ASSET_MY_NUMBER
};

static guint
selected_level (HgAssetDialog *self,
                guint          axis)
{
  for (guint level = 1; level <= 3; level++)
    if (gtk_check_button_get_active (self->level_checks[axis][level]))
      return level;
  return 0;
}

static gint64
combo_id (AdwComboRow *row,
          GArray      *ids)
{
  guint position = adw_combo_row_get_selected (row);

  return position < ids->len ? g_array_index (ids, gint64, position) : 0;
}

/* Reads the form into self->data. */
static void
collect (HgAssetDialog *self)
{
  HgAssetData *d = self->data;

  hg_text_set (&d->name, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  hg_text_set (&d->business_category, gtk_editable_get_text (GTK_EDITABLE (self->category_row)));
  hg_text_set (&d->notes, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  hg_text_set (&d->users, gtk_editable_get_text (GTK_EDITABLE (self->users_row)));
  hg_text_set (&d->retention, gtk_editable_get_text (GTK_EDITABLE (self->retention_row)));
  {
    g_autofree char *n = hg_text_normalize (d->name);
    hg_text_set (&d->name, n);
  }
  d->department_id = combo_id (self->department_row, self->department_ids);
  d->owner_id = combo_id (self->owner_row, self->owner_ids);
  d->medium_id = combo_id (self->medium_row, self->medium_ids);
  d->flags = 0;
  for (guint i = 0; i < 3; i++)
    if (gtk_switch_get_active (self->flag_switches[i]))
      d->flags |= flag_values[i];
  d->confidentiality = (guint8) selected_level (self, HG_ASSET_AXIS_CONFIDENTIALITY);
  d->integrity = (guint8) selected_level (self, HG_ASSET_AXIS_INTEGRITY);
  d->availability = (guint8) selected_level (self, HG_ASSET_AXIS_AVAILABILITY);

  d->importance_raised = 0;
  hg_text_set (&d->importance_reason, "");
  if (adw_expander_row_get_enable_expansion (self->raise_row))
    {
      guint rule = hg_asset_rule_importance (d->confidentiality, d->integrity, d->availability,
                                             d->flags);
      /* Raising means one step above the rule, or the level it was already
       * raised to: editing an asset never quietly lowers it. */
      if (rule < 3)
        d->importance_raised = (guint8) MIN (3, MAX (rule + 1, self->original_raised));
      hg_text_set (&d->importance_reason, gtk_editable_get_text (GTK_EDITABLE (self->reason_row)));
    }

  d->disposed = adw_expander_row_get_enable_expansion (self->disposed_row);
  hg_text_set (&d->disposed_on, gtk_editable_get_text (GTK_EDITABLE (self->disposed_on_row)));
  hg_text_set (&d->disposal_method,
               gtk_editable_get_text (GTK_EDITABLE (self->disposal_method_row)));
  if (d->disposed)
    {
      g_autofree char *iso = NULL;

      if (hg_date_parse (d->disposed_on, &iso) && iso[0])
        hg_text_set (&d->disposed_on, iso);
    }
}

static void
validate (HgAssetDialog *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *subtitle = NULL;
  HgAssetData *d = self->data;
  guint rule;

  collect (self);
  problems = hg_asset_validate (d);

  rule = hg_asset_rule_importance (d->confidentiality, d->integrity, d->availability, d->flags);
  {
    g_autofree char *title = g_strdup_printf (_("Importance %u"), hg_asset_data_get_importance (d));
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->importance_row), title);
  }
  if (d->flags != 0)
    subtitle = g_strdup (_("Always 3: the asset holds personal information."));
  else
    subtitle = g_strdup_printf (_("%u, the highest of the three ratings."), rule);
  adw_action_row_set_subtitle (self->importance_row, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->raise_row), rule < 3);
  if (rule >= 3)
    adw_expander_row_set_enable_expansion (self->raise_row, FALSE);

  if (d->name[0] == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  /* The empty name of a new asset is not shouted about before it is typed. */
  if (problems->len > 0 && !(problems->len == 1 && d->name[0] == '\0' && d->id == 0))
    {
      g_ptr_array_add (problems, NULL);
      g_autofree char *text = g_strjoinv ("\n", (char **) problems->pdata);
      gtk_label_set_text (self->problems_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), TRUE);
      g_ptr_array_remove_index (problems, problems->len - 1);
    }
  else
  
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problems->len == 0);
}

gboolean
hg_asset_dialog_save (HgAssetDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  validate (self);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return FALSE;

  if (self->data->id > 0)
    id = hg_asset_store_update (self->workbook, self->data, &error) ? self->data->id : 0;
  else
    id = hg_asset_store_add (self->workbook, self->data, &error);

  if (id == 0)
    {
      gtk_label_set_text (self->problems_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_label), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (HgAssetDialog *self)
{
  hg_asset_dialog_save (self);
}

/* ---- Building the form --------------------------------------------------- */

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           HgAssetDialog       *self)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (validate), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static AdwComboRow *
combo_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *none,
           const char          *sql,
           HgAssetDialog       *self,
           GArray              *ids,
           gint64               current)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = hg_db_prepare (hg_workbook_get_db (self->workbook), sql, NULL);
  gint64 zero = 0;
  guint selected = 0;

  gtk_string_list_append (names, none);
  g_array_append_val (ids, zero);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      gtk_string_list_append (names, (const char *) sqlite3_column_text (stmt, 1));
      g_array_append_val (ids, id);
      if (id == current)
        selected = ids->len - 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (validate), self);
  adw_preferences_group_add (group, GTK_WIDGET (row));
  return row;
}

static void
build_level_group (HgAssetDialog  *self,
                   AdwPreferencesPage *page,
                   HgAssetAxis     axis,
                   guint           current)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, hg_asset_axis_label (axis));
  for (guint level = 3; level >= 1; level--)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s\n%s", hg_asset_level_criteria (axis, level),
                                                   hg_asset_level_example (axis, level));
      /* Translators: a rating choice, e.g. "Confidentiality 3" */
      g_autofree char *title = g_strdup_printf (_("%s %u"), hg_asset_axis_label (axis), level);

      if (level < 3)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check),
                                    self->level_checks[axis][3]);
      self->level_checks[axis][level] = GTK_CHECK_BUTTON (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), level == current);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate), self);
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (page, group);
}

static void
hg_asset_dialog_dispose (GObject *object)
{
  HgAssetDialog *self = (HgAssetDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->data, hg_asset_data_free);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->owner_ids, g_array_unref);
  g_clear_pointer (&self->medium_ids, g_array_unref);

  G_OBJECT_CLASS (hg_asset_dialog_parent_class)->dispose (object);
}

static void
hg_asset_dialog_class_init (HgAssetDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_asset_dialog_dispose;

  /**
   * HgAssetDialog::saved:
   * @id: the asset's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hg_asset_dialog_init (HgAssetDialog *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->medium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
build (HgAssetDialog *self)
{
  HgAssetData *d = self->data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group;
  static const char *flag_titles[3] = {
    N_("Personal information"),
    N_("Sensitive personal information"),
    N_("Specific personal information (My Number)"),
  };
  static const char *flag_subtitles[3] = {
    N_("Names, addresses, contact details or anything else that identifies a person."),
    N_("Health, medical history, criminal record and other information the law protects "
       "with special care."),
    N_("Personal information that includes an individual number (マイナンバー)."),
  };

  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked_cb), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->save_button));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (d->id > 0 ? _("Edit Asset")
                                                                   : _("New Asset"), NULL));
  gtk_box_append (GTK_BOX (box), header);

  /* The asset */
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Information Asset"));
  adw_preferences_group_set_description (group, _("List information, not devices: a laptop is "
                                                  "where the customer list is kept."));
  self->name_row = entry_row (group, _("Asset name"), self);
  self->category_row = entry_row (group, _("Business category"), self);
  self->notes_row = entry_row (group, _("Notes"), self);
  self->users_row = entry_row (group, _("Users"), self);
  self->retention_row = entry_row (group, _("Retention"), self);
  hg_form_set_max_length (self->name_row, HG_ASSET_NAME_MAX);
  hg_form_set_max_length (self->category_row, HG_ASSET_CATEGORY_MAX);
  hg_form_set_max_length (self->notes_row, HG_ASSET_TEXT_MAX);
  hg_form_set_max_length (self->users_row, HG_ASSET_USERS_MAX);
  hg_form_set_max_length (self->retention_row, HG_ASSET_RETENTION_MAX);
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Management"));
  self->department_row = combo_row (group, _("Department"), _("No department"),
                                    "SELECT id, name FROM department ORDER BY position, id",
                                    self, self->department_ids, d->department_id);
  self->owner_row = combo_row (group, _("Manager"), _("No one"),
                               "SELECT id, name FROM person ORDER BY id",
                               self, self->owner_ids, d->owner_id);
  self->medium_row = combo_row (group, _("Medium or storage place"), _("Not set"),
                                "SELECT id, name FROM medium ORDER BY position, id",
                                self, self->medium_ids, d->medium_id);
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Personal Information"));
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();

      self->flag_switches[i] = GTK_SWITCH (sw);
      gtk_switch_set_active (GTK_SWITCH (sw), (d->flags & flag_values[i]) != 0);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _(flag_titles[i]), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(flag_titles[i]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(flag_subtitles[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      g_signal_connect_swapped (sw, "notify::active", G_CALLBACK (validate), self);
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (page, group);

  build_level_group (self, page, HG_ASSET_AXIS_CONFIDENTIALITY, d->confidentiality);
  build_level_group (self, page, HG_ASSET_AXIS_INTEGRITY, d->integrity);
  build_level_group (self, page, HG_ASSET_AXIS_AVAILABILITY, d->availability);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Importance"));
  {
    /* Translators: %s explains importance 3 */
    g_autofree char *description = g_strdup_printf (_("Importance 3: %s"),
                                                    hg_asset_level_criteria (HG_ASSET_AXIS_IMPORTANCE, 3));
    adw_preferences_group_set_description (group, description);
  }
  self->importance_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->importance_row), "property");
  adw_preferences_group_add (group, GTK_WIDGET (self->importance_row));
  self->raise_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->raise_row), _("Raise the importance"));
  adw_expander_row_set_subtitle (self->raise_row,
                                 _("For an asset that matters more than its ratings show, such "
                                   "as one a key customer's contract names."));
  adw_expander_row_set_show_enable_switch (self->raise_row, TRUE);
  adw_expander_row_set_enable_expansion (self->raise_row, d->importance_raised > 0);
  g_signal_connect_swapped (self->raise_row, "notify::enable-expansion", G_CALLBACK (validate), self);
  self->reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason"));
  g_signal_connect_swapped (self->reason_row, "changed", G_CALLBACK (validate), self);
  adw_expander_row_add_row (self->raise_row, GTK_WIDGET (self->reason_row));
  adw_preferences_group_add (group, GTK_WIDGET (self->raise_row));
  adw_preferences_page_add (page, group);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("Status"));
  if (d->id > 0)
    {
      g_autofree char *dates = g_strdup_printf (_("Registered on %s, last changed on %s."),
                                                d->registered_on, d->updated_on);
      adw_preferences_group_set_description (group, dates);
    }
  self->disposed_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->disposed_row), _("Disposed of"));
  adw_expander_row_set_show_enable_switch (self->disposed_row, TRUE);
  adw_expander_row_set_enable_expansion (self->disposed_row, d->disposed);
  g_signal_connect_swapped (self->disposed_row, "notify::enable-expansion", G_CALLBACK (validate), self);
  self->disposed_on_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->disposed_on_row), _("Date of disposal"));
  g_signal_connect_swapped (self->disposed_on_row, "changed", G_CALLBACK (validate), self);
  self->disposal_method_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->disposal_method_row),
                                 _("Method, such as shredding or data erasure"));
  hg_form_set_max_length (self->disposal_method_row, HG_ASSET_DISPOSAL_METHOD_MAX);
  g_signal_connect_swapped (self->disposal_method_row, "changed", G_CALLBACK (validate), self);
  adw_expander_row_add_row (self->disposed_row, GTK_WIDGET (self->disposed_on_row));
  adw_expander_row_add_row (self->disposed_row, GTK_WIDGET (self->disposal_method_row));
  adw_preferences_group_add (group, GTK_WIDGET (self->disposed_row));

  self->problems_label = hg_form_problem_label_new ();
  gtk_widget_set_margin_top (GTK_WIDGET (self->problems_label), 12);
  adw_preferences_group_add (group, GTK_WIDGET (self->problems_label));
  adw_preferences_page_add (page, group);

  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (self), box);

  /* Fill the text after the widgets exist; validate() reads them all. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), d->name);
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), d->business_category);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), d->notes);
  gtk_editable_set_text (GTK_EDITABLE (self->users_row), d->users);
  gtk_editable_set_text (GTK_EDITABLE (self->retention_row), d->retention);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), d->importance_reason);
  gtk_editable_set_text (GTK_EDITABLE (self->disposed_on_row), d->disposed_on);
  gtk_editable_set_text (GTK_EDITABLE (self->disposal_method_row), d->disposal_method);
}

GtkWidget *
hg_asset_dialog_new (HgWorkbook *workbook,
                     gint64      asset_id)
{
  HgAssetDialog *self;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  self = g_object_new (HG_TYPE_ASSET_DIALOG,
                       "modal", TRUE,
                       "default-width", 560,
                       "default-height", 720,
                       "title", asset_id > 0 ? _("Edit Asset") : _("New Asset"),
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->data = asset_id > 0 ? hg_asset_store_get (workbook, asset_id) : NULL;
  if (self->data == NULL)
    self->data = hg_asset_data_new ();
  self->original_raised = self->data->importance_raised;

  build (self);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}

void
hg_asset_dialog_set_name (HgAssetDialog *self,
                          const char    *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
hg_asset_dialog_set_level (HgAssetDialog *self,
                           guint          axis,
                           guint          level)
{
  g_return_if_fail (axis < 3 && level >= 1 && level <= 3);
  gtk_check_button_set_active (self->level_checks[axis][level], TRUE);
}
