/* hg-versions-window.c
 *
 * The approved versions as a list, and under it any two of them — or one
 * and today's text — side by side in one column: what was added on a green
 * ground, what was removed struck through on a red one, and inside a
 * changed rule only the words that changed. By default only the changes
 * are shown, since a set of rules runs to hundreds of lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-versions-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-doc-diff.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-versions-window.h"

struct _HgVersionsWindow
{
  AdwWindow     parent_instance;

  HgWorkbook   *workbook;
  char         *pack_id;
  HgDoc        *today;        /* today's text, with the revision table */
  GtkDropDown  *from_drop;    /* positions: versions, oldest first */
  GtkDropDown  *to_drop;      /* positions: today, then versions newest first */
  GtkSwitch    *changes_only;
  GtkLabel     *summary;
  GtkTextView  *view;
};

G_DEFINE_FINAL_TYPE (HgVersionsWindow, hg_versions_window, ADW_TYPE_WINDOW)

static guint
n_versions (HgVersionsWindow *self)
{
  return self->today->revisions->len;
}

/* 0 stands for today's text. */
static HgDoc *
load (HgVersionsWindow  *self,
      guint              number,
      GError           **error)
{
  if (number == 0)
    return hg_doc_copy (self->today);
  return hg_revision_load (self->workbook, self->pack_id, self->today->id, number, error);
}

static void
insert (GtkTextBuffer *buffer,
        const char    *text,
        const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
show_diff (HgVersionsWindow *self,
           GPtrArray        *lines)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  gboolean only = gtk_switch_get_active (self->changes_only);

  gtk_text_buffer_set_text (buffer, "", 0);
  for (guint i = 0; i < lines->len; i++)
    {
      const HgDiffLine *line = g_ptr_array_index (lines, i);

      switch (line->kind)
        {
        case HG_DIFF_SAME:
          if (only)
            continue;
          insert (buffer, line->new_text, "same");
          break;
        case HG_DIFF_ADDED:
          insert (buffer, line->new_text, "added");
          break;
        case HG_DIFF_REMOVED:
          insert (buffer, line->old_text, "removed");
          break;
        case HG_DIFF_CHANGED:
          for (guint s = 0; s < line->spans->len; s++)
            {
              const HgDiffSpan *span = g_ptr_array_index (line->spans, s);

              insert (buffer, span->text, span->kind == HG_DIFF_ADDED ? "added"
                                          : span->kind == HG_DIFF_REMOVED ? "removed" : NULL);
            }
          break;
        default:
          g_assert_not_reached ();
        }
      insert (buffer, "\n", NULL);
    }
}

void
hg_versions_window_compare (HgVersionsWindow *self,
                            guint             from,
                            guint             to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) before = NULL;
  g_autoptr(HgDoc) after = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *text = NULL;
  guint added, removed, changed;

  g_return_if_fail (HG_IS_VERSIONS_WINDOW (self));

  before = load (self, from, &error);
  if (before != NULL)
    after = load (self, to, &error);
  if (after == NULL)
    {
      gtk_label_set_text (self->summary, error->message);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), "", 0);
      return;
    }
  lines = hg_doc_diff (before, after);
  added = hg_doc_diff_count (lines, HG_DIFF_ADDED);
  removed = hg_doc_diff_count (lines, HG_DIFF_REMOVED);
  changed = hg_doc_diff_count (lines, HG_DIFF_CHANGED);
  if (added + removed + changed == 0)
    text = g_strdup (_("The two texts are the same."));
  else
    /* Translators: counts of lines; the three are always shown together */
    text = g_strdup_printf (_("%u changed, %u added, %u removed"), changed, added, removed);
  gtk_label_set_text (self->summary, text);
  show_diff (self, lines);
}

/* Drop-down positions to version numbers (0: today). */
static void
selection_changed_cb (HgVersionsWindow *self)
{
  guint from = gtk_drop_down_get_selected (self->from_drop) + 1;
  guint to_pos = gtk_drop_down_get_selected (self->to_drop);
  guint to = to_pos == 0 ? 0 : n_versions (self) + 1 - to_pos;

  if (from > n_versions (self) || to_pos == GTK_INVALID_LIST_POSITION)
    return;
  hg_versions_window_compare (self, from, to);
}

char *
hg_versions_window_get_summary (HgVersionsWindow *self)
{
  return g_strdup (gtk_label_get_text (self->summary));
}

char *
hg_versions_window_get_text (HgVersionsWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
hg_versions_window_dispose (GObject *object)
{
  HgVersionsWindow *self = (HgVersionsWindow *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->today, hg_doc_free);

  G_OBJECT_CLASS (hg_versions_window_parent_class)->dispose (object);
}

static void
hg_versions_window_class_init (HgVersionsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hg_versions_window_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hg_versions_window_init (HgVersionsWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

static GtkWidget *
version_row (const HgDocRevision *r)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a version in the list, e.g. "Version 2 · 2026-04-01" */
  g_autofree char *title = g_strdup_printf (_("Version %u · %s"), r->number, r->approved_on);
  g_autofree char *subtitle = r->author[0]
    /* Translators: %s are a summary of changes, a person and a person */
    ? g_strdup_printf (_("%s — approved by %s, drafted by %s"), r->summary, r->approver, r->author)
    : g_strdup_printf (_("%s — approved by %s"), r->summary, r->approver);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static GtkWidget *
build_compare (HgVersionsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *controls = gtk_flow_box_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkStringList) from = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to = gtk_string_list_new (NULL);
  GtkTextBuffer *buffer;

  for (guint i = 0; i < n_versions (self); i++)
    {
      const HgDocRevision *r = g_ptr_array_index (self->today->revisions, i);
      g_autofree char *name = g_strdup_printf (_("Version %u"), r->number);

      gtk_string_list_append (from, name);
    }
  gtk_string_list_append (to, _("Today’s text"));
  for (guint i = n_versions (self); i > 0; i--)
    {
      g_autofree char *name = g_strdup_printf (_("Version %u"), i);
      gtk_string_list_append (to, name);
    }
  self->from_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (from)), NULL));
  self->to_drop = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (to)), NULL));
  /* Newest version against today: what the next approval would change. */
  gtk_drop_down_set_selected (self->from_drop, n_versions (self) - 1);
  self->changes_only = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->changes_only, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->changes_only), GTK_ALIGN_CENTER);

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (controls), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (controls), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (controls), 18);
  gtk_flow_box_append (GTK_FLOW_BOX (controls), labelled (_("_Compare"), GTK_WIDGET (self->from_drop)));
  gtk_flow_box_append (GTK_FLOW_BOX (controls), labelled (_("_with"), GTK_WIDGET (self->to_drop)));
  gtk_flow_box_append (GTK_FLOW_BOX (controls),
                       labelled (_("Changes _only"), GTK_WIDGET (self->changes_only)));

  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary), "heading");

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_text_view_set_top_margin (self->view, 8);
  gtk_text_view_set_bottom_margin (self->view, 8);
  gtk_text_view_set_pixels_below_lines (self->view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Differences between the two texts"), -1);
  buffer = gtk_text_view_get_buffer (self->view);
  /* Colours readable in light and dark styles, with more than colour to
   * tell them apart: removed text is struck through, added underlined. */
  gtk_text_buffer_create_tag (buffer, "added", "background", "rgba(38,162,105,0.25)",
                              "underline", PANGO_UNDERLINE_SINGLE, NULL);
  gtk_text_buffer_create_tag (buffer, "removed", "background", "rgba(224,27,36,0.22)",
                              "strikethrough", TRUE, NULL);
  gtk_text_buffer_create_tag (buffer, "same", "foreground", "rgba(128,128,128,1)", NULL);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "card");

  gtk_box_append (GTK_BOX (box), controls);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->summary));
  gtk_box_append (GTK_BOX (box), scroller);

  g_signal_connect_swapped (self->from_drop, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->to_drop, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->changes_only, "notify::active",
                            G_CALLBACK (selection_changed_cb), self);
  selection_changed_cb (self);
  return box;
}

GtkWidget *
hg_versions_window_new (HgWorkbook *workbook,
                        HgPack     *pack,
                        const char *document_id)
{
  HgVersionsWindow *self = g_object_new (HG_TYPE_VERSIONS_WINDOW, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content;

  self->workbook = g_object_ref (workbook);
  self->pack_id = g_strdup (hg_pack_get_id (pack));
  self->today = hg_policy_build_document (workbook, pack, document_id, &error);
  if (self->today == NULL)
    self->today = hg_doc_new (document_id, document_id, "");

  /* Translators: window title, %s is a document title */
  title = g_strdup_printf (_("Versions of %s"), self->today->title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_box_append (GTK_BOX (toolbar), header);

  if (n_versions (self) == 0)
    {
      content = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (content), "document-open-recent-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (content), _("No Approved Version Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (content),
                                       _("Approve the document when it is ready. Every approved "
                                         "version is kept, and any two can be compared here."));
      gtk_widget_set_vexpand (content, TRUE);
    }
  else
    {
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *clamp = adw_clamp_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      for (guint i = n_versions (self); i > 0; i--)
        gtk_list_box_append (GTK_LIST_BOX (list),
                             version_row (g_ptr_array_index (self->today->revisions, i - 1)));
      gtk_box_append (GTK_BOX (box), list);
      gtk_box_append (GTK_BOX (box), build_compare (self));
      gtk_widget_set_margin_top (box, 18);
      gtk_widget_set_margin_bottom (box, 18);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
      adw_clamp_set_child (ADW_CLAMP (clamp), box);
      gtk_widget_set_vexpand (clamp, TRUE);
      content = clamp;
    }
  gtk_box_append (GTK_BOX (toolbar), content);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
  return GTK_WIDGET (self);
}
