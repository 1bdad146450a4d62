/* hg-carryout-return-dialog.c
 *
 * When a carried-out item came back: now unless typed otherwise (it is
 * often recorded the next morning), never before it went out. The time is
 * checked as it is typed, so the row is marked before Record is pressed;
 * a refusal from the core marks it too and keeps what was typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-carryout-return-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-carryout-return-dialog.h"
#include "hg-carryout.h"
#include "hg-form.h"
#include "hg-local-time.h"

struct _HgCarryoutReturnDialog
{
  AdwMessageDialog  parent_instance;

  HgWorkbook       *workbook;
  gint64            carryout_id;
  char             *now;         /* fixed moment, or NULL */
  GDateTime        *out;         /* when it went out; NULL when unknown */

  /* Template widgets */
  AdwEntryRow      *back_row;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgCarryoutReturnDialog, hg_carryout_return_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_CARRYOUT_ID,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
validate (HgCarryoutReturnDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GDateTime) back = hg_local_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->back_row)));
  gboolean ok;

  ok = hg_form_mark_row (GTK_WIDGET (self->back_row),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->back_row)),
                         back == NULL ? _("Write the date and time as 2026-12-29 23:30")
                         : self->out != NULL && g_date_time_compare (back, self->out) < 0
                         ? _("It cannot be back before it was taken out") : NULL,
                         problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", ok);
}

gboolean
hg_carryout_return_dialog_save (HgCarryoutReturnDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HG_IS_CARRYOUT_RETURN_DIALOG (self), FALSE);

  if (hg_carryout_return (self->workbook, self->carryout_id,
                          gtk_editable_get_text (GTK_EDITABLE (self->back_row)), &error))
    return TRUE;
  hg_form_show_problem (self->problem_label, error->message);
  gtk_widget_add_css_class (GTK_WIDGET (self->back_row), "error");
  return FALSE;
}

static void
hg_carryout_return_dialog_response (AdwMessageDialog *dialog,
                                    const char       *response)
{
  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || hg_carryout_return_dialog_save (HG_CARRYOUT_RETURN_DIALOG (dialog)));
}

static void
hg_carryout_return_dialog_constructed (GObject *object)
{
  HgCarryoutReturnDialog *self = (HgCarryoutReturnDialog *) object;
  GDateTime *parsed = self->now ? hg_local_time_parse (self->now) : NULL;
  g_autoptr(GDateTime) now = parsed ? parsed : g_date_time_new_now_local ();
  g_autofree char *text = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autoptr(HgCarryout) c = NULL;

  G_OBJECT_CLASS (hg_carryout_return_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));

  c = hg_carryout_get (self->workbook, self->carryout_id, NULL);
  if (c != NULL)
    {
      g_autofree char *out = hg_local_time_format (c->out_at);

      self->out = hg_local_time_parse (c->out_at);
      /* Translators: the return dialog's text: what, who took it, when it went out */
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _("“%s”, taken out by %s at %s"),
                                      c->item, c->person, out);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->back_row), text);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->back_row));
}

static void
hg_carryout_return_dialog_dispose (GObject *object)
{
  HgCarryoutReturnDialog *self = (HgCarryoutReturnDialog *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->now, g_free);
  g_clear_pointer (&self->out, g_date_time_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_CARRYOUT_RETURN_DIALOG);

  G_OBJECT_CLASS (hg_carryout_return_dialog_parent_class)->dispose (object);
}

static void
hg_carryout_return_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  HgCarryoutReturnDialog *self = HG_CARRYOUT_RETURN_DIALOG (object);

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
hg_carryout_return_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  HgCarryoutReturnDialog *self = HG_CARRYOUT_RETURN_DIALOG (object);

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

static void
hg_carryout_return_dialog_class_init (HgCarryoutReturnDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_carryout_return_dialog_constructed;
  object_class->dispose = hg_carryout_return_dialog_dispose;
  object_class->get_property = hg_carryout_return_dialog_get_property;
  object_class->set_property = hg_carryout_return_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_carryout_return_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARRYOUT_ID] =
    g_param_spec_int64 ("carryout-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The time offered; NULL: the clock (tests fix it). */
  properties[PROP_NOW] =
    g_param_spec_string ("now", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-carryout-return-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutReturnDialog, back_row);
  gtk_widget_class_bind_template_child (widget_class, HgCarryoutReturnDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_carryout_return_dialog_init (HgCarryoutReturnDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->back_row, 40);
}

GtkWidget *
hg_carryout_return_dialog_new (HgWorkbook *workbook,
                               gint64      carryout_id,
                               const char *now)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_CARRYOUT_RETURN_DIALOG, "workbook", workbook,
                       "carryout-id", carryout_id, "now", now, NULL);
}
