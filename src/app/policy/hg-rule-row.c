/* hg-rule-row.c
 *
 * A row of the rule review's list view. The view makes about as many rows
 * as fit on screen and gives them item after item as the list scrolls; a
 * row follows its item's notifications, so an edit redraws the rows of the
 * lines it changed and no others. The buttons name the rules.* actions of
 * the editor with the item's rule as their target: no state is kept on the
 * buttons, and a read-only workbook disables them all at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rule-row"

#include "config.h"

#include "hg-rule-row.h"

struct _HgRuleRow
{
  AdwBin      parent_instance;

  HgRuleItem *item;

  /* Template widgets */
  GtkLabel   *heading;
  GtkWidget  *rule_box;
  GtkWidget  *warning;
  GtkLabel   *title;
  GtkLabel   *subtitle;
  GtkWidget  *reword_button;
  GtkWidget  *restore_button;
  GtkWidget  *exclude_button;
  GtkWidget  *add_button;
  GtkWidget  *remove_button;
};

G_DEFINE_FINAL_TYPE (HgRuleRow, hg_rule_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_item (HgRuleRow *self)
{
  HgRuleItemKind kind = self->item ? hg_rule_item_get_kind (self->item) : HG_RULE_ITEM_HEADING;
  gboolean rule = kind == HG_RULE_ITEM_RULE;
  gboolean excluded = rule && hg_rule_item_get_excluded (self->item);
  const char *title = self->item ? hg_rule_item_get_title (self->item) : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->heading), kind == HG_RULE_ITEM_HEADING);
  gtk_widget_set_visible (self->rule_box, kind != HG_RULE_ITEM_HEADING);
  if (kind == HG_RULE_ITEM_HEADING)
    {
      gtk_label_set_text (self->heading, title ? title : "");
      return;
    }

  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->subtitle, hg_rule_item_get_subtitle (self->item));
  if (excluded)
    gtk_widget_add_css_class (self->rule_box, "dim-label");
  else
    gtk_widget_remove_css_class (self->rule_box, "dim-label");
  gtk_widget_set_visible (self->warning, rule && hg_rule_item_get_outdated (self->item));

  gtk_widget_set_visible (self->reword_button, rule);
  gtk_widget_set_visible (self->restore_button,
                          rule && (excluded || hg_rule_item_get_reworded (self->item)));
  gtk_widget_set_visible (self->exclude_button, rule && !excluded);
  gtk_widget_set_visible (self->add_button, rule);
  gtk_widget_set_visible (self->remove_button, kind == HG_RULE_ITEM_ADDED);
  if (rule)
    {
      const char *id = hg_rule_item_get_rule_id (self->item);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->reword_button), "s", id);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->restore_button), "s", id);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->exclude_button), "s", id);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s", id);
    }
  else
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x",
                                      hg_rule_item_get_added_id (self->item));
}

static void
hg_rule_row_dispose (GObject *object)
{
  HgRuleRow *self = (HgRuleRow *) object;

  hg_rule_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RULE_ROW);

  G_OBJECT_CLASS (hg_rule_row_parent_class)->dispose (object);
}

static void
hg_rule_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, HG_RULE_ROW (object)->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rule_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ITEM:
      hg_rule_row_set_item (HG_RULE_ROW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_rule_row_class_init (HgRuleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_rule_row_dispose;
  object_class->get_property = hg_rule_row_get_property;
  object_class->set_property = hg_rule_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, HG_TYPE_RULE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/hg-rule-row.ui");
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, heading);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, rule_box);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, warning);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, title);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, reword_button);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, exclude_button);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, add_button);
  gtk_widget_class_bind_template_child (widget_class, HgRuleRow, remove_button);
}

static void
hg_rule_row_init (HgRuleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_rule_row_new (void)
{
  return g_object_new (HG_TYPE_RULE_ROW, NULL);
}

HgRuleItem *
hg_rule_row_get_item (HgRuleRow *self)
{
  g_return_val_if_fail (HG_IS_RULE_ROW (self), NULL);
  return self->item;
}

void
hg_rule_row_set_item (HgRuleRow  *self,
                      HgRuleItem *item)
{
  g_return_if_fail (HG_IS_RULE_ROW (self));

  if (self->item == item)
    return;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    {
      g_signal_connect_swapped (item, "notify", G_CALLBACK (show_item), self);
      show_item (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
