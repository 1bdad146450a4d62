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

#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-form.h"
#include "hg-limits.h"

#include "hg-asset-dialog.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-department.h"
#include "hg-person.h"
#include "hg-risk-catalogue.h"
#include "hg-text.h"

struct _HgAssetDialog
{
  AdwWindow       parent_instance;

  HgWorkbook     *workbook;
  gint64          asset_id;     /* 0: a new asset */
  HgAssetData    *data;
  guint8          original_raised;

  /* Template widgets */
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
  AdwPreferencesGroup *level_groups[3];
  GtkCheckButton *level_checks[3][4];    /* [axis][level], levels 1..3 */
  AdwPreferencesGroup *importance_group;
  AdwActionRow   *importance_row;
  AdwExpanderRow *raise_row;
  AdwEntryRow    *reason_row;
  AdwPreferencesGroup *status_group;
  AdwExpanderRow *disposed_row;
  HgDateRow      *disposed_on_row;
  AdwEntryRow    *disposal_method_row;
  GtkLabel       *problems_label;
};

G_DEFINE_FINAL_TYPE (HgAssetDialog, hg_asset_dialog, ADW_TYPE_WINDOW)

enum { SAVED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_ASSET_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  d->flags = hg_asset_rule_flags (d->flags);
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
  hg_text_set (&d->disposed_on, hg_date_row_get_value (self->disposed_on_row));
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
    gtk_widget_set_visible (GTK_WIDGET (self->problems_label), FALSE);

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), problems->len == 0);
}

/* A My Number is personal information by law: its switch turns the
 * personal one on and holds it there, as the core stores it. */
static void
my_number_cb (HgAssetDialog *self)
{
  gboolean my_number = gtk_switch_get_active (self->flag_switches[2]);

  if (my_number)
    gtk_switch_set_active (self->flag_switches[0], TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->flag_switches[0]), !my_number);
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

/* ---- Filling the form ----------------------------------------------------- */

/* A combo's choices: "none", then the names, each with its id. */
static GtkStringList *
choices_new (const char *none,
             GArray     *ids)
{
  GtkStringList *names = gtk_string_list_new (NULL);
  gint64 zero = 0;

  gtk_string_list_append (names, none);
  g_array_append_val (ids, zero);
  return names;
}

static void
add_choice (GtkStringList *names,
            GArray        *ids,
            gint64         id,
            const char    *name)
{
  gtk_string_list_append (names, name);
  g_array_append_val (ids, id);
}

/* Shows @names in @row, with @current chosen (or "none"). */
static void
set_choices (AdwComboRow   *row,
             GtkStringList *names,
             GArray        *ids,
             gint64         current)
{
  guint selected = 0;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == current)
      selected = i;
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  g_object_unref (names);
}

/* The rating rows spell out each level: the criteria and an example. */
static void
label_levels (HgAssetDialog *self)
{
  for (HgAssetAxis axis = HG_ASSET_AXIS_CONFIDENTIALITY; axis <= HG_ASSET_AXIS_AVAILABILITY; axis++)
    {
      adw_preferences_group_set_title (self->level_groups[axis], hg_asset_axis_label (axis));
      for (guint level = 1; level <= 3; level++)
        {
          GtkWidget *check = GTK_WIDGET (self->level_checks[axis][level]);
          GtkWidget *row = gtk_widget_get_ancestor (check, ADW_TYPE_ACTION_ROW);
          g_autofree char *subtitle = g_strdup_printf ("%s\n%s",
                                                       hg_asset_level_criteria (axis, level),
                                                       hg_asset_level_example (axis, level));
          /* Translators: a rating choice, e.g. "Confidentiality 3" */
          g_autofree char *title = g_strdup_printf (_("%s %u"), hg_asset_axis_label (axis), level);

          gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          title, -1);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
    }
  {
    /* Translators: %s explains importance 3 */
    g_autofree char *description = g_strdup_printf (_("Importance 3: %s"),
                                                    hg_asset_level_criteria (HG_ASSET_AXIS_IMPORTANCE, 3));
    adw_preferences_group_set_description (self->importance_group, description);
  }
}

/* Every change of a field validates, and validating reads the whole form
 * back into self->data: so the form is filled from a copy, or the first
 * field set would overwrite the data of those not set yet. */
static void
fill (HgAssetDialog     *self,
      const HgAssetData *d)
{
  g_autoptr(GPtrArray) departments = hg_department_list (self->workbook);
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  g_autoptr(GPtrArray) media = hg_asset_store_list_media (self->workbook);
  const guint8 levels[3] = { d->confidentiality, d->integrity, d->availability };
  GtkStringList *names;

  names = choices_new (_("No department"), self->department_ids);
  for (guint i = 0; i < departments->len; i++)
    {
      const HgDepartment *department = g_ptr_array_index (departments, i);

      add_choice (names, self->department_ids, department->id, department->name);
    }
  set_choices (self->department_row, names, self->department_ids, d->department_id);

  names = choices_new (_("No one"), self->owner_ids);
  for (guint i = 0; i < people->len; i++)
    {
      const HgPerson *person = g_ptr_array_index (people, i);

      add_choice (names, self->owner_ids, person->id, person->name);
    }
  set_choices (self->owner_row, names, self->owner_ids, d->owner_id);

  names = choices_new (_("Not set"), self->medium_ids);
  for (guint i = 0; i < media->len; i++)
    {
      const HgNamedItem *medium = g_ptr_array_index (media, i);

      add_choice (names, self->medium_ids, medium->id,
                  hg_risk_catalogue_display_builtin_medium (medium->name));
    }
  set_choices (self->medium_row, names, self->medium_ids, d->medium_id);
  for (guint i = 0; i < 3; i++)
    gtk_switch_set_active (self->flag_switches[i], (d->flags & flag_values[i]) != 0);
  for (guint axis = 0; axis < 3; axis++)
    if (levels[axis] >= 1 && levels[axis] <= 3)
      gtk_check_button_set_active (self->level_checks[axis][levels[axis]], TRUE);
  adw_expander_row_set_enable_expansion (self->raise_row, d->importance_raised > 0);
  adw_expander_row_set_enable_expansion (self->disposed_row, d->disposed);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), d->name);
  gtk_editable_set_text (GTK_EDITABLE (self->category_row), d->business_category);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), d->notes);
  gtk_editable_set_text (GTK_EDITABLE (self->users_row), d->users);
  gtk_editable_set_text (GTK_EDITABLE (self->retention_row), d->retention);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), d->importance_reason);
  hg_date_row_set_iso (self->disposed_on_row, d->disposed_on);
  gtk_editable_set_text (GTK_EDITABLE (self->disposal_method_row), d->disposal_method);

  if (d->id > 0)
    {
      g_autofree char *registered = hg_date_format (d->registered_on, HG_DATE_STYLE_LONG);
      g_autofree char *updated = hg_date_format (d->updated_on, HG_DATE_STYLE_LONG);
      g_autofree char *dates = g_strdup_printf (_("Registered on %s, last changed on %s."),
                                                registered, updated);
      adw_preferences_group_set_description (self->status_group, dates);
    }
}

/* ---- GObject -------------------------------------------------------------- */

static void
hg_asset_dialog_constructed (GObject *object)
{
  HgAssetDialog *self = (HgAssetDialog *) object;
  g_autoptr(HgAssetData) initial = NULL;

  G_OBJECT_CLASS (hg_asset_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  self->data = self->asset_id > 0 ? hg_asset_store_get (self->workbook, self->asset_id) : NULL;
  if (self->data == NULL)
    self->data = hg_asset_data_new ();
  self->original_raised = self->data->importance_raised;
  gtk_window_set_title (GTK_WINDOW (self), self->data->id > 0 ? _("Edit Asset") : _("New Asset"));

  initial = hg_asset_data_copy (self->data);
  fill (self, initial);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
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
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_ASSET_DIALOG);

  G_OBJECT_CLASS (hg_asset_dialog_parent_class)->dispose (object);
}

static void
hg_asset_dialog_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HgAssetDialog *self = HG_ASSET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_ASSET_ID:
      g_value_set_int64 (value, self->asset_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_asset_dialog_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HgAssetDialog *self = HG_ASSET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_ASSET_ID:
      self->asset_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_AT(name, member) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgAssetDialog, member))

static void
hg_asset_dialog_class_init (HgAssetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_asset_dialog_constructed;
  object_class->dispose = hg_asset_dialog_dispose;
  object_class->get_property = hg_asset_dialog_get_property;
  object_class->set_property = hg_asset_dialog_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 adds an asset; an id edits that one. */
  properties[PROP_ASSET_ID] =
    g_param_spec_int64 ("asset-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HgAssetDialog::saved:
   * @id: the asset's id
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-asset-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, users_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, retention_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, medium_row);
  BIND_AT ("personal_switch", flag_switches[0]);
  BIND_AT ("sensitive_switch", flag_switches[1]);
  BIND_AT ("my_number_switch", flag_switches[2]);
  BIND_AT ("confidentiality_group", level_groups[HG_ASSET_AXIS_CONFIDENTIALITY]);
  BIND_AT ("confidentiality_1", level_checks[HG_ASSET_AXIS_CONFIDENTIALITY][1]);
  BIND_AT ("confidentiality_2", level_checks[HG_ASSET_AXIS_CONFIDENTIALITY][2]);
  BIND_AT ("confidentiality_3", level_checks[HG_ASSET_AXIS_CONFIDENTIALITY][3]);
  BIND_AT ("integrity_group", level_groups[HG_ASSET_AXIS_INTEGRITY]);
  BIND_AT ("integrity_1", level_checks[HG_ASSET_AXIS_INTEGRITY][1]);
  BIND_AT ("integrity_2", level_checks[HG_ASSET_AXIS_INTEGRITY][2]);
  BIND_AT ("integrity_3", level_checks[HG_ASSET_AXIS_INTEGRITY][3]);
  BIND_AT ("availability_group", level_groups[HG_ASSET_AXIS_AVAILABILITY]);
  BIND_AT ("availability_1", level_checks[HG_ASSET_AXIS_AVAILABILITY][1]);
  BIND_AT ("availability_2", level_checks[HG_ASSET_AXIS_AVAILABILITY][2]);
  BIND_AT ("availability_3", level_checks[HG_ASSET_AXIS_AVAILABILITY][3]);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, importance_group);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, importance_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, raise_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, disposed_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, disposed_on_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, disposal_method_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssetDialog, problems_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, my_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, gtk_window_destroy);
}

#undef BIND_AT

static void
hg_asset_dialog_init (HgAssetDialog *self)
{
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->owner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->medium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->name_row, HG_ASSET_NAME_MAX);
  hg_form_set_max_length (self->category_row, HG_ASSET_CATEGORY_MAX);
  hg_form_set_max_length (self->notes_row, HG_ASSET_TEXT_MAX);
  hg_form_set_max_length (self->users_row, HG_ASSET_USERS_MAX);
  hg_form_set_max_length (self->retention_row, HG_ASSET_RETENTION_MAX);
  hg_form_set_max_length (self->disposal_method_row, HG_ASSET_DISPOSAL_METHOD_MAX);
  label_levels (self);
}

GtkWidget *
hg_asset_dialog_new (HgWorkbook *workbook,
                     gint64      asset_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_ASSET_DIALOG,
                       "workbook", workbook,
                       "asset-id", asset_id,
                       NULL);
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
