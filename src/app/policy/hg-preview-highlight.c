/* hg-preview-highlight.c
 *
 * An answer often changes text far from what the reader is looking at
 * (telework on adds a chapter near the end), so after an edit the preview
 * scrolls to the first changed paragraph and marks every changed one. The
 * paragraphs are lines of a GtkTextView, not widgets, so the mark is a
 * text tag painted in the theme's accent colour rather than a CSS class.
 *
 * The view scrolls to a mark with line heights estimated until the text is
 * laid out, which for a long document takes a moment after the text is
 * set, so the first scroll can stop short: it is repeated until the mark is
 * in view (for a few seconds at most). The mark is a flash that goes two
 * seconds after the changed text came into view. With animations turned
 * off (gtk-enable-animations) nothing flashes: the mark stays until the
 * next change replaces it, which says the same without moving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-preview-highlight"

#include "config.h"

#include "hg-preview-highlight.h"

#define FLASH_SECONDS    2
#define FOLLOW_INTERVAL  100  /* ms */
#define FOLLOW_TRIES     50

typedef struct
{
  GWeakRef       view;
  GtkTextBuffer *buffer;
  GtkTextTag    *tag;
  guint          tries;
  gboolean       animate;
  gboolean       handed_over;  /* to the flash timer, which frees it */
} Flash;

static void
flash_free (gpointer data)
{
  Flash *flash = data;

  g_weak_ref_clear (&flash->view);
  g_object_unref (flash->buffer);
  g_object_unref (flash->tag);
  g_free (flash);
}

/* Whether the tag is still the one of the latest change. */
static gboolean
flash_current (Flash *flash)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (flash->buffer);

  return gtk_text_tag_table_lookup (table, HG_PREVIEW_CHANGED_TAG) == flash->tag;
}

static gboolean
flash_done_cb (gpointer data)
{
  Flash *flash = data;

  if (flash_current (flash))
    gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (flash->buffer), flash->tag);
  return G_SOURCE_REMOVE;
}

static gboolean
mark_in_view (GtkTextView *view,
              GtkTextMark *mark)
{
  GdkRectangle visible, line;
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (view), &iter, mark);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_iter_location (view, &iter, &line);
  return line.y >= visible.y && line.y + line.height <= visible.y + visible.height;
}

/* Scrolls again until the mark is in view, then lets the flash run. */
static gboolean
follow_cb (gpointer data)
{
  Flash *flash = data;
  g_autoptr(GtkTextView) view = g_weak_ref_get (&flash->view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (flash->buffer, HG_PREVIEW_CHANGED_TAG);

  if (view == NULL || mark == NULL || !flash_current (flash))
    return G_SOURCE_REMOVE;
  if (!mark_in_view (view, mark) && ++flash->tries < FOLLOW_TRIES)
    {
      gtk_text_view_scroll_to_mark (view, mark, 0.0, TRUE, 0.0, 0.2);
      return G_SOURCE_CONTINUE;
    }
  if (flash->animate)
    {
      flash->handed_over = TRUE;
      g_timeout_add_full (G_PRIORITY_DEFAULT, FLASH_SECONDS * 1000, flash_done_cb, flash,
                          flash_free);
    }
  return G_SOURCE_REMOVE;
}

static void
follow_done (gpointer data)
{
  Flash *flash = data;

  if (!flash->handed_over)
    flash_free (flash);
}

static GtkTextTag *
new_tag (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *old = gtk_text_tag_table_lookup (table, HG_PREVIEW_CHANGED_TAG);
  GdkRGBA colour = { 0.21, 0.52, 0.89, 1.0 };

  if (old != NULL)
    gtk_text_tag_table_remove (table, old);
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  /* The accent of the theme (light, dark, high contrast) when it has one. */
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (view)),
                                  "accent_bg_color", &colour);
G_GNUC_END_IGNORE_DEPRECATIONS
  colour.alpha = 0.22;
  return gtk_text_buffer_create_tag (buffer, HG_PREVIEW_CHANGED_TAG,
                                     "paragraph-background-rgba", &colour, NULL);
}

/* @ranges: pairs of character offsets (start, end) of the changed
 * paragraphs, in reading order; none leaves the view as it is. */
void
hg_preview_highlight (GtkTextView  *view,
                      const GArray *ranges)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter start, end;
  GtkTextMark *mark;
  Flash *flash;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  if (ranges == NULL || ranges->len < 2)
    return;

  buffer = gtk_text_view_get_buffer (view);
  tag = new_tag (view);
  for (guint i = 0; i + 1 < ranges->len; i += 2)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &start, g_array_index (ranges, guint, i));
      gtk_text_buffer_get_iter_at_offset (buffer, &end, g_array_index (ranges, guint, i + 1));
      gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
    }

  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_array_index (ranges, guint, 0));
  mark = gtk_text_buffer_get_mark (buffer, HG_PREVIEW_CHANGED_TAG);
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, HG_PREVIEW_CHANGED_TAG, &start, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &start);
  gtk_text_view_scroll_to_mark (view, mark, 0.0, TRUE, 0.0, 0.2);

  flash = g_new0 (Flash, 1);
  g_weak_ref_init (&flash->view, view);
  flash->buffer = g_object_ref (buffer);
  flash->tag = g_object_ref (tag);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (view)), "gtk-enable-animations",
                &flash->animate, NULL);
  g_timeout_add_full (G_PRIORITY_LOW, FOLLOW_INTERVAL, follow_cb, flash, follow_done);
}
