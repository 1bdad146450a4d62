/* hg-rules-editor.c
 *
 * Every rule the current answers keep, chapter by chapter, with what the
 * company changed: a rule can be reworded (its wording then stays whatever
 * the answers become), left out with a reason, given a new rule after it,
 * or restored. A reworded rule whose template text changed since is marked
 * for review. Each change is one undoable edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rules-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-rule-dialog.h"
#include "hg-rules-editor.h"
#include "hg-form.h"
#include "hg-limits.h"

struct _HgRulesEditor
{
  AdwBin      parent_instance;

  HgPack     *pack;      /* borrowed from the policy page */
  HgWorkbook *workbook;
  guint       n_rules;

  /* Template widgets */
  GtkBox     *box;
};

G_DEFINE_FINAL_TYPE (HgRulesEditor, hg_rules_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PACK,
  PROP_WORKBOOK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
role_name (const char *key)
{
  static const struct { const char *key; const char *name; } names[] = {
    { "ciso", N_("Information security officer") }, { "department_head", N_("Department security lead") },
    { "system_admin", N_("System administrator") }, { "education", N_("Training lead") },
    { "auditor", N_("Auditor") }, { "incident_contact", N_("Incident contact") },
    { "management", N_("Management") }, { "employees", N_("Employees") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (key, names[i].key) == 0)
      return _(names[i].name);
  return NULL;
}

static void
toast (HgRulesEditor *self,
       const char    *message)
{
  hg_form_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
edit_response_cb (HgRuleDialog  *dialog,
                  const char    *response,
                  HgRulesEditor *self)
{
  const char *rule = hg_rule_dialog_get_rule (dialog);
  const char *text = hg_rule_dialog_get_text (dialog);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (g_strcmp0 (response, "apply") != 0)
    return;

  switch (hg_rule_dialog_get_kind (dialog))
    {
    case HG_RULE_EDIT_REWORD:
      ok = hg_policy_reword (self->workbook, self->pack, rule, text, &error);
      break;
    case HG_RULE_EDIT_EXCLUDE:
      ok = hg_policy_exclude (self->workbook, self->pack, rule, text, &error);
      break;
    case HG_RULE_EDIT_ADD:
    default:
      ok = hg_policy_add_rule (self->workbook, self->pack, rule, text, &error);
    }
  if (!ok)
    toast (self, error->message);
}

static void
open_edit (HgRulesEditor *self,
           GtkWidget     *button)
{
  HgRuleEdit kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  const char *initial = g_object_get_data (G_OBJECT (button), "text");
  HgPackContext *context = hg_pack_context_new_for_workbook (self->pack, self->workbook);
  GtkWidget *dialog = g_object_new (HG_TYPE_RULE_DIALOG,
                                    "transient-for", gtk_widget_get_root (GTK_WIDGET (self)),
                                    "kind", kind,
                                    "rule", g_object_get_data (G_OBJECT (button), "rule"),
                                    "text", kind == HG_RULE_EDIT_REWORD ? initial : NULL,
                                    "variables", hg_pack_context_describe_variables (
                                      context, kind == HG_RULE_EDIT_REWORD ? initial : ""),
                                    NULL);

  hg_pack_context_free (context);

  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_clicked_cb (GtkButton     *button,
                    HgRulesEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!hg_policy_reset_rule (self->workbook, self->pack,
                             g_object_get_data (G_OBJECT (button), "rule"), &error))
    toast (self, error->message);
}

static void
remove_added_clicked_cb (GtkButton     *button,
                         HgRulesEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 *id = g_object_get_data (G_OBJECT (button), "id");

  if (!hg_policy_remove_added (self->workbook, *id, &error))
    toast (self, error->message);
}

static GtkWidget *
action_button (HgRulesEditor *self,
               const char    *icon,
               const char    *tooltip,
               const char    *rule,
               HgRuleEdit     kind,
               const char    *text)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  g_object_set_data_full (G_OBJECT (button), "rule", g_strdup (rule), g_free);
  g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
  g_object_set_data_full (G_OBJECT (button), "text", g_strdup (text), g_free);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (open_edit), self);
  return button;
}

static GtkWidget *
rule_row (HgRulesEditor *self,
          HgPackContext *context,
          const HgBlock *rule,
          guint          number)
{
  GtkWidget *row = adw_action_row_new ();
  const char *reworded = hg_pack_context_get_reworded (context, rule->id);
  const char *reason = hg_pack_context_get_exclusion (context, rule->id);
  gboolean outdated = hg_pack_context_is_outdated (context, rule);
  g_autofree char *text = hg_pack_context_expand (context, reworded ? reworded : rule->text);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *role = role_name (rule->role);

  if (reason != NULL)
    g_string_append_printf (subtitle, _("Left out: %s"), reason);
  else
    g_string_append_printf (subtitle, "(%u)", number);
  if (role != NULL)
    g_string_append_printf (subtitle, " · %s", role);
  if (reworded != NULL)
    g_string_append_printf (subtitle, " · %s", outdated ? _("Reworded; the template has changed since — "
                                                          "please review")
                                                        : _("Reworded"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (reason != NULL)
    gtk_widget_add_css_class (row, "dim-label");
  if (outdated)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             action_button (self, "document-edit-symbolic", _("Reword"), rule->id,
                                            HG_RULE_EDIT_REWORD, reworded ? reworded : rule->text));
  if (reworded != NULL || reason != NULL)
    {
      GtkWidget *restore = gtk_button_new_from_icon_name ("edit-undo-symbolic");

      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (restore, "flat");
      gtk_widget_set_tooltip_text (restore, _("Restore the template’s rule"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (restore), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Restore the template’s rule"), -1);
      g_object_set_data_full (G_OBJECT (restore), "rule", g_strdup (rule->id), g_free);
      g_signal_connect (restore, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
    }
  if (reason == NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               action_button (self, "list-remove-symbolic", _("Leave out"),
                                              rule->id, HG_RULE_EDIT_EXCLUDE, NULL));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             action_button (self, "list-add-symbolic", _("Add a rule after this"),
                                            rule->id, HG_RULE_EDIT_ADD, NULL));
  self->n_rules++;
  return row;
}

static void
add_rules (HgRulesEditor       *self,
           HgPackContext       *context,
           const HgBlock       *block,
           AdwPreferencesGroup *group,
           guint               *number)
{
  for (guint i = 0; i < block->children->len; i++)
    {
      const HgBlock *child = g_ptr_array_index (block->children, i);

      if (!hg_pack_context_test (context, child->condition, NULL))
        continue;
      if (child->kind == HG_BLOCK_SECTION)
        {
          *number = 0;
          add_rules (self, context, child, group, number);
        }
      else if (child->kind == HG_BLOCK_RULE && child->id != NULL)
        {
          GPtrArray *added = hg_pack_context_get_added (context, child->id);
          GArray *added_ids = hg_pack_context_get_added_ids (context, child->id);
          gboolean excluded = hg_pack_context_get_exclusion (context, child->id) != NULL;

          adw_preferences_group_add (group, rule_row (self, context, child,
                                                      excluded ? *number : ++*number));
          for (guint a = 0; added != NULL && a < added->len; a++)
            {
              GtkWidget *row = adw_action_row_new ();
              g_autofree char *text = hg_pack_context_expand (context, g_ptr_array_index (added, a));
              g_autofree char *subtitle = g_strdup_printf (_("(%u) · Added by the company"),
                                                           ++*number);

              GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

              adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
              gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
              gtk_widget_add_css_class (remove, "flat");
              gtk_widget_set_tooltip_text (remove, _("Remove this added rule"));
              gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              _("Remove this added rule"), -1);
              g_object_set_data_full (G_OBJECT (remove), "id",
                                      g_memdup2 (&g_array_index (added_ids, gint64, a),
                                                 sizeof (gint64)), g_free);
              g_signal_connect (remove, "clicked", G_CALLBACK (remove_added_clicked_cb), self);
              adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
              adw_preferences_group_add (group, row);
            }
        }
    }
}

void
hg_rules_editor_reload (HgRulesEditor *self)
{
  g_autoptr(HgPackContext) context = NULL;
  GtkWidget *child;
  GPtrArray *documents;

  g_return_if_fail (HG_IS_RULES_EDITOR (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->box))) != NULL)
    gtk_box_remove (self->box, child);
  self->n_rules = 0;
  if (self->workbook == NULL)
    return;

  context = hg_pack_context_new_for_workbook (self->pack, self->workbook);
  documents = hg_pack_get_documents (self->pack);
  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      guint chapter = 0;

      if (!hg_pack_context_test (context, document->condition, NULL))
        continue;
      for (guint c = 0; c < document->children->len; c++)
        {
          const HgBlock *ch = g_ptr_array_index (document->children, c);
          AdwPreferencesGroup *group;
          g_autofree char *title = NULL;
          g_autofree char *expanded = NULL;
          guint number = 0;

          if (ch->kind != HG_BLOCK_CHAPTER || !hg_pack_context_test (context, ch->condition, NULL))
            continue;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          expanded = hg_pack_context_expand (context, ch->display_title);
          /* Translators: a document, the chapter's number in it and its title */
          title = g_strdup_printf (_("%s — Chapter %u: %s"), document->display_title, ++chapter,
                                   expanded);
          adw_preferences_group_set_title (group, title);
          {
            guint before = self->n_rules;

            add_rules (self, context, ch, group, &number);
            /* A chapter of prose alone (the basic policy) has nothing to
             * edit here. */
            if (self->n_rules > before)
              gtk_box_append (self->box, GTK_WIDGET (group));
            else
              g_object_unref (g_object_ref_sink (group));
          }
        }
    }
}

static void
workbook_changed_cb (HgRulesEditor *self,
                     GStrv          tables)
{
  /* Rebuilt only while on screen; showing it again rebuilds it anyway. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    hg_rules_editor_reload (self);
}

static void
hg_rules_editor_map (GtkWidget *widget)
{
  hg_rules_editor_reload (HG_RULES_EDITOR (widget));
  GTK_WIDGET_CLASS (hg_rules_editor_parent_class)->map (widget);
}

static void
hg_rules_editor_dispose (GObject *object)
{
  HgRulesEditor *self = (HgRulesEditor *) object;

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_clear_object (&self->workbook);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RULES_EDITOR);

  G_OBJECT_CLASS (hg_rules_editor_parent_class)->dispose (object);
}

static void
hg_rules_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HgRulesEditor *self = HG_RULES_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_pointer (value, self->pack);
      break;
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rules_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  HgRulesEditor *self = HG_RULES_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      self->pack = g_value_get_pointer (value);
      break;
    case PROP_WORKBOOK:
      hg_rules_editor_set_workbook (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rules_editor_class_init (HgRulesEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_rules_editor_dispose;
  object_class->get_property = hg_rules_editor_get_property;
  object_class->set_property = hg_rules_editor_set_property;
  widget_class->map = hg_rules_editor_map;

  /* The HgPack whose rules are shown: not a GObject, so a pointer, which the
   * policy page keeps alive. */
  properties[PROP_PACK] =
    g_param_spec_pointer ("pack", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-rules-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRulesEditor, box);
}

static void
hg_rules_editor_init (HgRulesEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_rules_editor_new (HgPack *pack)
{
  return g_object_new (HG_TYPE_RULES_EDITOR, "pack", pack, NULL);
}

void
hg_rules_editor_set_workbook (HgRulesEditor *self,
                              HgWorkbook    *workbook)
{
  gboolean changed;

  g_return_if_fail (HG_IS_RULES_EDITOR (self));

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  changed = g_set_object (&self->workbook, workbook);
  if (workbook != NULL)
    g_signal_connect_swapped (workbook, "changed", G_CALLBACK (workbook_changed_cb), self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    hg_rules_editor_reload (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKBOOK]);
}

guint
hg_rules_editor_get_n_rules (HgRulesEditor *self)
{
  return self->n_rules;
}
