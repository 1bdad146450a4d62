/* hg-law-dialog.c
 *
 * One dialog in two modes, because both name a person of the company for
 * one law: who watches it for changes, or who made the yearly check and
 * when. The people of the company page are offered; a name kept from
 * before (typed with hinagata-cli) is offered too, so opening the dialog
 * never loses it. The check's day starts at today and may not come after
 * it: the core refuses such a day and the dialog marks the date field,
 * keeping what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-law-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-duty-calendar.h"
#include "hg-error.h"
#include "hg-form.h"
#include "hg-law.h"
#include "hg-law-dialog.h"
#include "hg-person.h"

struct _HgLawDialog
{
  AdwMessageDialog  parent_instance;

  HgSession        *session;
  char             *law_id;
  gboolean          check;
  char             *today;         /* stored, or NULL: today */
  GPtrArray        *laws;          /* of HgLaw, as the dialog opened */
  const HgLaw      *law;           /* in @laws; NULL when the law left the rules */
  GtkStringList    *people;        /* "Nobody" first when naming a watcher */

  /* Template widgets */
  AdwComboRow      *person_row;
  HgDateRow        *date_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgLawDialog, hg_law_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_LAW_ID,
  PROP_CHECK,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
chosen_person (HgLawDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->person_row);

  if (selected == GTK_INVALID_LIST_POSITION || (!self->check && selected == 0))
    return "";
  return gtk_string_list_get_string (self->people, selected);
}

gboolean
hg_law_dialog_save (HgLawDialog *self)
{
  HgWorkbook *workbook;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *person_title;
  gboolean ok = TRUE;
  GDate today;

  g_return_val_if_fail (HG_IS_LAW_DIALOG (self), FALSE);

  if (self->law == NULL)
    return FALSE;
  workbook = hg_session_get_workbook (self->session);
  person_title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->person_row));
  if (!self->check)
    ok = hg_law_set_watcher (workbook, self->law, chosen_person (self), &error);
  else
    {
      ok &= hg_form_mark_row (GTK_WIDGET (self->person_row), person_title,
                              chosen_person (self)[0] == '\0'
                              ? _("Choose who made the check; people are added on the company page")
                              : NULL, problems);
      ok &= hg_form_mark_row (GTK_WIDGET (self->date_row), _("Checked on"),
                              hg_date_row_get_valid (self->date_row)
                              && hg_date_row_get_value (self->date_row)[0] != '\0'
                              ? NULL : _("Write a date such as 2026-12-28"), problems);
      hg_duty_calendar_day_or_today (self->today, &today);
      if (ok)
        ok = hg_law_record_check (workbook, self->law, hg_date_row_get_value (self->date_row),
                                  chosen_person (self), &today, &error);
    }
  if (error != NULL)
    {
      /* The person passed here, so what the core refuses is the day (one
       * to come) or, for the watcher, the name itself. */
      gtk_widget_add_css_class (self->check ? GTK_WIDGET (self->date_row)
                                            : GTK_WIDGET (self->person_row), "error");
      g_string_append_printf (problems, "%s%s", problems->len ? "\n" : "", error->message);
    }
  hg_form_show_problem (self->problem_label, problems->str);
  return ok;
}

static void
hg_law_dialog_response (AdwMessageDialog *dialog,
                        const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_law_dialog_save (HG_LAW_DIALOG (dialog)));
}

/* The people of the company, and the name kept before when it is not one
 * of them; selects @current (or, when checking, the watcher). */
static void
fill_people (HgLawDialog *self,
             const char  *current)
{
  g_autoptr(GPtrArray) people = hg_person_list (hg_session_get_workbook (self->session));
  guint selected = GTK_INVALID_LIST_POSITION;

  self->people = gtk_string_list_new (NULL);
  if (!self->check)
    {
      gtk_string_list_append (self->people, _("Nobody"));
      selected = 0;
    }
  for (guint i = 0; i < people->len; i++)
    {
      const HgPerson *person = g_ptr_array_index (people, i);

      if (g_strcmp0 (person->name, current) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (self->people));
      gtk_string_list_append (self->people, person->name);
    }
  if (current != NULL && current[0] != '\0' && (selected == GTK_INVALID_LIST_POSITION
                                                || (!self->check && selected == 0)))
    {
      selected = g_list_model_get_n_items (G_LIST_MODEL (self->people));
      gtk_string_list_append (self->people, current);
    }
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (self->people));
  if (selected == GTK_INVALID_LIST_POSITION && g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    selected = 0;
  adw_combo_row_set_selected (self->person_row, selected);
}

static void
hg_law_dialog_constructed (GObject *object)
{
  HgLawDialog *self = HG_LAW_DIALOG (object);
  const HgLaw *law = NULL;
  HgPack *pack;
  GDate today;

  G_OBJECT_CLASS (hg_law_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_SESSION (self->session));
  pack = hg_session_get_pack (self->session, NULL);
  self->laws = pack ? hg_law_list (hg_session_get_workbook (self->session), pack, NULL) : NULL;
  self->law = law = self->laws ? hg_law_find (self->laws, self->law_id) : NULL;
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  self->check ? _("Record the Yearly Check")
                                              : _("Who Watches This Law"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self),
                               law ? law->name : _("This law is no longer in the rules."));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", law != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row),
                                 self->check ? _("Checked by") : _("Watched by"));
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), self->check);
  fill_people (self, law ? law->watcher : NULL);
  if (self->check)
    {
      g_autofree char *stored = NULL;

      hg_duty_calendar_day_or_today (self->today, &today);
      stored = hg_duty_calendar_store_date (&today);
      hg_date_row_set_iso (self->date_row, stored);
    }
}

static void
hg_law_dialog_dispose (GObject *object)
{
  HgLawDialog *self = HG_LAW_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_object (&self->people);
  g_clear_pointer (&self->law_id, g_free);
  g_clear_pointer (&self->today, g_free);
  self->law = NULL;
  g_clear_pointer (&self->laws, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_LAW_DIALOG);

  G_OBJECT_CLASS (hg_law_dialog_parent_class)->dispose (object);
}

static void
hg_law_dialog_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HgLawDialog *self = HG_LAW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_LAW_ID:
      g_value_set_string (value, self->law_id);
      break;
    case PROP_CHECK:
      g_value_set_boolean (value, self->check);
      break;
    case PROP_TODAY:
      g_value_set_string (value, self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_law_dialog_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HgLawDialog *self = HG_LAW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_LAW_ID:
      self->law_id = g_value_dup_string (value);
      break;
    case PROP_CHECK:
      self->check = g_value_get_boolean (value);
      break;
    case PROP_TODAY:
      self->today = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_law_dialog_class_init (HgLawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = hg_law_dialog_constructed;
  object_class->dispose = hg_law_dialog_dispose;
  object_class->get_property = hg_law_dialog_get_property;
  object_class->set_property = hg_law_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_law_dialog_response;

  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION, flags);
  properties[PROP_LAW_ID] = g_param_spec_string ("law-id", NULL, NULL, NULL, flags);
  properties[PROP_CHECK] = g_param_spec_boolean ("check", NULL, NULL, FALSE, flags);
  properties[PROP_TODAY] = g_param_spec_string ("today", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-law-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgLawDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, HgLawDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgLawDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_law_dialog_init (HgLawDialog *self)
{
  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
}

GtkWidget *
hg_law_dialog_new (HgSession  *session,
                   const char *law_id,
                   gboolean    check,
                   const char *today)
{
  g_return_val_if_fail (HG_IS_SESSION (session), NULL);

  return g_object_new (HG_TYPE_LAW_DIALOG, "session", session, "law-id", law_id,
                       "check", check, "today", today, NULL);
}
