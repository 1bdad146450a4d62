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
#include "hg-date-row.h"
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
  char             *pack_id;
  char             *document_id;
  GVariant         *person_ids;    /* "ax" */
  HgHandbook       *handbook;
  GArray           *versions;      /* combo position → version number */

  /* Template widgets */
  AdwComboRow      *version_row;
  HgDateRow        *date_row;
  GtkSwitch        *pledge_switch;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgReceiptDialog, hg_receipt_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PACK_ID,
  PROP_DOCUMENT_ID,
  PROP_PERSON_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgReceiptDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *iso = NULL;
  const char *text = hg_date_row_get_value (self->date_row);
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
  const gint64 *people;
  gsize n_people;

  /* Saving that fails keeps the dialog and everything typed in it. */
  if (g_strcmp0 (response, "record") != 0)
    {
      hg_form_finish_response (dialog, TRUE);
      return;
    }
  people = g_variant_get_fixed_array (self->person_ids, &n_people, sizeof (gint64));
  if (!hg_handbook_receipt_record (self->workbook, self->handbook, people, n_people,
                                   selected < self->versions->len
                                     ? g_array_index (self->versions, guint, selected) : 0,
                                   hg_date_row_get_value (self->date_row),
                                   gtk_switch_get_active (self->pledge_switch), &error))
    hg_form_show_error (GTK_WINDOW (dialog), _("Could Not Save"), error->message);
  hg_form_finish_response (dialog, error == NULL);
}

static void
version_selected_cb (HgReceiptDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->version_row);
  g_autoptr(GPtrArray) revisions = NULL;

  if (self->handbook == NULL)
    return;
  revisions = hg_revision_list (self->workbook, self->handbook->pack_id,
                                self->handbook->document_id);

  for (guint i = 0; i < revisions->len && selected < self->versions->len; i++)
    {
      const HgDocRevision *r = g_ptr_array_index (revisions, i);

      if (r->number == g_array_index (self->versions, guint, selected))
        {
          g_autofree char *date = hg_date_format (r->approved_on, HG_DATE_STYLE_LONG);
          g_autofree char *approved = g_strdup_printf (_("Approved on %s"), date);
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

static void
hg_receipt_dialog_constructed (GObject *object)
{
  HgReceiptDialog *self = (HgReceiptDialog *) object;
  g_autofree char *today = hg_text_today ();
  g_autofree char *body = NULL;
  const gint64 *people;
  gsize n_people;

  G_OBJECT_CLASS (hg_receipt_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  if (self->person_ids == NULL)
    self->person_ids = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE_INT64, NULL, 0));
  people = g_variant_get_fixed_array (self->person_ids, &n_people, sizeof (gint64));
  body = describe_people (self->workbook, people, n_people);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  self->handbook = hg_handbook_get (self->workbook, self->pack_id, self->document_id);
  fill_versions (self);
  /* Setting it validates. */
  hg_date_row_set_iso (self->date_row, today);
}

static void
hg_receipt_dialog_dispose (GObject *object)
{
  HgReceiptDialog *self = (HgReceiptDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->document_id, g_free);
  g_clear_pointer (&self->person_ids, g_variant_unref);
  g_clear_pointer (&self->handbook, hg_handbook_free);
  g_clear_pointer (&self->versions, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RECEIPT_DIALOG);

  G_OBJECT_CLASS (hg_receipt_dialog_parent_class)->dispose (object);
}

static void
hg_receipt_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgReceiptDialog *self = HG_RECEIPT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_PACK_ID:
      g_value_set_string (value, self->pack_id);
      break;
    case PROP_DOCUMENT_ID:
      g_value_set_string (value, self->document_id);
      break;
    case PROP_PERSON_IDS:
      g_value_set_variant (value, self->person_ids);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_receipt_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgReceiptDialog *self = HG_RECEIPT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_PACK_ID:
      self->pack_id = g_value_dup_string (value);
      break;
    case PROP_DOCUMENT_ID:
      self->document_id = g_value_dup_string (value);
      break;
    case PROP_PERSON_IDS:
      self->person_ids = g_value_dup_variant (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_receipt_dialog_class_init (HgReceiptDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_receipt_dialog_constructed;
  object_class->dispose = hg_receipt_dialog_dispose;
  object_class->get_property = hg_receipt_dialog_get_property;
  object_class->set_property = hg_receipt_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_receipt_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The handbook: its pack and document; it must have an approved version. */
  properties[PROP_PACK_ID] =
    g_param_spec_string ("pack-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_string ("document-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Who received it, as an array of ids ("ax"). */
  properties[PROP_PERSON_IDS] =
    g_param_spec_variant ("person-ids", NULL, NULL, G_VARIANT_TYPE ("ax"), NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-receipt-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgReceiptDialog, version_row);
  gtk_widget_class_bind_template_child (widget_class, HgReceiptDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgReceiptDialog, pledge_switch);
  gtk_widget_class_bind_template_child (widget_class, HgReceiptDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, version_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_receipt_dialog_init (HgReceiptDialog *self)
{
  self->versions = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
}

/* @handbook must have an approved version. */
GtkWidget *
hg_receipt_dialog_new (HgWorkbook       *workbook,
                       const HgHandbook *handbook,
                       const gint64     *person_ids,
                       guint             n_people)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_RECEIPT_DIALOG,
                       "workbook", workbook,
                       "pack-id", handbook->pack_id,
                       "document-id", handbook->document_id,
                       "person-ids", g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, person_ids,
                                                                n_people, sizeof (gint64)),
                       NULL);
}

void
hg_receipt_dialog_set_date (HgReceiptDialog *self,
                            const char      *date)
{
  g_return_if_fail (HG_IS_RECEIPT_DIALOG (self));
  hg_date_row_set_iso (self->date_row, date);
}

void
hg_receipt_dialog_set_pledge (HgReceiptDialog *self,
                              gboolean         signed_)
{
  g_return_if_fail (HG_IS_RECEIPT_DIALOG (self));
  gtk_switch_set_active (self->pledge_switch, signed_);
}
