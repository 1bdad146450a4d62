/* hg-assess-item-row.c
 *
 * The row only shows and chooses: it says "answered" with the value the
 * user picked (by the drop-down or a key) and "details" when the user
 * asks for the item's note, owner, due date and evidence; the page writes
 * to the workbook. So a row never needs the workbook, and a list of 153 of
 * them costs no more than its widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-choices.h"
#include "hg-assess-item-row.h"
#include "hg-form.h"

struct _HgAssessItemRow
{
  AdwActionRow     parent_instance;

  HgFramework     *framework;   /* borrowed */
  HgFrameworkItem *item;        /* borrowed */
  GtkDropDown     *drop;
  GtkButton       *details;
  gboolean         updating;    /* the page, not the user, sets the drop-down */
};

G_DEFINE_FINAL_TYPE (HgAssessItemRow, hg_assess_item_row, ADW_TYPE_ACTION_ROW)

enum
{
  SIGNAL_ANSWERED,
  SIGNAL_DETAILS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The keys answer by what an answer means, so they are the same for every
 * framework: digits, because letters go to the input method in Japanese. */
static const struct { guint keyval; const char *status; } answer_keys[] = {
  { GDK_KEY_1, "met" }, { GDK_KEY_2, "partly" }, { GDK_KEY_3, "not" },
  { GDK_KEY_4, "na" }, { GDK_KEY_5, "unknown" }, { GDK_KEY_0, "none" },
  { GDK_KEY_KP_1, "met" }, { GDK_KEY_KP_2, "partly" }, { GDK_KEY_KP_3, "not" },
  { GDK_KEY_KP_4, "na" }, { GDK_KEY_KP_5, "unknown" }, { GDK_KEY_KP_0, "none" },
};

const char *
hg_assess_item_row_get_value (HgAssessItemRow *self)
{
  return hg_assess_choices_value_at (self->framework, gtk_drop_down_get_selected (self->drop));
}

static void
selected_cb (HgAssessItemRow *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[SIGNAL_ANSWERED], 0, hg_assess_item_row_get_value (self));
}

/* "row.answer" with a status word (met, partly, not, na, unknown, none):
 * the first answer of the scale with that status; a framework without one
 * (the 5 measures have no "partly") leaves the answer as it is. */
static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HgAssessItemRow *self = HG_ASSESS_ITEM_ROW (widget);
  const char *status = g_variant_get_string (parameter, NULL);
  HgFrameworkAnswer *answer;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->drop)))
    return;
  if (g_str_equal (status, "none"))
    {
      gtk_drop_down_set_selected (self->drop, 0);
      return;
    }
  answer = hg_framework_parse_answer (self->framework, status);
  if (answer == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_drop_down_set_selected (self->drop, hg_assess_choices_index_of (self->framework, answer->value));
  /* On to the next item, as in a sheet: a list is answered key after key,
   * and a filter that hides the row answered does not lose the place. */
  for (GtkWidget *next = gtk_widget_get_next_sibling (widget); next != NULL;
       next = gtk_widget_get_next_sibling (next))
    if (gtk_widget_get_visible (next) && gtk_widget_grab_focus (next))
      break;
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_DETAILS], 0);
}

static char *
key_tooltip (HgFramework *framework)
{
  GString *text = g_string_new (_("Keys on a chosen row:"));
  static const struct { const char *key; const char *status; } shown[] = {
    { "1", "met" }, { "2", "partly" }, { "3", "not" }, { "4", "na" }, { "5", "unknown" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shown); i++)
    {
      HgFrameworkAnswer *answer = hg_framework_parse_answer (framework, shown[i].status);

      if (answer != NULL)
        g_string_append_printf (text, "\n%s  %s", shown[i].key, answer->label);
    }
  /* Translators: the key that clears an item's answer */
  g_string_append_printf (text, "\n0  %s", _("Unanswered"));
  /* Translators: the key that opens an item's note, owner, due date and evidence */
  g_string_append_printf (text, "\nEnter  %s", _("Details"));
  return g_string_free (text, FALSE);
}

void
hg_assess_item_row_set_answer (HgAssessItemRow          *self,
                               const HgAssessmentAnswer *answer)
{
  GString *subtitle = g_string_new (self->item->advice);

  g_return_if_fail (HG_IS_ASSESS_ITEM_ROW (self));

  self->updating = TRUE;
  gtk_drop_down_set_selected (self->drop,
                              hg_assess_choices_index_of (self->framework, answer ? answer->value : NULL));
  self->updating = FALSE;

  /* Who does what by when shows under the question, so a list of gaps
   * reads as a plan without opening each item. */
  if (answer != NULL && answer->owner != NULL && answer->owner[0] != '\0')
    g_string_append_printf (subtitle, "%s%s: %s", subtitle->len ? "\n" : "", _("Owner"),
                            answer->owner);
  if (answer != NULL && answer->due != NULL && answer->due[0] != '\0')
    g_string_append_printf (subtitle, "%s%s: %s", subtitle->len ? "\n" : "", _("Due date"),
                            answer->due);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
  g_string_free (subtitle, TRUE);
}

void
hg_assess_item_row_set_editable (HgAssessItemRow *self,
                                 gboolean         editable)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->drop), editable);
}

void
hg_assess_item_row_set_compact (HgAssessItemRow *self,
                                gboolean         compact)
{
  gtk_widget_set_visible (GTK_WIDGET (self->details), !compact);
}

HgFrameworkItem *
hg_assess_item_row_get_item (HgAssessItemRow *self)
{
  return self->item;
}

static void
hg_assess_item_row_class_init (HgAssessItemRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* The user chose an answer: its value, NULL for unanswered. */
  signals[SIGNAL_ANSWERED] =
    g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* The user asked for the item's note, owner, due date and evidence. */
  signals[SIGNAL_DETAILS] =
    g_signal_new ("details", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "row.answer", "s", answer_action);
  gtk_widget_class_install_action (widget_class, "row.details", NULL, details_action);
  for (guint i = 0; i < G_N_ELEMENTS (answer_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, answer_keys[i].keyval, 0, "row.answer",
                                         "s", answer_keys[i].status);
}

static void
hg_assess_item_row_init (HgAssessItemRow *self)
{
}

GtkWidget *
hg_assess_item_row_new (HgFramework     *framework,
                        HgFrameworkItem *item,
                        GListModel      *choices)
{
  HgAssessItemRow *self = g_object_new (HG_TYPE_ASSESS_ITEM_ROW, "activatable", TRUE, NULL);
  GtkWidget *number = gtk_label_new (item->ref);
  GtkWidget *drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL);
  GtkWidget *details = gtk_button_new_from_icon_name ("document-edit-symbolic");
  g_autofree char *name = g_strdup_printf ("answer-%s", item->ref);
  g_autofree char *details_name = g_strdup_printf ("details-%s", item->ref);
  /* Translators: the accessible name of an item's answer, e.g. "Answer to item 3" */
  g_autofree char *label = g_strdup_printf (_("Answer to item %s"), item->ref);
  /* Translators: the accessible name of the button opening an item's note and evidence */
  g_autofree char *details_label = g_strdup_printf (_("Details of item %s"), item->ref);
  g_autofree char *tooltip = key_tooltip (framework);

  self->framework = framework;
  self->item = item;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), item->text);
  /* The advice says what to do when the item is not met yet. */
  if (item->advice != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), item->advice);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "row.details");

  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self), number);

  self->drop = GTK_DROP_DOWN (drop);
  gtk_widget_set_name (drop, name);
  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  /* A wrapped question takes all the width it is offered, so without a
   * floor the answer shrank to "…" on a phone and even cut 「わからない」 at
   * 1280 px; 150 px shows most answers whole and leaves the question room
   * at 360 px. The longest still ellipsize, with the whole in a tooltip. */
  gtk_widget_set_size_request (drop, 150, -1);
  hg_form_ellipsize_drop_down (self->drop);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (drop, "notify::selected", G_CALLBACK (selected_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), drop);

  self->details = GTK_BUTTON (details);
  gtk_widget_set_name (details, details_name);
  gtk_widget_set_valign (details, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (details, "flat");
  gtk_widget_set_tooltip_text (details, _("Note, owner, due date and evidence"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (details), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  details_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (details), "row.details");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), details);
  return GTK_WIDGET (self);
}
