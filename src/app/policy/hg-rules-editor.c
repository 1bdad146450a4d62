/* hg-rules-editor.c
 *
 * Every rule the current answers keep, chapter by chapter, with what the
 * company changed: a rule can be reworded (its wording then stays whatever
 * the answers become), left out with a reason, given a new rule after it,
 * or restored. A reworded rule whose template text changed since is marked
 * for review. Each change is one undoable edit.
 *
 * The lines are an HgRulesModel under a GtkListView, which makes rows only
 * for the lines on screen and reuses them as the list scrolls; an edit
 * updates only the lines it changed (see hg-rules-model.c for why). The
 * editor does not follow the workbook itself: its owner hands it the
 * session's context when the documents change (hg_rules_editor_update()),
 * so the answers are read once an edit, not once a listener.
 *
 * GTK 4.8's list view keeps some 200 rows, and measuring a row of wrapped
 * Japanese text costs milliseconds: measured all at once, the step took
 * seconds to appear the first time. So the view is given the lines a few
 * at a time, a batch a frame, from the step's first showing: the first
 * screen appears at once, the rest follow while it can already be read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-rules-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-rule-dialog.h"
#include "hg-rule-row.h"
#include "hg-rules-editor.h"
#include "hg-rules-model.h"
#include "hg-form.h"

struct _HgRulesEditor
{
  AdwBin        parent_instance;

  HgPack       *pack;      /* borrowed from the policy page */
  HgWorkbook   *workbook;
  HgRulesModel *model;
  GtkSliceListModel *shown; /* the lines the view has been given so far */
  guint         reveal_tick;

  /* Template widgets */
  GtkListView  *list;
};

G_DEFINE_FINAL_TYPE (HgRulesEditor, hg_rules_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PACK,
  PROP_WORKBOOK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *actions[] = { "rules.reword", "rules.exclude", "rules.add", "rules.restore",
                                 "rules.remove" };

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

  if (g_strcmp0 (response, "apply") != 0 || self->workbook == NULL)
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
           HgRuleEdit     kind,
           const char    *rule_id)
{
  g_autofree char *key = g_strconcat ("rule:", rule_id, NULL);
  HgRuleItem *item = hg_rules_model_find (self->model, key, NULL);
  g_autoptr(HgPackContext) context = NULL;
  GtkWidget *dialog;

  if (item == NULL)
    return;
  context = hg_pack_context_new_for_workbook (self->pack, self->workbook);
  dialog = g_object_new (HG_TYPE_RULE_DIALOG,
                         "transient-for", gtk_widget_get_root (GTK_WIDGET (self)),
                         "kind", kind,
                         "rule", rule_id,
                         "text", kind == HG_RULE_EDIT_REWORD ? hg_rule_item_get_source (item)
                                                             : NULL,
                         "variables", hg_pack_context_describe_variables (
                           context,
                           kind == HG_RULE_EDIT_REWORD ? hg_rule_item_get_source (item) : ""),
                         NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (edit_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgRuleEdit kind = g_str_equal (name, "rules.reword") ? HG_RULE_EDIT_REWORD
                    : g_str_equal (name, "rules.exclude") ? HG_RULE_EDIT_EXCLUDE
                    : HG_RULE_EDIT_ADD;

  open_edit (HG_RULES_EDITOR (widget), kind, g_variant_get_string (param, NULL));
}

static void
restore_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  HgRulesEditor *self = HG_RULES_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->workbook != NULL
      && !hg_policy_reset_rule (self->workbook, self->pack, g_variant_get_string (param, NULL),
                                &error))
    toast (self, error->message);
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgRulesEditor *self = HG_RULES_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->workbook != NULL
      && !hg_policy_remove_added (self->workbook, g_variant_get_int64 (param), &error))
    toast (self, error->message);
}

/* Enter (or a double click) on a rule rewords it, as its first button does. */
static void
list_activate_cb (HgRulesEditor *self,
                  guint          position)
{
  g_autoptr(HgRuleItem) item = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (item != NULL && hg_rule_item_get_kind (item) == HG_RULE_ITEM_RULE
      && gtk_widget_is_sensitive (GTK_WIDGET (self))
      && (self->workbook == NULL || !hg_workbook_is_read_only (self->workbook)))
    open_edit (self, HG_RULE_EDIT_REWORD, hg_rule_item_get_rule_id (item));
}

/* Lines given to the view a frame. Wrapping a rule of Japanese text costs
 * pango 1.50 some milliseconds a row (it shapes the rest of a paragraph again
 * at each line break), so few: two batches, the first and the one of the
 * first frame's tick, fill a screen. */
#define REVEAL_STEP 4

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  HgRulesEditor *self = HG_RULES_EDITOR (widget);
  guint size = gtk_slice_list_model_get_size (self->shown);

  if (size >= g_list_model_get_n_items (G_LIST_MODEL (self->model)))
    {
      /* All given: from now on the view follows every line. */
      gtk_slice_list_model_set_size (self->shown, G_MAXUINT);
      self->reveal_tick = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (self->shown, size + REVEAL_STEP);
  return G_SOURCE_CONTINUE;
}

static void
hg_rules_editor_map (GtkWidget *widget)
{
  HgRulesEditor *self = HG_RULES_EDITOR (widget);

  GTK_WIDGET_CLASS (hg_rules_editor_parent_class)->map (widget);
  if (gtk_slice_list_model_get_size (self->shown) == 0)
    {
      gtk_slice_list_model_set_size (self->shown, REVEAL_STEP);
      self->reveal_tick = gtk_widget_add_tick_callback (widget, reveal_tick_cb, NULL, NULL);
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, hg_rule_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item)
{
  HgRuleItem *item = gtk_list_item_get_item (list_item);

  /* A heading is read, not edited: the keyboard passes over it. */
  gtk_list_item_set_activatable (list_item, hg_rule_item_get_kind (item) == HG_RULE_ITEM_RULE);
  hg_rule_row_set_item (HG_RULE_ROW (gtk_list_item_get_child (list_item)), item);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  hg_rule_row_set_item (HG_RULE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* Brings the lines up to @context, the answers as the session reads them;
 * returns how many kept lines changed what they show. */
guint
hg_rules_editor_update (HgRulesEditor *self,
                        HgPackContext *context)
{
  g_return_val_if_fail (HG_IS_RULES_EDITOR (self), 0);

  if (context == NULL)
    {
      hg_rules_model_clear (self->model);
      return 0;
    }
  return hg_rules_model_update (self->model, context);
}

/* From the workbook itself, for an editor shown without a session. */
void
hg_rules_editor_reload (HgRulesEditor *self)
{
  g_autoptr(HgPackContext) context = NULL;

  g_return_if_fail (HG_IS_RULES_EDITOR (self));

  if (self->workbook != NULL)
    context = hg_pack_context_new_for_workbook (self->pack, self->workbook);
  hg_rules_editor_update (self, context);
}

static void
hg_rules_editor_dispose (GObject *object)
{
  HgRulesEditor *self = (HgRulesEditor *) object;

  g_clear_object (&self->workbook);
  if (self->reveal_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->reveal_tick);
  self->reveal_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_RULES_EDITOR);
  g_clear_object (&self->shown);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (hg_rules_editor_parent_class)->dispose (object);
}

static void
hg_rules_editor_constructed (GObject *object)
{
  HgRulesEditor *self = (HgRulesEditor *) object;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  G_OBJECT_CLASS (hg_rules_editor_parent_class)->constructed (object);

  self->model = hg_rules_model_new (self->pack);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  /* Nothing is given to the view until it is first shown. */
  self->shown = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->model)), 0, 0);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
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

  object_class->constructed = hg_rules_editor_constructed;
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
  gtk_widget_class_bind_template_child (widget_class, HgRulesEditor, list);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  /* The rows' buttons name these with their rule as the target. */
  gtk_widget_class_install_action (widget_class, "rules.reword", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "rules.exclude", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "rules.add", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "rules.restore", "s", restore_action);
  gtk_widget_class_install_action (widget_class, "rules.remove", "x", remove_action);
}

static void
hg_rules_editor_init (HgRulesEditor *self)
{
  g_type_ensure (HG_TYPE_RULE_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_rules_editor_new (HgPack *pack)
{
  return g_object_new (HG_TYPE_RULES_EDITOR, "pack", pack, NULL);
}

/* A read-only workbook is shown, not changed: every button is off. */
void
hg_rules_editor_set_workbook (HgRulesEditor *self,
                              HgWorkbook    *workbook)
{
  gboolean editable = workbook != NULL && !hg_workbook_is_read_only (workbook);

  g_return_if_fail (HG_IS_RULES_EDITOR (self));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], editable);
  if (g_set_object (&self->workbook, workbook))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKBOOK]);
}

guint
hg_rules_editor_get_n_rules (HgRulesEditor *self)
{
  g_return_val_if_fail (HG_IS_RULES_EDITOR (self), 0);
  return hg_rules_model_get_n_rules (self->model);
}

GListModel *
hg_rules_editor_get_model (HgRulesEditor *self)
{
  g_return_val_if_fail (HG_IS_RULES_EDITOR (self), NULL);
  return G_LIST_MODEL (self->model);
}

GtkListView *
hg_rules_editor_get_list_view (HgRulesEditor *self)
{
  g_return_val_if_fail (HG_IS_RULES_EDITOR (self), NULL);
  return self->list;
}
