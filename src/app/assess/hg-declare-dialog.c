/* hg-declare-dialog.c
 *
 * From the SECURITY ACTION card, once a star can be declared: the company
 * declares it on the scheme's web site, then records the date here, and
 * the card says "declared". A date that cannot be read marks the field and
 * keeps the dialog open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-declare-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-date-row.h"
#include "hg-declare-dialog.h"
#include "hg-form.h"
#include "hg-security-action.h"
#include "hg-text.h"

struct _HgDeclareDialog
{
  AdwMessageDialog  parent_instance;

  HgSession        *session;
  guint             star;

  /* Template widgets */
  HgDateRow        *date_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgDeclareDialog, hg_declare_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_STAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
hg_declare_dialog_save (HgDeclareDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HG_IS_DECLARE_DIALOG (self), FALSE);

  if (!hg_date_row_get_valid (self->date_row))
    {
      hg_date_row_set_problem (self->date_row, TRUE);
      hg_form_show_problem (self->problem_label, _("Write a date such as 2026-04-01"));
      return FALSE;
    }
  if (!hg_security_action_declare (self->session, self->star,
                                   hg_date_row_get_value (self->date_row), &error))
    {
      hg_form_show_problem (self->problem_label, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
hg_declare_dialog_response (AdwMessageDialog *dialog,
                            const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_declare_dialog_save (HG_DECLARE_DIALOG (dialog)));
}

void
hg_declare_dialog_set_date (HgDeclareDialog *self,
                            const char      *date)
{
  g_return_if_fail (HG_IS_DECLARE_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

static void
hg_declare_dialog_constructed (GObject *object)
{
  HgDeclareDialog *self = HG_DECLARE_DIALOG (object);
  g_autofree char *today = hg_text_today ();
  g_autofree char *body = NULL;

  G_OBJECT_CLASS (hg_declare_dialog_parent_class)->constructed (object);

  /* Translators: %s is ★ or ★★ */
  body = g_strdup_printf (_("Once you have declared SECURITY ACTION %s on the scheme’s web site, "
                            "record the date here."), self->star == 1 ? "★" : "★★");
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  hg_date_row_set_iso (self->date_row, today);
}

static void
hg_declare_dialog_dispose (GObject *object)
{
  g_clear_object (&HG_DECLARE_DIALOG (object)->session);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_DECLARE_DIALOG);
  G_OBJECT_CLASS (hg_declare_dialog_parent_class)->dispose (object);
}

static void
hg_declare_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgDeclareDialog *self = HG_DECLARE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_STAR:
      g_value_set_uint (value, self->star);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_declare_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgDeclareDialog *self = HG_DECLARE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_STAR:
      self->star = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_declare_dialog_class_init (HgDeclareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_declare_dialog_constructed;
  object_class->dispose = hg_declare_dialog_dispose;
  object_class->get_property = hg_declare_dialog_get_property;
  object_class->set_property = hg_declare_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_declare_dialog_response;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 1 for ★, 2 for ★★. */
  properties[PROP_STAR] =
    g_param_spec_uint ("star", NULL, NULL, 1, 2, 1,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-declare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgDeclareDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, HgDeclareDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_declare_dialog_init (HgDeclareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
}

GtkWidget *
hg_declare_dialog_new (HgSession *session,
                       guint      star)
{
  g_return_val_if_fail (HG_IS_SESSION (session), NULL);
  g_return_val_if_fail (star == 1 || star == 2, NULL);

  return g_object_new (HG_TYPE_DECLARE_DIALOG, "session", session, "star", star, NULL);
}
