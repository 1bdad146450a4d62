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

static GtkListItemFactory *
list_factory_new (HgLevelMeaningFunc meaning,
                  gpointer           data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Meaning *m = g_new (Meaning, 1);

  m->meaning = meaning;
  m->data = data;
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

/* Sets the row's list factory and keeps its subtitle on the chosen level's
 * meaning; call before or after the model is set. */
void
hg_level_choice_setup_row (AdwComboRow        *row,
                           HgLevelMeaningFunc  meaning,
                           gpointer            data)
{
  g_autoptr(GtkListItemFactory) factory = list_factory_new (meaning, data);
  Meaning *m = g_new (Meaning, 1);

  g_return_if_fail (ADW_IS_COMBO_ROW (row) && meaning != NULL);

  m->meaning = meaning;
  m->data = data;
  adw_combo_row_set_list_factory (row, factory);
  g_signal_connect_data (row, "notify::selected-item", G_CALLBACK (row_selected_cb), m,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  row_selected_cb (row, NULL, m);
}

/* For drop-downs in a grid: the closed button keeps the short level, the
 * open list says what each level means, and so does the tooltip. */
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

void
hg_level_choice_setup_drop_down (GtkDropDown        *drop_down,
                                 HgLevelMeaningFunc  meaning,
                                 gpointer            data)
{
  g_autoptr(GtkListItemFactory) factory = list_factory_new (meaning, data);
  Meaning *m = g_new (Meaning, 1);

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down) && meaning != NULL);

  m->meaning = meaning;
  m->data = data;
  gtk_drop_down_set_list_factory (drop_down, factory);
  g_signal_connect_data (drop_down, "notify::selected-item",
                         G_CALLBACK (drop_down_selected_cb), m,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  drop_down_selected_cb (drop_down, NULL, m);
}
