/* hg-carryout-dialog.c
 *
 * One carry-out, every field a row. The asset may be picked from the
 * register (which fills what is taken out), the people from the company's
 * (a visitor's name may be typed too). Times are checked as they are
 * typed: an unreadable one, or a due-back before the carry-out, marks its
 * row and keeps Save off; what the core refuses on Save comes back as
 * "Field: problem" and marks that row. A refused save keeps the dialog
 * and everything typed in it. Editing offers Remove for a record made by
 * mistake; each of Save and Remove is one undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-asset-store.h"
#include "hg-carryout-dialog.h"
#include "hg-carryout.h"
#include "hg-form.h"
#include "hg-local-time.h"
#include "hg-person.h"
#include "hg-text.h"

enum {
  TEXT_ITEM,
  TEXT_PERSON,
  TEXT_APPROVED,
  TEXT_OUT,
  TEXT_DUE,
  TEXT_NOTE,
  N_TEXTS
};

/* The end of a working day, when a carry-out is due back unless the
 * approver says otherwise (see default_due()). */
#define END_OF_DAY_HOUR 18

struct _HgCarryoutDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            carryout_id;   /* 0: a new one */
  char             *now;           /* fixed moment, or NULL */
  GArray           *asset_ids;     /* gint64 per choice of asset_drop; 0 first */
  char             *back_at;       /* kept as it is when editing */

  /* Template widgets */
  AdwEntryRow      *rows[N_TEXTS];
  AdwComboRow      *medium_row;
  GtkDropDown      *asset_drop;
  GtkMenuButton    *person_menu;
  GtkMenuButton    *approved_menu;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgCarryoutDialog, hg_carryout_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_CARRYOUT_ID,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text_of (HgCarryoutDialog *self,
         guint             field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static gboolean
mark (HgCarryoutDialog *self,
      guint             field,
      const char       *problem,
      GString          *problems)
{
  return hg_form_mark_row (GTK_WIDGET (self->rows[field]),
                           adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[field])),
                           problem, problems);
}

static const char *
required (HgCarryoutDialog *self,
          guint             field,
          gboolean          show,
          gboolean         *ok)
{
  g_autofree char *text = hg_text_normalize (text_of (self, field));

  if (text[0] != '\0')
    return NULL;
  *ok = FALSE;
  return show ? _("Required") : NULL;
}

static void
validate (HgCarryoutDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GDateTime) out = hg_local_time_parse (text_of (self, TEXT_OUT));
  g_autoptr(GDateTime) due = hg_local_time_parse (text_of (self, TEXT_DUE));
  g_autofree char *item = hg_text_normalize (text_of (self, TEXT_ITEM));
  const char *bad_time = _("Write the date and time as 2026-12-29 23:30");
  /* An empty field is not flagged on a new record until the first is typed. */
  gboolean show = self->carryout_id > 0 || item[0] != '\0';
  gboolean ok = TRUE;

  ok &= mark (self, TEXT_ITEM, required (self, TEXT_ITEM, self->carryout_id > 0, &ok), problems);
  ok &= mark (self, TEXT_PERSON, required (self, TEXT_PERSON, show, &ok), problems);
  ok &= mark (self, TEXT_APPROVED, required (self, TEXT_APPROVED, show, &ok), problems);
  ok &= mark (self, TEXT_OUT, out == NULL ? bad_time : NULL, problems);
  ok &= mark (self, TEXT_DUE, due == NULL ? bad_time
                              : out != NULL && g_date_time_compare (due, out) < 0
                              ? _("It cannot be due back before it was taken out") : NULL,
              problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

/* The names the core gives the fields in its messages ("Field: problem",
 * hg_error_invalid_field()), row by row: a row's title may say it
 * otherwise. */
static const char * const field_names[N_TEXTS] = {
  N_("What was taken out"), N_("Taken out by"), N_("Approved by"), N_("Out at"), N_("Due back"),
  N_("Note"),
};

gboolean
hg_carryout_dialog_save (HgCarryoutDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint asset = gtk_drop_down_get_selected (self->asset_drop);
  HgCarryout c = { 0 };
  gboolean ok;

  g_return_val_if_fail (HG_IS_CARRYOUT_DIALOG (self), FALSE);

  c.id = self->carryout_id;
  c.item = (char *) text_of (self, TEXT_ITEM);
  c.medium = MIN (adw_combo_row_get_selected (self->medium_row), HG_CARRYOUT_PAPER);
  c.asset = asset < self->asset_ids->len ? g_array_index (self->asset_ids, gint64, asset) : 0;
  c.person = (char *) text_of (self, TEXT_PERSON);
  c.approved_by = (char *) text_of (self, TEXT_APPROVED);
  c.out_at = (char *) text_of (self, TEXT_OUT);
  c.due_at = (char *) text_of (self, TEXT_DUE);
  c.back_at = self->back_at;
  c.note = (char *) text_of (self, TEXT_NOTE);
  ok = self->carryout_id > 0 ? hg_carryout_update (self->workbook, &c, &error)
                             : hg_carryout_add (self->workbook, &c, &error);
  if (!ok)
    {
      hg_form_show_problem (self->problem_label, error->message);
      hg_form_mark_refused_field ((GtkWidget **) self->rows, field_names, N_TEXTS, error->message);
    }
  return ok;
}

static gboolean
remove_record (HgCarryoutDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (hg_carryout_remove (self->workbook, self->carryout_id, &error))
    return TRUE;
  hg_form_show_problem (self->problem_label, error->message);
  return FALSE;
}

static void
hg_carryout_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  HgCarryoutDialog *self = HG_CARRYOUT_DIALOG (dialog);

  if (g_strcmp0 (response, "save") == 0)
    hg_form_finish_response (dialog, hg_carryout_dialog_save (self));
  else if (g_strcmp0 (response, "remove") == 0)
    hg_form_finish_response (dialog, remove_record (self));
  else
    hg_form_finish_response (dialog, TRUE);
}

/* Picking an asset names what is taken out as the register does. */
static void
asset_changed (HgCarryoutDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->asset_drop);
  g_autofree char *name = NULL;

  if (self->workbook == NULL || self->asset_ids == NULL || selected == 0
      || selected >= self->asset_ids->len)
    return;
  name = hg_asset_store_get_name (self->workbook,
                                  g_array_index (self->asset_ids, gint64, selected));
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[TEXT_ITEM]), name);
}

static void
fill_person (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  HgCarryoutDialog *self = HG_CARRYOUT_DIALOG (widget);
  guint field = g_str_equal (action, "carryout-dialog.approver") ? TEXT_APPROVED : TEXT_PERSON;

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), g_variant_get_string (param, NULL));
}

/* The people of the company as a menu for each person row; no menu where
 * the company has none yet. */
static void
offer_people (HgCarryoutDialog *self)
{
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  g_autoptr(GMenu) takers = g_menu_new ();
  g_autoptr(GMenu) approvers = g_menu_new ();

  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      const char *name = ((HgPerson *) g_ptr_array_index (people, i))->name;
      g_autoptr(GMenuItem) taker = g_menu_item_new (name, NULL);
      g_autoptr(GMenuItem) approver = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (taker, "carryout-dialog.person",
                                               g_variant_new_string (name));
      g_menu_item_set_action_and_target_value (approver, "carryout-dialog.approver",
                                               g_variant_new_string (name));
      g_menu_append_item (takers, taker);
      g_menu_append_item (approvers, approver);
    }
  gtk_menu_button_set_menu_model (self->person_menu, G_MENU_MODEL (takers));
  gtk_menu_button_set_menu_model (self->approved_menu, G_MENU_MODEL (approvers));
  gtk_widget_set_visible (GTK_WIDGET (self->person_menu), people != NULL && people->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->approved_menu), people != NULL && people->len > 0);
}

static void
offer_assets (HgCarryoutDialog *self,
              gint64            current)
{
  g_autoptr(GPtrArray) assets = hg_asset_store_load (self->workbook);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GtkStringList) model = NULL;
  gint64 none = 0;

  g_array_append_val (self->asset_ids, none);
  g_ptr_array_add (names, g_strdup (_("Not in the register")));
  for (guint i = 0; assets != NULL && i < assets->len; i++)
    {
      const HgAssetData *a = hg_asset_get_data (g_ptr_array_index (assets, i));

      g_array_append_val (self->asset_ids, a->id);
      g_ptr_array_add (names, g_strdup_printf ("%" G_GINT64_FORMAT " %s", a->id, a->name));
    }
  /* Made at once: a register may hold thousands. */
  g_ptr_array_add (names, NULL);
  model = gtk_string_list_new ((const char * const *) names->pdata);
  gtk_drop_down_set_model (self->asset_drop, G_LIST_MODEL (model));
  for (guint i = 0; i < self->asset_ids->len; i++)
    if (g_array_index (self->asset_ids, gint64, i) == current)
      gtk_drop_down_set_selected (self->asset_drop, i);
}

static char *
moment_text (GDateTime *time)
{
  return g_date_time_format (time, "%Y-%m-%d %H:%M");
}

/* Due back at the end of the working day it goes out, or of the next day
 * when it goes out after that: most carry-outs in a small office are a
 * visit to a customer or a meeting outside, back the same day, and the log
 * is there to show in the evening what did not come back. Keeping a laptop
 * overnight or longer is a decision the approver writes in. */
static char *
default_due (GDateTime *out)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (out),
                                                    g_date_time_get_month (out),
                                                    g_date_time_get_day_of_month (out),
                                                    END_OF_DAY_HOUR, 0, 0);
  g_autoptr(GDateTime) due = g_date_time_compare (out, day) < 0 ? g_date_time_ref (day)
                                                                : g_date_time_add_days (day, 1);

  return moment_text (due);
}

static void
fill (HgCarryoutDialog *self,
      HgCarryout       *c)
{
  g_autofree char *out = hg_local_time_format (c->out_at);
  g_autofree char *due = hg_local_time_format (c->due_at);
  const char *texts[N_TEXTS] = { c->item, c->person, c->approved_by, out, due, c->note };

  for (guint f = 0; f < N_TEXTS; f++)
    gtk_editable_set_text (GTK_EDITABLE (self->rows[f]), texts[f] ? texts[f] : "");
  adw_combo_row_set_selected (self->medium_row, c->medium);
  self->back_at = g_strdup (c->back_at);
}

static void
hg_carryout_dialog_constructed (GObject *object)
{
  HgCarryoutDialog *self = (HgCarryoutDialog *) object;
  g_autoptr(GtkStringList) media = gtk_string_list_new (NULL);
  g_autoptr(HgCarryout) c = NULL;

  G_OBJECT_CLASS (hg_carryout_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  for (guint m = HG_CARRYOUT_DEVICE; m <= HG_CARRYOUT_PAPER; m++)
    gtk_string_list_append (media, hg_carryout_medium_get_label (m));
  adw_combo_row_set_model (self->medium_row, G_LIST_MODEL (media));
  if (self->carryout_id > 0)
    c = hg_carryout_get (self->workbook, self->carryout_id, NULL);
  offer_assets (self, c ? c->asset : 0);
  offer_people (self);
  if (c != NULL)
    {
      fill (self, c);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Edit Carry-out"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (self), "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      GDateTime *parsed = self->now ? hg_local_time_parse (self->now) : NULL;
      g_autoptr(GDateTime) now = parsed ? parsed : g_date_time_new_now_local ();
      g_autofree char *out = moment_text (now);
      g_autofree char *due = default_due (now);

      /* Most carry-outs are recorded as they leave. */
      gtk_editable_set_text (GTK_EDITABLE (self->rows[TEXT_OUT]), out);
      gtk_editable_set_text (GTK_EDITABLE (self->rows[TEXT_DUE]), due);
      adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _("Record Carry-out"));
      adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "save", _("_Record"));
    }
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[TEXT_ITEM]));
}

static void
hg_carryout_dialog_dispose (GObject *object)
{
  HgCarryoutDialog *self = (HgCarryoutDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->now, g_free);
  g_clear_pointer (&self->back_at, g_free);
  g_clear_pointer (&self->asset_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_CARRYOUT_DIALOG);

  G_OBJECT_CLASS (hg_carryout_dialog_parent_class)->dispose (object);
}

static void
hg_carryout_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HgCarryoutDialog *self = HG_CARRYOUT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_CARRYOUT_ID:
      g_value_set_int64 (value, self->carryout_id);
      break;
    case PROP_NOW:
      g_value_set_string (value, self->now);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_carryout_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HgCarryoutDialog *self = HG_CARRYOUT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_CARRYOUT_ID:
      self->carryout_id = g_value_get_int64 (value);
      break;
    case PROP_NOW:
      self->now = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_ROW(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgCarryoutDialog, rows[field]))

static void
hg_carryout_dialog_class_init (HgCarryoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_carryout_dialog_constructed;
  object_class->dispose = hg_carryout_dialog_dispose;
  object_class->get_property = hg_carryout_dialog_get_property;
  object_class->set_property = hg_carryout_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_carryout_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 records a new carry-out; an id edits that one. */
  properties[PROP_CARRYOUT_ID] =
    g_param_spec_int64 ("carryout-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The moment the defaults count from; NULL: the clock (tests fix it). */
  properties[PROP_NOW] =
    g_param_spec_string ("now", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-carryout-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutDialog, medium_row);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutDialog, asset_drop);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutDialog, person_menu);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutDialog, approved_menu);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutDialog, problem_label);
  BIND_ROW ("item_row", TEXT_ITEM);
  BIND_ROW ("person_row", TEXT_PERSON);
  BIND_ROW ("approved_row", TEXT_APPROVED);
  BIND_ROW ("out_row", TEXT_OUT);
  BIND_ROW ("due_row", TEXT_DUE);
  BIND_ROW ("note_row", TEXT_NOTE);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, asset_changed);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);

  gtk_widget_class_install_action (widget_class, "carryout-dialog.person", "s", fill_person);
  gtk_widget_class_install_action (widget_class, "carryout-dialog.approver", "s", fill_person);
}

#undef BIND_ROW

static void
hg_carryout_dialog_init (HgCarryoutDialog *self)
{
  static const guint max[N_TEXTS] = {
    HG_CARRYOUT_ITEM_MAX, HG_CARRYOUT_PERSON_MAX, HG_CARRYOUT_PERSON_MAX, 40, 40,
    HG_CARRYOUT_NOTE_MAX,
  };

  self->asset_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_ellipsize_drop_down (self->asset_drop);
  /* Typing stops at the limits the core checks. */
  for (guint f = 0; f < N_TEXTS; f++)
    hg_form_set_max_length (self->rows[f], max[f]);
}

GtkWidget *
hg_carryout_dialog_new (HgWorkbook *workbook,
                        gint64      carryout_id,
                        const char *now)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_CARRYOUT_DIALOG, "workbook", workbook, "carryout-id", carryout_id,
                       "now", now, NULL);
}
