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

#include "hg-date.h"
#include "hg-doc-diff.h"
#include "hg-policy.h"
#include "hg-revision.h"
#include "hg-versions-window.h"

struct _HgVersionsWindow
{
  AdwWindow     parent_instance;

  HgWorkbook   *workbook;
  HgPack       *pack;         /* borrowed while the window is made */
  char         *document_id;
  char         *pack_id;
  HgDoc        *today;        /* today's text, with the revision table */
  guint         filling : 1;

  /* Template widgets */
  GtkWidget    *empty_page;
  GtkWidget    *versions_page;
  GtkListBox   *versions_list;
  GtkDropDown  *from_drop;    /* positions: versions, oldest first */
  GtkDropDown  *to_drop;      /* positions: today, then versions newest first */
  GtkSwitch    *changes_only;
  GtkLabel     *summary;
  GtkTextView  *view;
};

G_DEFINE_FINAL_TYPE (HgVersionsWindow, hg_versions_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_PACK,
  PROP_DOCUMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  /* Compared once, when both choices are made. */
  if (self->filling || self->today == NULL)
    return;
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

/* A version in the list: drawn from the revision table, so made here. */
static GtkWidget *
version_row (const HgDocRevision *r)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a version in the list, e.g. "Version 2 · 2026-04-01" */
  g_autofree char *approved_on = hg_date_format (r->approved_on, HG_DATE_STYLE_LONG);
  g_autofree char *title = g_strdup_printf (_("Version %u · %s"), r->number, approved_on);
  g_autofree char *subtitle = r->author[0]
    /* Translators: %s are a summary of changes, a person and a person */
    ? g_strdup_printf (_("%s — approved by %s, drafted by %s"), r->summary, r->approver, r->author)
    : g_strdup_printf (_("%s — approved by %s"), r->summary, r->approver);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static void
fill_versions (HgVersionsWindow *self)
{
  g_autoptr(GtkStringList) from = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) to = gtk_string_list_new (NULL);

  for (guint i = n_versions (self); i > 0; i--)
    gtk_list_box_append (self->versions_list,
                         version_row (g_ptr_array_index (self->today->revisions, i - 1)));

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
  self->filling = TRUE;
  gtk_drop_down_set_model (self->from_drop, G_LIST_MODEL (from));
  gtk_drop_down_set_model (self->to_drop, G_LIST_MODEL (to));
  /* Newest version against today: what the next approval would change. */
  gtk_drop_down_set_selected (self->from_drop, n_versions (self) - 1);
  gtk_drop_down_set_selected (self->to_drop, 0);
  self->filling = FALSE;
}

static void
hg_versions_window_constructed (GObject *object)
{
  HgVersionsWindow *self = (HgVersionsWindow *) object;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (hg_versions_window_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));
  g_return_if_fail (self->pack != NULL && self->document_id != NULL);

  self->pack_id = g_strdup (hg_pack_get_id (self->pack));
  self->today = hg_policy_build_document (self->workbook, self->pack, self->document_id, &error);
  if (self->today == NULL)
    self->today = hg_doc_new (self->document_id, self->document_id, "");
  self->pack = NULL;

  /* Translators: window title, %s is a document title */
  title = g_strdup_printf (_("Versions of %s"), self->today->display_title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  gtk_widget_set_visible (self->empty_page, n_versions (self) == 0);
  gtk_widget_set_visible (self->versions_page, n_versions (self) > 0);
  if (n_versions (self) > 0)
    {
      fill_versions (self);
      selection_changed_cb (self);
    }
}

static void
hg_versions_window_dispose (GObject *object)
{
  HgVersionsWindow *self = (HgVersionsWindow *) object;

  g_clear_object (&self->workbook);
  g_clear_pointer (&self->document_id, g_free);
  g_clear_pointer (&self->pack_id, g_free);
  g_clear_pointer (&self->today, hg_doc_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_VERSIONS_WINDOW);

  G_OBJECT_CLASS (hg_versions_window_parent_class)->dispose (object);
}

static void
hg_versions_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HgVersionsWindow *self = HG_VERSIONS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_PACK:
      g_value_set_pointer (value, self->pack);
      break;
    case PROP_DOCUMENT_ID:
      g_value_set_string (value, self->document_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_versions_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HgVersionsWindow *self = HG_VERSIONS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_PACK:
      self->pack = g_value_get_pointer (value);
      break;
    case PROP_DOCUMENT_ID:
      self->document_id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_versions_window_class_init (HgVersionsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_versions_window_constructed;
  object_class->dispose = hg_versions_window_dispose;
  object_class->get_property = hg_versions_window_get_property;
  object_class->set_property = hg_versions_window_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The HgPack that writes today's text: not a GObject, so a pointer, used
   * only while the window is made. */
  properties[PROP_PACK] =
    g_param_spec_pointer ("pack", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT_ID] =
    g_param_spec_string ("document-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-versions-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, versions_page);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, versions_list);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, from_drop);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, to_drop);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, changes_only);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, summary);
  gtk_widget_class_bind_template_child (widget_class, HgVersionsWindow, view);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
}

static void
hg_versions_window_init (HgVersionsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hg_versions_window_new (HgWorkbook *workbook,
                        HgPack     *pack,
                        const char *document_id)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_VERSIONS_WINDOW,
                       "workbook", workbook,
                       "pack", pack,
                       "document-id", document_id,
                       NULL);
}
