/* hg-level-choice.c
 *
 * A bare "3, 2, 1" makes the user guess or look up the criteria, so every
 * place a level is chosen shows what it means, from the core's own text:
 * the open list gives each level its meaning under it, and a combo row
 * repeats the meaning of the chosen level as its subtitle. The model stays
 * the short strings ("3", or "Keep as it is" and the like), so the callers'
 * positions and the closed button do not change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-level-choice"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-level-choice.h"

typedef struct
{
  HgLevelMeaningFunc meaning;
  gpointer           data;
} Meaning;

/* The level an item stands for, or 0 for "keep" and "not set". */
static guint
item_level (gpointer item)
{
  const char *text = GTK_IS_STRING_OBJECT (item)
    ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;

  if (text != NULL && text[0] >= '1' && text[0] <= '3' && text[1] == '\0')
    return (guint) (text[0] - '0');
  return 0;
}

char *
hg_level_choice_describe (guint              level,
                          HgLevelMeaningFunc meaning,
                          gpointer           data)
{
  g_return_val_if_fail (level >= 1 && level <= 3 && meaning != NULL, NULL);

  /* Translators: a rating level and what it means, e.g. "3 — A leak would …" */
  return g_strdup_printf (_("%u — %s"), level, meaning (level, data));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Meaning                  *m)
{
  gpointer object = gtk_list_item_get_item (item);
  guint level = item_level (object);
  g_autofree char *text = level > 0
    ? hg_level_choice_describe (level, m->meaning, m->data)
    : g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (object)));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static Meaning *
meaning_new (HgLevelMeaningFunc meaning,
             gpointer           data)
{
  Meaning *m = g_new (Meaning, 1);

  m->meaning = meaning;
  m->data = data;
  return m;
}

/* Each of @widget's selections, and the one it has now, calls @selected_cb
 * with the meaning. */
static void
follow_selection (gpointer            widget,
                  GCallback           selected_cb,
                  HgLevelMeaningFunc  meaning,
                  gpointer            data)
{
  Meaning *m = meaning_new (meaning, data);

  g_signal_connect_data (widget, "notify::selected-item", selected_cb, m,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  g_object_notify (G_OBJECT (widget), "selected-item");
}

static GtkListItemFactory *
list_factory_new (HgLevelMeaningFunc meaning,
                  gpointer           data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Meaning *m = meaning_new (meaning, data);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), m,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  return factory;
}

static void
row_selected_cb (AdwComboRow *row,
                 GParamSpec  *pspec,
                 Meaning     *m)
{
  guint level = item_level (adw_combo_row_get_selected_item (row));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), level > 0 ? m->meaning (level, m->data) : "");
}

static void
drop_down_selected_cb (GtkDropDown *drop_down,
                       GParamSpec  *pspec,
                       Meaning     *m)
{
  guint level = item_level (gtk_drop_down_get_selected_item (drop_down));
  g_autofree char *text = level > 0 ? hg_level_choice_describe (level, m->meaning, m->data)
                                    : NULL;

  gtk_widget_set_tooltip_text (GTK_WIDGET (drop_down), text);
}

/* Gives @widget, an AdwComboRow or a GtkDropDown of short level strings,
 * a list that says what each level means. A combo row keeps its subtitle
 * on the chosen level's meaning; a drop-down in a grid keeps its short
 * button and says the meaning in its tooltip. Call before or after the
 * model is set. */
void
hg_level_choice_setup (GtkWidget          *widget,
                       HgLevelMeaningFunc  meaning,
                       gpointer            data)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail ((ADW_IS_COMBO_ROW (widget) || GTK_IS_DROP_DOWN (widget)) && meaning != NULL);

  factory = list_factory_new (meaning, data);
  if (ADW_IS_COMBO_ROW (widget))
    {
      adw_combo_row_set_list_factory (ADW_COMBO_ROW (widget), factory);
      follow_selection (widget, G_CALLBACK (row_selected_cb), meaning, data);
    }
  else
    {
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (widget), factory);
      follow_selection (widget, G_CALLBACK (drop_down_selected_cb), meaning, data);
    }
}
