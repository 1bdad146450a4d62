/* hg-suggest-dialog.c
 *
 * Three groups: what can be accepted (items not answered yet), what was
 * answered otherwise (shown, never changed from here: the user decided),
 * and what the workbook cannot tell, each with its reason. Accepting, one
 * row or all, is one write and one undo step in the core
 * (hg_suggest_accept()); the list is then made again from the workbook,
 * and the page follows the workbook's change by itself. The 対応表 made
 * from the same map is exported from here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-suggest-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-suggest.h"
#include "hg-crosswalk.h"
#include "hg-doc-export.h"
#include "hg-form.h"
#include "hg-framework-catalog.h"
#include "hg-suggest-dialog.h"

struct _HgSuggestDialog
{
  AdwWindow             parent_instance;

  HgWorkbook           *workbook;
  char                 *framework_id;
  HgFramework          *framework;
  GPtrArray            *suggestions;  /* of HgSuggestion, as last read */
  GPtrArray            *rows;         /* the rows made from them */

  /* Template widgets */
  GtkWidget            *content_box;
  AdwWindowTitle       *window_title;
  GtkButton            *accept_all_button;
  AdwPreferencesGroup  *proposed_group;
  AdwPreferencesGroup  *differ_group;
  AdwPreferencesGroup  *none_group;
};

G_DEFINE_FINAL_TYPE (HgSuggestDialog, hg_suggest_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_FRAMEWORK_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
label_of (HgSuggestDialog *self,
          const char      *value)
{
  HgFrameworkAnswer *answer = hg_framework_find_answer (self->framework, value);

  return answer ? answer->label : value;
}

static GtkWidget *
row_new (HgSuggestDialog *self,
         HgSuggestion    *s)
{
  HgFrameworkItem *item = hg_framework_find_item (self->framework, s->ref);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number = gtk_label_new (s->ref);
  g_autofree char *name = g_strdup_printf ("suggestion-%s", s->ref);

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item ? item->text : s->ref);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), s->reason);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  if (s->kind != HG_SUGGESTION_PROPOSED)
    return row;
  if (s->current == NULL)
    {
      GtkWidget *answer = gtk_label_new (label_of (self, s->value));
      /* No mnemonic: one a row would repeat the same letter down the list. */
      GtkWidget *button = gtk_button_new_with_label (C_("suggestion", "Accept"));
      g_autofree char *button_name = g_strdup_printf ("accept-%s", s->ref);
      /* Translators: the accessible name of a row's button; %s is the answer, %s the item */
      g_autofree char *accessible = g_strdup_printf (_("Accept “%s” for item %s"),
                                                     label_of (self, s->value), s->ref);

      gtk_widget_add_css_class (answer, "heading");
      gtk_widget_set_name (button, button_name);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "suggest.accept");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", s->ref);
      gtk_widget_set_sensitive (button, !hg_workbook_is_read_only (self->workbook));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), answer);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  else
    {
      /* Translators: beside an item answered otherwise than suggested */
      g_autofree char *both = g_strdup_printf (_("Suggested: %s\nGiven: %s"),
                                               label_of (self, s->value),
                                               label_of (self, s->current));
      GtkWidget *label = gtk_label_new (both);

      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static void
fill (HgSuggestDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint n_proposed = 0, n_differ = 0, n_none = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  if (self->framework != NULL)
    self->suggestions = hg_suggest_list (self->workbook, self->framework, NULL, &error);
  if (self->suggestions == NULL)
    {
      hg_form_show_error (GTK_WINDOW (self), _("The Suggestions Could Not Be Made"),
                          error ? error->message : "");
      self->suggestions = g_ptr_array_new ();
    }

  for (guint i = 0; i < self->suggestions->len; i++)
    {
      HgSuggestion *s = g_ptr_array_index (self->suggestions, i);
      AdwPreferencesGroup *group;
      GtkWidget *row = row_new (self, s);

      if (s->kind != HG_SUGGESTION_PROPOSED)
        group = self->none_group, n_none++;
      else if (s->current != NULL && !hg_suggestion_differs (s))
        continue;   /* answered as suggested: nothing to say */
      else if (s->current != NULL)
        group = self->differ_group, n_differ++;
      else
        group = self->proposed_group, n_proposed++;
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->proposed_group), n_proposed > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->differ_group), n_differ > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->none_group), n_none > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_all_button),
                            n_proposed > 0 && !hg_workbook_is_read_only (self->workbook));
}

/* Writes @suggestions' unanswered ones: one undo step. */
static void
accept (HgSuggestDialog *self,
        GPtrArray       *suggestions)
{
  g_autoptr(GError) error = NULL;
  guint written = 0;

  if (!hg_suggest_accept (self->workbook, self->framework, suggestions, &written, &error))
    hg_form_show_error (GTK_WINDOW (self), _("The Answers Could Not Be Saved"), error->message);
  fill (self);
}

static void
accept_all_cb (HgSuggestDialog *self)
{
  accept (self, self->suggestions);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (widget);
  const char *ref = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) one = g_ptr_array_new ();

  for (guint i = 0; i < self->suggestions->len; i++)
    if (g_str_equal (((HgSuggestion *) self->suggestions->pdata[i])->ref, ref))
      g_ptr_array_add (one, self->suggestions->pdata[i]);
  accept (self, one);
}

static void
export_crosswalk_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format;

  if (!hg_doc_format_from_name (g_variant_get_string (parameter, NULL), &format))
    return;
  doc = hg_crosswalk_doc (self->workbook, &error);
  if (doc == NULL)
    hg_form_show_error (GTK_WINDOW (self), _("Could Not Export"), error->message);
  else
    /* From inside the toast overlay, which tells where it was written. */
    hg_doc_export_run (self->content_box, doc, format, NULL);
}

static void
hg_suggest_dialog_constructed (GObject *object)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (hg_suggest_dialog_parent_class)->constructed (object);

  self->framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  if (self->framework != NULL)
    adw_window_title_set_subtitle (self->window_title, hg_framework_get_title (self->framework));
  fill (self);
}

static void
hg_suggest_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_suggest_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_suggest_dialog_dispose (GObject *object)
{
  HgSuggestDialog *self = HG_SUGGEST_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_SUGGEST_DIALOG);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->framework, hg_framework_free);
  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (hg_suggest_dialog_parent_class)->dispose (object);
}

static void
hg_suggest_dialog_finalize (GObject *object)
{
  g_free (HG_SUGGEST_DIALOG (object)->framework_id);

  G_OBJECT_CLASS (hg_suggest_dialog_parent_class)->finalize (object);
}

static void
hg_suggest_dialog_class_init (HgSuggestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_suggest_dialog_constructed;
  object_class->set_property = hg_suggest_dialog_set_property;
  object_class->get_property = hg_suggest_dialog_get_property;
  object_class->dispose = hg_suggest_dialog_dispose;
  object_class->finalize = hg_suggest_dialog_finalize;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "suggest.accept", "s", accept_action);
  gtk_widget_class_install_action (widget_class, "suggest.export-crosswalk", "s",
                                   export_crosswalk_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-suggest-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, accept_all_button);
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, proposed_group);
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, differ_group);
  gtk_widget_class_bind_template_child (widget_class, HgSuggestDialog, none_group);
  gtk_widget_class_bind_template_callback (widget_class, accept_all_cb);
}

static void
hg_suggest_dialog_init (HgSuggestDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_suggest_dialog_new (HgWorkbook *workbook,
                       const char *framework_id)
{
  return g_object_new (HG_TYPE_SUGGEST_DIALOG, "workbook", workbook, "framework-id", framework_id,
                       NULL);
}
