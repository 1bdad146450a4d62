/* hg-threat-dialog.c
 *
 * One dialog for a threat the catalogue lacks and for renaming a threat:
 * "threat-id" 0 adds to the medium "medium-id", any other renames that
 * threat. The dialog only edits; whoever opens it saves on the "save"
 * response with the getters, so a failed save is told where the threats
 * are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-threat-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-limits.h"
#include "hg-threat-dialog.h"

struct _HgThreatDialog
{
  AdwMessageDialog  parent_instance;

  gint64            medium_id;
  char             *medium_name;
  gint64            threat_id;
  char             *name;
  char             *description;
  AdwEntryRow      *name_row;
  AdwEntryRow      *description_row;
};

G_DEFINE_FINAL_TYPE (HgThreatDialog, hg_threat_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_MEDIUM_ID,
  PROP_MEDIUM_NAME,
  PROP_THREAT_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A threat needs a name. */
static void
validate (HgThreatDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (hg_threat_dialog_get_name (self)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", text[0] != '\0');
}

static void
hg_threat_dialog_constructed (GObject *object)
{
  HgThreatDialog *self = HG_THREAT_DIALOG (object);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  G_OBJECT_CLASS (hg_threat_dialog_parent_class)->constructed (object);
  if (self->threat_id == 0)
    {
      /* Translators: %s is a medium of the register, e.g. 事務所PC */
      g_autofree char *heading = g_strdup_printf (_("Add a Threat to %s"),
                                                  self->medium_name ? self->medium_name : "");

      adw_message_dialog_set_heading (dialog, heading);
      adw_message_dialog_set_body (dialog, _("A threat this company meets that the list "
                                             "lacks. Rate it and link measures to it "
                                             "afterwards; until then it counts as unprotected."));
      adw_message_dialog_set_response_label (dialog, "save", _("_Add"));
    }
  else
    adw_message_dialog_set_heading (dialog, _("Rename the Threat"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->name ? self->name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                         self->description ? self->description : "");
  validate (self);
}

static void
hg_threat_dialog_finalize (GObject *object)
{
  HgThreatDialog *self = HG_THREAT_DIALOG (object);

  g_free (self->medium_name);
  g_free (self->name);
  g_free (self->description);
  G_OBJECT_CLASS (hg_threat_dialog_parent_class)->finalize (object);
}

static void
hg_threat_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_THREAT_DIALOG);
  G_OBJECT_CLASS (hg_threat_dialog_parent_class)->dispose (object);
}

static void
hg_threat_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  HgThreatDialog *self = HG_THREAT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEDIUM_ID:
      g_value_set_int64 (value, self->medium_id);
      break;
    case PROP_MEDIUM_NAME:
      g_value_set_string (value, self->medium_name);
      break;
    case PROP_THREAT_ID:
      g_value_set_int64 (value, self->threat_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_threat_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  HgThreatDialog *self = HG_THREAT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEDIUM_ID:
      self->medium_id = g_value_get_int64 (value);
      break;
    case PROP_MEDIUM_NAME:
      self->medium_name = g_value_dup_string (value);
      break;
    case PROP_THREAT_ID:
      self->threat_id = g_value_get_int64 (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_threat_dialog_class_init (HgThreatDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = hg_threat_dialog_constructed;
  object_class->dispose = hg_threat_dialog_dispose;
  object_class->finalize = hg_threat_dialog_finalize;
  object_class->get_property = hg_threat_dialog_get_property;
  object_class->set_property = hg_threat_dialog_set_property;

  /* The medium a new threat is added to, and its name for the heading. */
  properties[PROP_MEDIUM_ID] =
    g_param_spec_int64 ("medium-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MEDIUM_NAME] =
    g_param_spec_string ("medium-name", NULL, NULL, NULL, flags);
  /* 0 adds a threat; any other is the threat renamed. */
  properties[PROP_THREAT_ID] =
    g_param_spec_int64 ("threat-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  /* The threat's name and description as the dialog opens. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-threat-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgThreatDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, HgThreatDialog, description_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hg_threat_dialog_init (HgThreatDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_set_max_length (self->name_row, HG_RISK_THREAT_NAME_MAX);
  hg_form_set_max_length (self->description_row, HG_RISK_THREAT_DESCRIPTION_MAX);
}

gint64
hg_threat_dialog_get_medium_id (HgThreatDialog *self)
{
  g_return_val_if_fail (HG_IS_THREAT_DIALOG (self), 0);
  return self->medium_id;
}

gint64
hg_threat_dialog_get_threat_id (HgThreatDialog *self)
{
  g_return_val_if_fail (HG_IS_THREAT_DIALOG (self), 0);
  return self->threat_id;
}

/* The name as typed now. */
const char *
hg_threat_dialog_get_name (HgThreatDialog *self)
{
  g_return_val_if_fail (HG_IS_THREAT_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->name_row));
}

/* The description as typed now. */
const char *
hg_threat_dialog_get_description (HgThreatDialog *self)
{
  g_return_val_if_fail (HG_IS_THREAT_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->description_row));
}
