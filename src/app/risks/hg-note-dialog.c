/* hg-note-dialog.c
 *
 * The note on one measure of the control list. The dialog only edits the
 * text: whoever opens it saves hg_note_dialog_get_note() on the "save"
 * response, so the dialog needs neither the workbook nor the department.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-note-dialog"

#include "config.h"

#include "hg-form.h"
#include "hg-limits.h"
#include "hg-note-dialog.h"

struct _HgNoteDialog
{
  AdwMessageDialog  parent_instance;

  char             *control;
  char             *note;
  AdwEntryRow      *note_row;
};

G_DEFINE_FINAL_TYPE (HgNoteDialog, hg_note_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_CONTROL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hg_note_dialog_constructed (GObject *object)
{
  HgNoteDialog *self = HG_NOTE_DIALOG (object);

  G_OBJECT_CLASS (hg_note_dialog_parent_class)->constructed (object);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), self->note ? self->note : "");
}

static void
hg_note_dialog_finalize (GObject *object)
{
  HgNoteDialog *self = HG_NOTE_DIALOG (object);

  g_free (self->control);
  g_free (self->note);
  G_OBJECT_CLASS (hg_note_dialog_parent_class)->finalize (object);
}

static void
hg_note_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_NOTE_DIALOG);
  G_OBJECT_CLASS (hg_note_dialog_parent_class)->dispose (object);
}

static void
hg_note_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HgNoteDialog *self = HG_NOTE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTROL:
      g_value_set_string (value, self->control);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_note_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HgNoteDialog *self = HG_NOTE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTROL:
      self->control = g_value_dup_string (value);
      break;
    case PROP_NOTE:
      self->note = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_note_dialog_class_init (HgNoteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_note_dialog_constructed;
  object_class->dispose = hg_note_dialog_dispose;
  object_class->finalize = hg_note_dialog_finalize;
  object_class->get_property = hg_note_dialog_get_property;
  object_class->set_property = hg_note_dialog_set_property;

  /* The key of the measure, handed back to whoever saves the note. */
  properties[PROP_CONTROL] =
    g_param_spec_string ("control", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The note as it was when the dialog opened. */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-note-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgNoteDialog, note_row);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_note_dialog_init (HgNoteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_set_max_length (self->note_row, HG_RISK_NOTE_MAX);
}

/* @measure, the measure's text, is the body of the dialog. */
GtkWidget *
hg_note_dialog_new (const char *control,
                    const char *measure,
                    const char *note)
{
  return g_object_new (HG_TYPE_NOTE_DIALOG, "control", control, "body", measure,
                       "note", note, NULL);
}

const char *
hg_note_dialog_get_control (HgNoteDialog *self)
{
  g_return_val_if_fail (HG_IS_NOTE_DIALOG (self), NULL);
  return self->control;
}

/* The note as typed now. */
const char *
hg_note_dialog_get_note (HgNoteDialog *self)
{
  g_return_val_if_fail (HG_IS_NOTE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->note_row));
}
