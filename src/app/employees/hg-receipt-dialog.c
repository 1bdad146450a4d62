/* hg-receipt-dialog.c
 *
 * One receipt for everyone selected, written as one step: handing out the
 * handbook happens at a meeting, for a group, on one day. The current
 * version comes first; an older one can be chosen to record the past.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-receipt-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date.h"
#include "hg-doc.h"
#include "hg-form.h"
#include "hg-person.h"
#include "hg-receipt-dialog.h"
#include "hg-revision.h"
#include "hg-text.h"

/* Names in the body; beyond, how many more. */
#define MAX_NAMED 3

struct _HgReceiptDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  HgHandbook       *handbook;
  GArray           *person_ids;
  GArray           *versions;      /* combo position → version number */

  AdwComboRow      *version_row;
  AdwEntryRow      *date_row;
  GtkSwitch        *pledge_switch;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgReceiptDialog, hg_receipt_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
validate (HgReceiptDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *iso = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *problem = NULL;

  if (text[0] == '\0')
    problem = _("Required");
  else if (!hg_date_parse (text, &iso))
    problem = _("Write a date such as 2026-04-01");
  hg_form_mark_row (GTK_WIDGET (self->date_row), _("Date received"), problem, problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "record", problem == NULL);
}

static void
hg_receipt_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  HgReceiptDialog *self = HG_RECEIPT_DIALOG (dialog);
  guint selected = adw_combo_row_get_selected (self->version_row);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "record") != 0)
    return;
  if (!hg_handbook_receipt_record (self->workbook, self->handbook,
                                   (gint64 *) self->person_ids->data, self->person_ids->len,
                                   selected < self->versions->len
                                     ? g_array_index (self->versions, guint, selected) : 0,
                                   gtk_editable_get_text (GTK_EDITABLE (self->date_row)),
                                   gtk_switch_get_active (self->pledge_switch), &error))
    hg_form_report_save_error (dialog, error);
}

static void
hg_receipt_dialog_dispose (GObject *object)
{
  HgReceiptDialog *self = (HgReceiptDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->handbook, hg_handbook_free);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_pointer (&self->versions, g_array_unref);

  G_OBJECT_CLASS (hg_receipt_dialog_parent_class)->dispose (object);
}

static void
hg_receipt_dialog_class_init (HgReceiptDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hg_receipt_dialog_dispose;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_receipt_dialog_response;
}

static void
hg_receipt_dialog_init (HgReceiptDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkListBox *list = hg_form_boxed_list_new ();
  GtkWidget *pledge_row = adw_action_row_new ();
  g_autofree char *today = hg_text_today ();

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->versions = g_array_new (FALSE, FALSE, sizeof (guint));

  self->version_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->version_row), _("Version"));
  gtk_list_box_append (list, GTK_WIDGET (self->version_row));
  self->date_row = hg_form_entry_row_new (list, _("Date received"), ADW_MESSAGE_DIALOG (self),
                                          G_CALLBACK (validate));

  self->pledge_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->pledge_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (pledge_row), _("Pledge signed"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (pledge_row),
                               _("They signed the pledge (誓約書) to follow the rules"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (pledge_row), GTK_WIDGET (self->pledge_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (pledge_row),
                                         GTK_WIDGET (self->pledge_switch));
  gtk_list_box_append (list, pledge_row);

  self->problem_label = hg_form_problem_label_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");
  gtk_widget_set_size_request (box, 380, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem_label));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self), "cancel", _("_Cancel"),
                                    "record", _("_Record"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  /* Last: setting it validates, which needs the whole form. */
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

static void
version_selected_cb (HgReceiptDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->version_row);
  g_autoptr(GPtrArray) revisions = hg_revision_list (self->workbook, self->handbook->pack_id,
                                                     self->handbook->document_id);

  for (guint i = 0; i < revisions->len && selected < self->versions->len; i++)
    {
      const HgDocRevision *r = g_ptr_array_index (revisions, i);

      if (r->number == g_array_index (self->versions, guint, selected))
        {
          g_autofree char *approved = g_strdup_printf (_("Approved on %s"), r->approved_on);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->version_row), approved);
        }
    }
}

/* Newest first; the current version says so, and the row says when the
 * chosen one was approved. */
static void
fill_versions (HgReceiptDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (guint number = self->handbook->version; number > 0; number--)
    {
      g_autofree char *name = number == self->handbook->version
        /* Translators: the handbook version in force, e.g. "Version 2 (current)" */
        ? g_strdup_printf (_("Version %u (current)"), number)
        : g_strdup_printf (_("Version %u"), number);

      gtk_string_list_append (names, name);
      g_array_append_val (self->versions, number);
    }
  adw_combo_row_set_model (self->version_row, G_LIST_MODEL (names));
  g_signal_connect_swapped (self->version_row, "notify::selected",
                            G_CALLBACK (version_selected_cb), self);
  version_selected_cb (self);
}

static char *
describe_people (HgWorkbook   *workbook,
                 const gint64 *person_ids,
                 guint         n_people)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < MIN (n_people, MAX_NAMED); i++)
    {
      g_autoptr(HgPerson) person = hg_person_get (workbook, person_ids[i]);

      if (person != NULL)
        g_strv_builder_add (builder, person->name);
    }
  names = g_strv_builder_end (builder);
  joined = g_strjoinv (_(", "), names);
  if (n_people > MAX_NAMED)
    /* Translators: the first people named, then how many more, e.g.
     * "山田 太郎, 鈴木 花子, 佐藤 一郎 and 4 more received the handbook." */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s and %u more received the handbook.",
                                         "%s and %u more received the handbook.",
                                         n_people - MAX_NAMED),
                            joined, n_people - MAX_NAMED);
  return g_strdup_printf (_("%s received the handbook."), joined);
}

/* @handbook must have an approved version. */
GtkWidget *
hg_receipt_dialog_new (HgWorkbook       *workbook,
                       const HgHandbook *handbook,
                       const gint64     *person_ids,
                       guint             n_people)
{
  HgReceiptDialog *self;
  g_autofree char *body = NULL;

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  body = describe_people (workbook, person_ids, n_people);
  self = g_object_new (HG_TYPE_RECEIPT_DIALOG,
                       "heading", _("Record Handbook Receipt"),
                       "body", body,
                       NULL);
  self->workbook = g_object_ref (workbook);
  self->handbook = hg_handbook_get (workbook, handbook->pack_id, handbook->document_id);
  g_array_append_vals (self->person_ids, person_ids, n_people);
  fill_versions (self);
  validate (self);
  return GTK_WIDGET (self);
}

void
hg_receipt_dialog_set_date (HgReceiptDialog *self,
                            const char      *date)
{
  g_return_if_fail (HG_IS_RECEIPT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

void
hg_receipt_dialog_set_pledge (HgReceiptDialog *self,
                              gboolean         signed_)
{
  g_return_if_fail (HG_IS_RECEIPT_DIALOG (self));
  gtk_switch_set_active (self->pledge_switch, signed_);
}
