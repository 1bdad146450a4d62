/* hg-rule-dialog.c
 *
 * One sentence about one rule of the pack: its new wording, the reason it
 * is left out, or a rule to add after it. The dialog only edits; the rules
 * editor applies hg_rule_dialog_get_text() on the "apply" response, as one
 * undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-form.h"
#include "hg-limits.h"
#include "hg-rule-dialog.h"

struct _HgRuleDialog
{
  AdwMessageDialog  parent_instance;

  HgRuleEdit        kind;
  char             *rule;
  char             *text;
  AdwEntryRow      *text_row;
};

G_DEFINE_FINAL_TYPE (HgRuleDialog, hg_rule_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_RULE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Nothing to apply until something is written. */
static void
validate (HgRuleDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (hg_rule_dialog_get_text (self)));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply", text[0] != '\0');
}

static void
hg_rule_dialog_constructed (GObject *object)
{
  static const char *headings[] = { N_("Reword the Rule"), N_("Leave the Rule Out"),
                                    N_("Add a Rule After This One") };
  static const char *bodies[] = {
    N_("Write the rule in the company’s own words. Names in braces, such as "
       "{password_min_length}, are filled in from the answers."),
    N_("Say why the company does not need this rule; the reason is kept with the rules."),
    N_("Write the new rule as one sentence or a short paragraph."),
  };
  static const char *titles[] = { N_("Wording"), N_("Reason"), N_("Rule") };
  HgRuleDialog *self = HG_RULE_DIALOG (object);

  G_OBJECT_CLASS (hg_rule_dialog_parent_class)->constructed (object);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), _(headings[self->kind]));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), _(bodies[self->kind]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->text_row), _(titles[self->kind]));
  gtk_editable_set_text (GTK_EDITABLE (self->text_row), self->text ? self->text : "");
  validate (self);
}

static void
hg_rule_dialog_finalize (GObject *object)
{
  HgRuleDialog *self = HG_RULE_DIALOG (object);

  g_free (self->rule);
  g_free (self->text);
  G_OBJECT_CLASS (hg_rule_dialog_parent_class)->finalize (object);
}

static void
hg_rule_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_RULE_DIALOG);
  G_OBJECT_CLASS (hg_rule_dialog_parent_class)->dispose (object);
}

static void
hg_rule_dialog_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HgRuleDialog *self = HG_RULE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rule_dialog_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HgRuleDialog *self = HG_RULE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_uint (value);
      break;
    case PROP_RULE:
      self->rule = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rule_dialog_class_init (HgRuleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = hg_rule_dialog_constructed;
  object_class->dispose = hg_rule_dialog_dispose;
  object_class->finalize = hg_rule_dialog_finalize;
  object_class->get_property = hg_rule_dialog_get_property;
  object_class->set_property = hg_rule_dialog_set_property;

  /* An HgRuleEdit: what the dialog asks for. */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, HG_RULE_EDIT_REWORD, HG_RULE_EDIT_ADD,
                       HG_RULE_EDIT_REWORD, flags);
  /* The id of the rule in the pack. */
  properties[PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, flags);
  /* The text as the dialog opens: the current wording when rewording. */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-rule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRuleDialog, text_row);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

static void
hg_rule_dialog_init (HgRuleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_set_max_length (self->text_row, HG_POLICY_RULE_TEXT_MAX);
}

HgRuleEdit
hg_rule_dialog_get_kind (HgRuleDialog *self)
{
  g_return_val_if_fail (HG_IS_RULE_DIALOG (self), HG_RULE_EDIT_REWORD);
  return self->kind;
}

const char *
hg_rule_dialog_get_rule (HgRuleDialog *self)
{
  g_return_val_if_fail (HG_IS_RULE_DIALOG (self), NULL);
  return self->rule;
}

/* The text as typed now. */
const char *
hg_rule_dialog_get_text (HgRuleDialog *self)
{
  g_return_val_if_fail (HG_IS_RULE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->text_row));
}
