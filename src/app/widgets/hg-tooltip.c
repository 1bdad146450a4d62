/* hg-tooltip.c: tooltips sized for Japanese text, and kept off open menus
 *
 * GTK 4.8 caps a tooltip's width at one "average character" per character
 * of its text (gtktooltipwindow.c: max-width-chars = MIN (length, 50)). The
 * average is that of half-width text, and a kanji or kana is twice as wide:
 * a Japanese tooltip gets half the width it needs, and a short one such as
 * 「重要度」 stands one character per line. Each tooltip here is instead a
 * label of our own that wraps only past a real line length.
 *
 * A tooltip is also never shown for a widget whose popover is open — the
 * drop-down of a filter, a ⋮ menu: it would be drawn over the very choices
 * the user is reading.
 *
 * Both hold for every widget of the application, including those built by
 * templates and by libadwaita, because the class handler of
 * GtkWidget::query-tooltip is overridden once, at start-up
 * (hg_tooltip_install()); widgets that answer the query themselves call
 * hg_tooltip_set_text().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-tooltip"

#include "config.h"

#include "hg-tooltip.h"

/* The line length past which a tooltip wraps, in half-width characters:
 * 50 letters, or 25 kanji. */
#define MAX_WIDTH_CHARS 50

static GtkWidget *
tooltip_label (GtkTooltip *tooltip)
{
  /* One label per tooltip (there is one tooltip per display), kept with
   * it: GTK asks again on every pointer motion, and reusing the label
   * keeps the tooltip from being laid out anew each time. */
  static GQuark quark;
  GtkWidget *label;

  if (quark == 0)
    quark = g_quark_from_static_string ("hg-tooltip-label");
  label = g_object_get_qdata (G_OBJECT (tooltip), quark);
  if (label == NULL)
    {
      label = g_object_ref_sink (gtk_label_new (NULL));
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_WIDTH_CHARS);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      g_object_set_qdata_full (G_OBJECT (tooltip), quark, label, g_object_unref);
    }
  return label;
}

void
hg_tooltip_set_markup (GtkTooltip *tooltip,
                       const char *markup)
{
  GtkWidget *label = tooltip_label (tooltip);

  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), markup) != 0
      || !gtk_label_get_use_markup (GTK_LABEL (label)))
    gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_tooltip_set_custom (tooltip, label);
}

void
hg_tooltip_set_text (GtkTooltip *tooltip,
                     const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  hg_tooltip_set_markup (tooltip, markup);
}

/* Whether a popover of @widget — its drop-down list or menu — is open. */
static gboolean
is_covered (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      return TRUE;
  return FALSE;
}

/* Whether @widget's class answers the query itself (an entry's icons, the
 * register's rows): it is then asked, as GTK would. */
static gboolean
answers_itself (GtkWidget *widget)
{
  GtkWidgetClass *base = g_type_class_peek (GTK_TYPE_WIDGET);

  return GTK_WIDGET_GET_CLASS (widget)->query_tooltip != base->query_tooltip;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  const char *markup = gtk_widget_get_tooltip_markup (widget);
  gboolean shown = FALSE;

  if (is_covered (widget))
    return FALSE;
  if (markup == NULL || answers_itself (widget))
    {
      g_signal_chain_from_overridden_handler (widget, x, y, keyboard_mode, tooltip, &shown);
      return shown;
    }
  hg_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

void
hg_tooltip_install (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      /* The signal exists once the class does: maybe no widget yet. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_override_class_handler ("query-tooltip", GTK_TYPE_WIDGET,
                                       G_CALLBACK (query_tooltip_cb));
      g_once_init_leave (&done, 1);
    }
}
