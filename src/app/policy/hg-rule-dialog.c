/* hg-rule-dialog.c
 *
 * One sentence about one rule of the pack: its new wording, the reason it
 * is left out, or a rule to add after it. The dialog only edits; the rules
 * editor applies hg_rule_dialog_get_text() on the "apply" response, as one
 * undoable edit.
 *
 * The wording is edited in a multi-line view where every {variable} of the
 * text is an object of its own, shown as what it stands for (a chip reading
 * 代表取締役社長, with the name as its tooltip): a child anchor is one
 * character of the buffer, so typing cannot land inside a name and half of
 * one cannot be deleted or mistyped; the text round-trips exactly, because
 * the chips are mapped back to "{name}" and the typed text is kept as typed
 * (a "{name}" typed by hand stays a variable, "{{" stays a brace). The one
 * way to lose a variable is to delete its chip as a whole, and then the
 * dialog names it, with the name to type back, before anything is applied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rule-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-limits.h"
#include "hg-pack.h"
#include "hg-rule-dialog.h"

struct _HgRuleDialog
{
  AdwMessageDialog  parent_instance;

  HgRuleEdit        kind;
  char             *rule;
  char             *text;
  GVariant         *variables;  /* "a{ss}": name → what it stands for */
  GHashTable       *anchors;    /* GtkTextChildAnchor → variable name */
  char             *current;    /* the wording as stored, kept in step */

  /* Template widgets */
  GtkLabel         *title_label;
  GtkTextView      *text_view;
  GtkLabel         *problem_label;
};

G_DEFINE_FINAL_TYPE (HgRuleDialog, hg_rule_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_RULE,
  PROP_TEXT,
  PROP_VARIABLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The buffer as stored: chips back to "{name}", the rest as typed. */
static char *
serialize (HgRuleDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GString *out = g_string_new (NULL);
  GtkTextIter iter;

  for (gtk_text_buffer_get_start_iter (buffer, &iter); !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    {
      GtkTextChildAnchor *anchor = gtk_text_iter_get_child_anchor (&iter);
      const char *name = anchor ? g_hash_table_lookup (self->anchors, anchor) : NULL;

      if (name != NULL)
        g_string_append_printf (out, "{%s}", name);
      /* An undone deletion of a chip comes back as a bare object
       * character, which is no text of the rule. */
      else if (anchor == NULL && gtk_text_iter_get_char (&iter) != 0xFFFC)
        g_string_append_unichar (out, gtk_text_iter_get_char (&iter));
    }
  return g_string_free (out, FALSE);
}

static const char *
variable_value (HgRuleDialog *self,
                const char   *name)
{
  const char *value = NULL;

  if (self->variables == NULL || !g_variant_lookup (self->variables, name, "&s", &value)
      || value[0] == '\0')
    return NULL;
  return value;
}

/* Variables of the opening text that are not in the wording any more. */
static char *
lost_variables (HgRuleDialog *self)
{
  g_autoptr(GString) lost = g_string_new (NULL);
  const char *start, *end = NULL;

  for (const char *p = self->text; (start = hg_pack_text_find_variable (p, &end)) != NULL;
       p = end)
    {
      g_autofree char *token = g_strndup (start, end - start);
      g_autofree char *name = g_strndup (start + 1, end - start - 2);
      const char *value = variable_value (self, name);

      if (strstr (self->current, token) != NULL || strstr (lost->str, token) != NULL)
        continue;
      if (lost->len > 0)
        g_string_append (lost, _(", "));
      if (value != NULL)
        /* Translators: a variable as shown, then its name: 「代表取締役社長」 ({company.…}) */
        g_string_append_printf (lost, _("“%s” (%s)"), value, token);
      else
        g_string_append (lost, token);
    }
  return lost->len > 0 ? g_strdup (lost->str) : NULL;
}

/* Nothing to apply until something is written, and no more than the core
 * takes; a variable deleted is said, so it is not lost unseen. */
static void
validate (HgRuleDialog *self)
{
  g_autofree char *stripped = NULL;
  g_autofree char *lost = NULL;
  g_autofree char *problem = NULL;
  glong length;

  g_free (self->current);
  self->current = serialize (self);
  stripped = g_strstrip (g_strdup (self->current));
  length = g_utf8_strlen (self->current, -1);
  lost = self->text != NULL ? lost_variables (self) : NULL;

  if (length > HG_POLICY_RULE_TEXT_MAX)
    problem = g_strdup_printf (_("Write no more than %u characters"), HG_POLICY_RULE_TEXT_MAX);
  else if (lost != NULL)
    problem = g_strdup_printf (_("No longer in the wording: %s. Type the name in braces to put it back."),
                               lost);
  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply",
                                           stripped[0] != '\0'
                                           && length <= HG_POLICY_RULE_TEXT_MAX);
}

static void
insert_variable (HgRuleDialog *self,
                 GtkTextIter  *iter,
                 const char   *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextChildAnchor *anchor = gtk_text_buffer_create_child_anchor (buffer, iter);
  const char *value = variable_value (self, name);
  g_autofree char *token = g_strdup_printf ("{%s}", name);
  GtkWidget *chip = gtk_label_new (value ? value : token);

  gtk_widget_add_css_class (chip, "rule-variable");
  gtk_widget_set_tooltip_text (chip, token);
  g_hash_table_insert (self->anchors, g_object_ref (anchor), g_strdup (name));
  gtk_text_view_add_child_at_anchor (self->text_view, chip, anchor);
}

/* The opening text: literal slices as they are, each variable as a chip. */
static void
load_text (HgRuleDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *p = self->text ? self->text : "";
  const char *start, *end = NULL;
  GtkTextIter iter;

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_get_end_iter (buffer, &iter);
  while ((start = hg_pack_text_find_variable (p, &end)) != NULL)
    {
      g_autofree char *name = g_strndup (start + 1, end - start - 2);

      gtk_text_buffer_insert (buffer, &iter, p, start - p);
      insert_variable (self, &iter, name);
      p = end;
    }
  gtk_text_buffer_insert (buffer, &iter, p, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
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
  gtk_label_set_text (self->title_label, _(titles[self->kind]));
  load_text (self);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  validate (self);
}

static void
hg_rule_dialog_finalize (GObject *object)
{
  HgRuleDialog *self = HG_RULE_DIALOG (object);

  g_free (self->rule);
  g_free (self->text);
  g_free (self->current);
  g_clear_pointer (&self->variables, g_variant_unref);
  g_hash_table_unref (self->anchors);
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
    case PROP_VARIABLES:
      g_value_set_variant (value, self->variables);
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
    case PROP_VARIABLES:
      self->variables = g_value_dup_variant (value);
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
  /* What the variables of the text stand for, "a{ss}" (name → text), as
   * hg_pack_context_describe_variables() gives it; without it the chips
   * show the names. */
  properties[PROP_VARIABLES] =
    g_param_spec_variant ("variables", NULL, NULL, G_VARIANT_TYPE ("a{ss}"), NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-rule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRuleDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, HgRuleDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, HgRuleDialog, problem_label);
}

static void
hg_rule_dialog_init (HgRuleDialog *self)
{
  self->anchors = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_free);
  self->current = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
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

/* The text as it would be stored now, variables as "{name}". */
const char *
hg_rule_dialog_get_text (HgRuleDialog *self)
{
  g_return_val_if_fail (HG_IS_RULE_DIALOG (self), NULL);
  return self->current;
}
