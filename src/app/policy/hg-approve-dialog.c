/* hg-approve-dialog.c
 *
 * The people who sign a version are usually the representative (who
 * approves) and the security lead (who drafted it), so both come filled in
 * from the company profile; the summary is the one thing to write. The
 * Approve button waits until the summary and the approver are there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-approve-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-approve-dialog.h"
#include "hg-company.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-date-row.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-revision.h"
#include "hg-text.h"

enum { FIELD_SUMMARY, FIELD_AUTHOR, FIELD_APPROVER, FIELD_DATE, N_FIELDS };

struct _HgApproveDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  char             *pack_id;
  HgDoc            *doc;

  /* Template widgets */
  AdwEntryRow      *rows[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (HgApproveDialog, hg_approve_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PACK_ID,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text_of (HgApproveDialog *self,
         guint            field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static void
validate (HgApproveDialog *self)
{
  g_autofree char *summary = g_strstrip (g_strdup (text_of (self, FIELD_SUMMARY)));
  g_autofree char *approver = g_strstrip (g_strdup (text_of (self, FIELD_APPROVER)));
  HgDateRow *date = HG_DATE_ROW (self->rows[FIELD_DATE]);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "approve",
                                           summary[0] != '\0' && approver[0] != '\0'
                                           && hg_date_row_get_valid (date));
}

gboolean
hg_approve_dialog_approve (HgApproveDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  guint number = 0;

  g_return_val_if_fail (HG_IS_APPROVE_DIALOG (self), FALSE);

  if (!hg_date_row_get_iso (HG_DATE_ROW (self->rows[FIELD_DATE]), &date))
    {
      hg_date_row_set_problem (HG_DATE_ROW (self->rows[FIELD_DATE]), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->rows[FIELD_DATE]));
      return FALSE;
    }
  if (!hg_revision_approve (self->workbook, self->pack_id, self->doc,
                            text_of (self, FIELD_SUMMARY), text_of (self, FIELD_AUTHOR),
                            text_of (self, FIELD_APPROVER), date, &number, &error))
    {
      hg_form_show_error (GTK_WINDOW (self), _("Could Not Approve"), error->message);
      return FALSE;
    }
  {
    /* Translators: %u is the version number, %s the document title */
    g_autofree char *title = g_strdup_printf (_("Version %u of %s approved"), number,
                                              self->doc->display_title);
    GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

    if (parent != NULL)
      hg_form_toast (GTK_WIDGET (parent), adw_toast_new (title));
  }
  return TRUE;
}

static void
hg_approve_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  /* Approving that fails keeps the dialog and everything typed in it. */
  hg_form_finish_response (dialog, g_strcmp0 (response, "approve") != 0
                                   || hg_approve_dialog_approve (HG_APPROVE_DIALOG (dialog)));
}

static char *
role_holder (HgWorkbook *workbook,
             HgOrgRole   role)
{
  gint64 id = hg_org_role_get_holder (workbook, role, 0);
  g_autoptr(HgPerson) person = id > 0 ? hg_person_get (workbook, id) : NULL;

  return g_strdup (person ? person->name : "");
}

/* The heading breaks only where the title meets the words around it: Pango
 * broke 「承認」 and 「関連」 in the middle. @heading has \x01 where the
 * title goes. */
static void
set_heading_unbroken (HgApproveDialog *self,
                      const char      *heading,
                      const char      *title)
{
  g_auto(GStrv) parts = g_strsplit (heading, "\x01", 2);
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *text = g_markup_escape_text (i == 0 ? parts[0] : title, -1);
      g_autofree char *rest = i > 0 ? g_markup_escape_text (parts[i], -1) : NULL;

      g_string_append_printf (markup, "<span allow_breaks=\"false\">%s</span>", text);
      if (rest != NULL && rest[0] != '\0')
        g_string_append_printf (markup, "<span allow_breaks=\"false\">%s</span>", rest);
    }
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (self), TRUE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), markup->str);
}

static void
hg_approve_dialog_constructed (GObject *object)
{
  HgApproveDialog *self = (HgApproveDialog *) object;
  g_autofree char *today = hg_text_today ();
  g_autofree char *representative = NULL;
  g_autofree char *drafter = NULL;
  g_autofree char *heading = NULL;
  guint next;

  G_OBJECT_CLASS (hg_approve_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));
  g_return_if_fail (self->doc != NULL);

  next = self->doc->revisions->len
         ? ((HgDocRevision *) g_ptr_array_index (self->doc->revisions,
                                                 self->doc->revisions->len - 1))->number + 1
         : 1;
  /* Translators: %u is the version number, %s the document title */
  heading = g_strdup_printf (_("Approve Version %u of %s"), next, "\x01");
  set_heading_unbroken (self, heading, self->doc->display_title);

  representative = hg_company_get (self->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
  drafter = role_holder (self->workbook, HG_ORG_ROLE_CISO);
  /* The first version is the enactment (制定). */
  hg_approve_dialog_set_text (self, FIELD_SUMMARY, next == 1 ? _("First version") : "");
  hg_approve_dialog_set_text (self, FIELD_AUTHOR, drafter);
  hg_approve_dialog_set_text (self, FIELD_APPROVER, representative);
  hg_date_row_set_iso (HG_DATE_ROW (self->rows[FIELD_DATE]), today);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[FIELD_SUMMARY]));
}

static void
hg_approve_dialog_dispose (GObject *object)
{
  HgApproveDialog *self = (HgApproveDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->doc, hg_doc_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_APPROVE_DIALOG);

  G_OBJECT_CLASS (hg_approve_dialog_parent_class)->dispose (object);
}

static void
hg_approve_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgApproveDialog *self = HG_APPROVE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_PACK_ID:
      g_value_set_string (value, self->pack_id);
      break;
    case PROP_DOCUMENT:
      g_value_set_boxed (value, self->doc);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_approve_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgApproveDialog *self = HG_APPROVE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_PACK_ID:
      self->pack_id = g_value_dup_string (value);
      break;
    case PROP_DOCUMENT:
      self->doc = g_value_dup_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_AT(name, member) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgApproveDialog, member))

static void
hg_approve_dialog_class_init (HgApproveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_approve_dialog_constructed;
  object_class->dispose = hg_approve_dialog_dispose;
  object_class->get_property = hg_approve_dialog_get_property;
  object_class->set_property = hg_approve_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_approve_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PACK_ID] =
    g_param_spec_string ("pack-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Copied: the dialog approves the text it was opened on. */
  properties[PROP_DOCUMENT] =
    g_param_spec_boxed ("document", NULL, NULL, HG_TYPE_DOC,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-approve-dialog.ui");
  BIND_AT ("summary_row", rows[FIELD_SUMMARY]);
  BIND_AT ("author_row", rows[FIELD_AUTHOR]);
  BIND_AT ("approver_row", rows[FIELD_APPROVER]);
  BIND_AT ("date_row", rows[FIELD_DATE]);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

#undef BIND_AT

static void
hg_approve_dialog_init (HgApproveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->rows[FIELD_SUMMARY], HG_REVISION_SUMMARY_MAX);
  hg_form_set_max_length (self->rows[FIELD_AUTHOR], HG_REVISION_NAME_MAX);
  hg_form_set_max_length (self->rows[FIELD_APPROVER], HG_REVISION_NAME_MAX);
}

/* @doc is copied: the dialog approves the text it was opened on. */
GtkWidget *
hg_approve_dialog_new (HgWorkbook  *workbook,
                       const char  *pack_id,
                       const HgDoc *doc)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_APPROVE_DIALOG,
                       "workbook", workbook,
                       "pack-id", pack_id,
                       "document", doc,
                       NULL);
}

void
hg_approve_dialog_set_text (HgApproveDialog *self,
                            guint            field,
                            const char      *text)
{
  g_return_if_fail (HG_IS_APPROVE_DIALOG (self));
  g_return_if_fail (field < N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}
