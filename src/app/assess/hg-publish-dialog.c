/* hg-publish-dialog.c
 *
 * From the SECURITY ACTION card: where staff and customers can read the
 * latest approved basic policy, and since when (hg-publication.h). A place
 * left empty or a date that is not one, or that comes before the approval,
 * marks its field and keeps the dialog open with what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-publish-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-date.h"
#include "hg-error.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-publication.h"
#include "hg-publish-dialog.h"
#include "hg-security-action.h"
#include "hg-text.h"

struct _HgPublishDialog
{
  AdwMessageDialog  parent_instance;

  HgSession        *session;
  char             *pack_id;
  char             *document;
  guint             version;     /* the latest approved, which is recorded */

  /* Template widgets */
  AdwEntryRow      *place_row;
  HgDateRow        *date_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgPublishDialog, hg_publish_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Records the publication; on a refused field marks it, says why and
 * returns FALSE. */
gboolean
hg_publish_dialog_save (HgPublishDialog *self)
{
  g_autofree char *place = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (HG_IS_PUBLISH_DIALOG (self), FALSE);

  place = hg_text_normalize (gtk_editable_get_text (GTK_EDITABLE (self->place_row)));
  ok &= hg_form_mark_row (GTK_WIDGET (self->place_row), _("Where it is published"),
                          hg_text_check (place, HG_PUBLICATION_PLACE_MAX,
                                         HG_TEXT_ONE_LINE | HG_TEXT_REQUIRED), problems);
  ok &= hg_form_mark_row (GTK_WIDGET (self->date_row), _("Published on"),
                          hg_date_row_get_valid (self->date_row)
                            ? NULL : _("Write a date such as 2026-04-01"), problems);
  if (ok && !hg_publication_record (hg_session_get_workbook (self->session), self->pack_id,
                                    self->document, self->version, place,
                                    hg_date_row_get_value (self->date_row), NULL, &error))
    {
      /* The place passed: what the core still refuses is the date (before
       * the approval), or a version gone meanwhile (undo). */
      hg_date_row_set_problem (self->date_row,
                               g_error_matches (error, HG_INPUT_ERROR, HG_INPUT_ERROR_INVALID));
      g_string_append (problems, error->message);
      ok = FALSE;
    }
  hg_form_show_problem (self->problem_label, problems->str);
  return ok;
}

static void
hg_publish_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_publish_dialog_save (HG_PUBLISH_DIALOG (dialog)));
}

void
hg_publish_dialog_fill (HgPublishDialog *self,
                        const char      *place,
                        const char      *date)
{
  g_return_if_fail (HG_IS_PUBLISH_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), place);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

static void
hg_publish_dialog_constructed (GObject *object)
{
  HgPublishDialog *self = HG_PUBLISH_DIALOG (object);
  g_autoptr(HgSecurityAction) action = NULL;
  g_autofree char *body = NULL;
  g_autofree char *today = hg_text_today ();

  G_OBJECT_CLASS (hg_publish_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_SESSION (self->session));
  action = hg_security_action_compute (self->session);
  self->pack_id = g_strdup (action->pack_id);
  self->document = g_strdup (action->policy_document);
  self->version = action->policy_version;
  /* From the policy page's menu before any approval: nothing to publish. */
  if (self->version == 0)
    {
      body = g_strdup (_("The basic policy has no approved version yet: approve it first, then "
                         "record where it is published."));
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", FALSE);
    }
  else
    /* Translators: %u is the number of the basic policy's latest approved version */
    body = g_strdup_printf (_("Where can staff and customers read version %u of the basic "
                              "policy, and since when? SECURITY ACTION ★★ asks for it to be "
                              "public."), self->version);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  hg_date_row_set_iso (self->date_row, today);
}

static void
hg_publish_dialog_dispose (GObject *object)
{
  HgPublishDialog *self = HG_PUBLISH_DIALOG (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->document, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_PUBLISH_DIALOG);
  G_OBJECT_CLASS (hg_publish_dialog_parent_class)->dispose (object);
}

static void
hg_publish_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, HG_PUBLISH_DIALOG (object)->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_publish_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      HG_PUBLISH_DIALOG (object)->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_publish_dialog_class_init (HgPublishDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_publish_dialog_constructed;
  object_class->dispose = hg_publish_dialog_dispose;
  object_class->get_property = hg_publish_dialog_get_property;
  object_class->set_property = hg_publish_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_publish_dialog_response;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgPublishDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, HgPublishDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgPublishDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_publish_dialog_init (HgPublishDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->place_row, HG_PUBLICATION_PLACE_MAX);
}

GtkWidget *
hg_publish_dialog_new (HgSession *session)
{
  g_return_val_if_fail (HG_IS_SESSION (session), NULL);

  return g_object_new (HG_TYPE_PUBLISH_DIALOG, "session", session, NULL);
}
