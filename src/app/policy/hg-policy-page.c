/* hg-policy-page.c: 方針ウィザード
 *
 * The steps of the template pack on the left, the current step's questions
 * in the middle and, beside them, the document text the answers make, so
 * the effect of every answer is seen at once. Answers are saved as they are
 * given; leaving and coming back finds them where they were.
 *
 * The pack, the answers as its texts read them and the risk sheet whose
 * diagnosis marks the weakest chapters are the session's: the page parses
 * and computes none of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-policy-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-date.h"
#include "hg-date-row.h"
#include "hg-approval-dialog.h"
#include "hg-doc-diff.h"
#include "hg-doc-export.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-pack-context.h"
#include "hg-policy.h"
#include "hg-policy-page.h"
#include "hg-preview-highlight.h"
#include "hg-print-operation.h"
#include "hg-revision.h"
#include "hg-risk-diagnosis.h"
#include "hg-risk-threat.h"
#include "hg-rules-editor.h"
#include "hg-versions-window.h"

struct _HgPolicyPage
{
  HgPage          parent_instance;

  GtkListBox     *steps_list;
  GtkStack       *form_stack;
  GtkDropDown    *document_drop;
  GtkTextView    *preview;
  GtkLabel       *version_label;
  GtkButton      *back_button;
  GtkButton      *next_button;
  GtkLabel       *problem_label;
  GtkLabel       *step_label;
  AdwFlap        *steps_flap;
  AdwFlap        *preview_flap;
  GtkToggleButton *steps_button;
  GtkToggleButton *preview_button;

  HgWorkbook     *workbook;    /* the session's */
  HgPack         *pack;        /* the session's, until it says pack-changed */
  GtkWidget      *rules_editor;
  GHashTable     *rows;        /* question id → row widget */
  GHashTable     *level1_labels; /* question id → GtkLabel beside its answer */
  HgDoc          *shown_doc;   /* what the preview shows, to mark what changes */
  GArray         *shown_ranges; /* guint pairs: character range of each block */
  guint           step;
  guint           loading : 1;
  guint           steps_connected : 1;
};

G_DEFINE_FINAL_TYPE (HgPolicyPage, hg_policy_page, HG_TYPE_PAGE)

/* How many of the weakest chapters the wizard marks. */
#define RISK_ADVICE_TOP 3

static void refresh         (HgPolicyPage *self);
static void ensure_built    (HgPolicyPage *self);
static void hg_policy_page_map (GtkWidget *widget);
static void session_changed (HgPage       *page);
static void page_refresh    (HgPage       *page);

static void
show_problem (HgPolicyPage *self,
              const char   *message)
{
  gtk_label_set_text (self->problem_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

static void
answer (HgPolicyPage *self,
        const char   *question_id,
        const char   *value)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->workbook == NULL)
    return;
  if (!hg_policy_set_answer (self->workbook, self->pack, question_id, value, &error))
    show_problem (self, error->message);
  else
    show_problem (self, NULL);
}

static void
switch_changed_cb (GtkSwitch    *sw,
                   GParamSpec   *pspec,
                   HgPolicyPage *self)
{
  answer (self, g_object_get_data (G_OBJECT (sw), "question"),
          gtk_switch_get_active (sw) ? "true" : "false");
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 HgPolicyPage  *self)
{
  g_autofree char *text = g_strdup_printf ("%g", gtk_spin_button_get_value (spin));

  answer (self, g_object_get_data (G_OBJECT (spin), "question"), text);
}

static void
combo_changed_cb (GtkDropDown  *drop,
                  GParamSpec   *pspec,
                  HgPolicyPage *self)
{
  GStrv values = g_object_get_data (G_OBJECT (drop), "values");
  guint selected = gtk_drop_down_get_selected (drop);

  if (values != NULL && selected < g_strv_length (values))
    answer (self, g_object_get_data (G_OBJECT (drop), "question"), values[selected]);
}

/* A drop-down as wide as its longest choice, so the answer is read whole
 * instead of cut to "On…". Returns FALSE when that is too wide to sit
 * beside the question: it then goes under it. */
static gboolean
size_to_choices (GtkWidget     *drop,
                 GtkStringList *labels)
{
  int widest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (labels)); i++)
    {
      g_autoptr(PangoLayout) layout =
        gtk_widget_create_pango_layout (drop, gtk_string_list_get_string (labels, i));
      int width = 0;

      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  /* Room for the button's padding and arrow. A choice too long to sit
   * beside the question gets no fixed width: under it, it takes the row's
   * width and is cut only when that is narrower than the choice
   * (hg_form_ellipsize_drop_down), so a narrow window still fits. */
  if (widest + 48 > 220)
    {
      hg_form_ellipsize_drop_down (GTK_DROP_DOWN (drop));
      return FALSE;
    }
  gtk_widget_set_size_request (drop, widest + 48, -1);
  return TRUE;
}

/* A question whose answers are long: title, help, then the drop-down on a
 * line of its own, like a form on paper. */
static GtkWidget *
stacked_row (const HgQuestion *q,
             GtkWidget        *control)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (q->label);
  GtkWidget *help = gtk_label_new (q->help);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title");
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_widget_add_css_class (help, "subtitle");
  gtk_widget_set_visible (help, q->help[0] != '\0');
  gtk_widget_set_halign (control, GTK_ALIGN_START);
  gtk_widget_set_margin_top (control, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), help);
  gtk_box_append (GTK_BOX (box), control);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "stacked", GINT_TO_POINTER (TRUE));
  return row;
}

static void
entry_applied_cb (AdwEntryRow  *row,
                  HgPolicyPage *self)
{
  g_autofree char *iso = NULL;

  /* A date row's text may be "1 April 2025": the answer is its date. What
   * it cannot read goes to the core as typed, which says what is wrong. */
  if (HG_IS_DATE_ROW (row) && hg_date_row_get_iso (HG_DATE_ROW (row), &iso))
    answer (self, g_object_get_data (G_OBJECT (row), "question"), iso);
  else
    answer (self, g_object_get_data (G_OBJECT (row), "question"),
            gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
date_picked_cb (GtkCalendar  *calendar,
                HgPolicyPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (calendar), HG_TYPE_DATE_ROW);

  if (row != NULL)
    entry_applied_cb (ADW_ENTRY_ROW (row), self);
}

/* Typing and moving on is an answer too, not only Enter: nothing typed is
 * lost by leaving the field. */
static void
entry_focus_leave_cb (GtkEventControllerFocus *controller,
                      HgPolicyPage            *self)
{
  entry_applied_cb (ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))),
                    self);
}

static GtkWidget *
question_row (HgPolicyPage     *self,
              const HgQuestion *q)
{
  static const char *role_values[] = { "ciso", "department_head", "system_admin", "education",
                                       "auditor", "incident_contact", NULL };
  static const char *role_labels[] = { N_("Information security officer"),
                                       N_("Department security lead"),
                                       N_("System administrator"), N_("Training lead"),
                                       N_("Auditor"), N_("Incident contact") };
  GtkWidget *row;

  switch (q->type)
    {
    case HG_QUESTION_BOOLEAN:
      {
        GtkWidget *sw = gtk_switch_new ();

        row = adw_action_row_new ();
        gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (sw), "question", g_strdup (q->id), g_free);
        g_signal_connect (sw, "notify::active", G_CALLBACK (switch_changed_cb), self);
        gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        q->label, -1);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
        g_object_set_data (G_OBJECT (row), "control", sw);
      }
      break;

    case HG_QUESTION_NUMBER:
      {
        GtkWidget *spin = gtk_spin_button_new_with_range (q->has_min ? q->min : 0,
                                                          q->has_max ? q->max : 100000, 1);
        GtkWidget *unit = gtk_label_new (q->unit ? q->unit : "");

        row = adw_action_row_new ();
        gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (spin), "question", g_strdup (q->id), g_free);
        g_signal_connect (spin, "value-changed", G_CALLBACK (spin_changed_cb), self);
        gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        q->label, -1);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
        g_object_set_data (G_OBJECT (row), "control", spin);
      }
      break;

    case HG_QUESTION_CHOICE:
    case HG_QUESTION_ROLE:
      {
        g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
        GtkWidget *drop;
        GStrv values;

        if (q->type == HG_QUESTION_ROLE)
          {
            values = g_strdupv ((char **) role_values);
            for (guint i = 0; role_values[i]; i++)
              gtk_string_list_append (labels, _(role_labels[i]));
          }
        else
          {
            values = g_new0 (char *, q->choices->len + 1);
            for (guint i = 0; i < q->choices->len; i++)
              {
                HgChoice *c = g_ptr_array_index (q->choices, i);
                values[i] = g_strdup (c->value);
                gtk_string_list_append (labels, c->display_label);
              }
          }
        drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
        gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
        g_object_set_data_full (G_OBJECT (drop), "values", values, (GDestroyNotify) g_strfreev);
        g_object_set_data_full (G_OBJECT (drop), "question", g_strdup (q->id), g_free);
        g_signal_connect (drop, "notify::selected", G_CALLBACK (combo_changed_cb), self);
        gtk_accessible_update_property (GTK_ACCESSIBLE (drop), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        q->label, -1);
        if (size_to_choices (drop, labels))
          {
            row = adw_action_row_new ();
            adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop);
          }
        else
          row = stacked_row (q, drop);
        g_object_set_data (G_OBJECT (row), "control", drop);
      }
      break;

    case HG_QUESTION_DATE:
      /* A date reads as the interface language writes it (2025年4月1日),
       * not as stored, and takes any spelling hg_date_parse() knows. */
      row = hg_date_row_new ();
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "question", g_strdup (q->id), g_free);
      g_signal_connect (row, "apply", G_CALLBACK (entry_applied_cb), self);
      /* A day picked in the calendar is an answer at once (after the row
       * has taken it: the row connected first). */
      g_signal_connect (hg_date_row_get_calendar (HG_DATE_ROW (row)), "day-selected",
                        G_CALLBACK (date_picked_cb), self);
      g_signal_connect (row, "entry-activated", G_CALLBACK (entry_applied_cb), self);
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), self);
        gtk_widget_add_controller (row, focus);
      }
      break;

    case HG_QUESTION_TEXT:
    case HG_QUESTION_MULTILINE:
    case HG_QUESTION_LIST:
    default:
      row = adw_entry_row_new ();
      hg_form_set_max_length (ADW_ENTRY_ROW (row), HG_POLICY_ANSWER_MAX);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "question", g_strdup (q->id), g_free);
      g_signal_connect (row, "apply", G_CALLBACK (entry_applied_cb), self);
      g_signal_connect (row, "entry-activated", G_CALLBACK (entry_applied_cb), self);
      {
        GtkEventController *focus = gtk_event_controller_focus_new ();

        g_signal_connect (focus, "leave", G_CALLBACK (entry_focus_leave_cb), self);
        gtk_widget_add_controller (row, focus);
      }
      break;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), q->label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (ADW_IS_ACTION_ROW (row) && q->help[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), q->help);
  else if (q->help[0] != '\0' && g_object_get_data (G_OBJECT (row), "stacked") == NULL)
    gtk_widget_set_tooltip_text (row, q->help);
  g_hash_table_insert (self->rows, g_strdup (q->id), row);
  return row;
}

/* Puts each answer into its row and hides what the answers make moot. */
static void
load_answers (HgPolicyPage  *self,
              HgPackContext *context)
{
  GPtrArray *steps = hg_pack_get_steps (self->pack);

  self->loading = TRUE;
  for (guint s = 0; s < steps->len; s++)
    {
      HgStep *step = g_ptr_array_index (steps, s);

      for (guint i = 0; i < step->questions->len; i++)
        {
          HgQuestion *q = g_ptr_array_index (step->questions, i);
          GtkWidget *row = g_hash_table_lookup (self->rows, q->id);
          GtkWidget *control = g_object_get_data (G_OBJECT (row), "control");
          g_autofree char *value = hg_policy_get_answer (self->workbook, self->pack, q->id);

          gtk_widget_set_visible (row, hg_pack_context_test (context, q->condition, NULL));
          if (GTK_IS_SWITCH (control))
            gtk_switch_set_active (GTK_SWITCH (control), g_str_equal (value, "true"));
          else if (GTK_IS_SPIN_BUTTON (control))
            gtk_spin_button_set_value (GTK_SPIN_BUTTON (control), g_ascii_strtod (value, NULL));
          else if (GTK_IS_DROP_DOWN (control))
            {
              GStrv values = g_object_get_data (G_OBJECT (control), "values");

              for (guint v = 0; values[v]; v++)
                if (g_str_equal (values[v], value))
                  gtk_drop_down_set_selected (GTK_DROP_DOWN (control), v);
            }
          else if (HG_IS_DATE_ROW (row))
            {
              g_autofree char *shown = NULL;

              if (!hg_date_row_get_iso (HG_DATE_ROW (row), &shown)
                  || g_strcmp0 (shown, value) != 0)
                hg_date_row_set_iso (HG_DATE_ROW (row), value);
            }
          else if (ADW_IS_ENTRY_ROW (row)
                   && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), value) != 0)
            gtk_editable_set_text (GTK_EDITABLE (row), value);
        }
    }
  self->loading = FALSE;
}

/* The document as the reader will see it: the title and chapter headings
 * large, sections bold, rules with their numbers hanging, tables in a
 * fixed-width font. The words are exactly those of `hinagata-cli policy
 * show`, one line a block. */
static void
set_preview_doc (HgPolicyPage *self,
                 const HgDoc  *doc)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview);
  GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
  GtkTextIter end;

  if (gtk_text_tag_table_lookup (tags, "title") == NULL)
    {
      gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD,
                                  "scale", 1.4, "pixels-below-lines", 6, NULL);
      gtk_text_buffer_create_tag (buffer, "chapter", "weight", PANGO_WEIGHT_BOLD,
                                  "scale", 1.2, "pixels-above-lines", 12, NULL);
      gtk_text_buffer_create_tag (buffer, "section", "weight", PANGO_WEIGHT_BOLD,
                                  "pixels-above-lines", 6, NULL);
      gtk_text_buffer_create_tag (buffer, "rule", "left-margin", 24, "indent", -24, NULL);
      gtk_text_buffer_create_tag (buffer, "table", "family", "monospace", "scale", 0.9, NULL);
      gtk_text_buffer_create_tag (buffer, "outdated", "foreground", "#c01c28", NULL);
      /* A signature line, as the printed page sets it. */
      gtk_text_buffer_create_tag (buffer, "end", "justification", GTK_JUSTIFY_RIGHT, NULL);
    }

  gtk_text_buffer_set_text (buffer, "", 0);
  g_array_set_size (self->shown_ranges, 0);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &end, doc->title, -1, "title", NULL);
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const HgDocBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *line = hg_doc_block_get_plain (block);
      const char *tag = NULL;
      guint offset;

      switch (block->kind)
        {
        case HG_DOC_HEADING: tag = block->level == 1 ? "chapter" : "section"; break;
        case HG_DOC_RULE:
        case HG_DOC_ITEM:    tag = "rule"; break;
        case HG_DOC_TABLE:   tag = "table"; break;
        case HG_DOC_PARAGRAPH:
        default:             tag = (block->flags & HG_DOC_ALIGN_END) ? "end" : NULL; break;
        }
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, block->kind == HG_DOC_HEADING ? "\n\n" : "\n", -1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      offset = gtk_text_iter_get_offset (&end);
      g_array_append_val (self->shown_ranges, offset);
      offset += g_utf8_strlen (line, -1);
      g_array_append_val (self->shown_ranges, offset);
      if (tag != NULL && (block->flags & HG_DOC_OUTDATED))
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, line, -1, tag, "outdated", NULL);
      else if (tag != NULL)
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, line, -1, tag, NULL);
      else
        gtk_text_buffer_insert (buffer, &end, line, -1);
      /* The chapter's date, under its heading as on paper; outside the
       * block's range, which is its heading's text. */
      {
        g_autofree char *dated = hg_doc_chapter_date_line (doc, block);

        if (dated != NULL)
          {
            g_autofree char *text = g_strconcat ("\n", dated, NULL);

            gtk_text_buffer_get_end_iter (buffer, &end);
            gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, "end", NULL);
          }
      }
    }
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\n", 1);
}

/* Where the document stands: never approved, approved as it reads, or
 * changed since its last approval. */
static void
set_version_state (HgPolicyPage *self,
                   const HgDoc  *doc)
{
  HgRevisionState state = hg_revision_get_state (self->workbook, hg_pack_get_id (self->pack), doc);
  const HgDocRevision *last = doc->revisions->len
                              ? g_ptr_array_index (doc->revisions, doc->revisions->len - 1)
                              : NULL;
  g_autofree char *text = NULL;
  g_autofree char *approved_on = last ? hg_date_format (last->approved_on, HG_DATE_STYLE_LONG)
                                      : NULL;

  switch (state)
    {
    case HG_REVISION_UP_TO_DATE:
      /* Translators: %u is a version number, %s a date and a person */
      text = g_strdup_printf (_("Version %u, approved on %s by %s"), last->number,
                              approved_on, last->approver);
      break;
    case HG_REVISION_NEEDS_REVISION:
      text = g_strdup_printf (_("Changed since version %u was approved: approve a new version "
                                "when the changes are final"), last->number);
      break;
    case HG_REVISION_NEVER_APPROVED:
    default:
      text = g_strdup (_("Not approved yet"));
      break;
    }
  gtk_label_set_text (self->version_label, text);
  if (state == HG_REVISION_NEEDS_REVISION)
    gtk_widget_add_css_class (GTK_WIDGET (self->version_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->version_label), "warning");
  if (state == HG_REVISION_UP_TO_DATE)
    gtk_widget_add_css_class (GTK_WIDGET (self->version_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->version_label), "dim-label");
}

static const char *
current_document_id (HgPolicyPage *self)
{
  GPtrArray *documents = hg_pack_get_documents (self->pack);
  guint selected = gtk_drop_down_get_selected (self->document_drop);

  if (selected >= documents->len)
    selected = 0;
  return ((HgBlock *) g_ptr_array_index (documents, selected))->id;
}

/* The answers as the pack's texts read them: the session's, unless the
 * page shows the built-in pack because the workbook's own cannot be read
 * (then *@owned holds a context of the built-in pack, for the caller to
 * free). */
static HgPackContext *
read_context (HgPolicyPage   *self,
              HgPackContext **owned)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));

  if (self->pack == hg_session_get_pack (session, NULL))
    return hg_session_get_context (session);
  *owned = hg_pack_context_new_for_workbook (self->pack, self->workbook);
  return *owned;
}

/* Today's text of the document in the preview, with its revision table. */
static HgDoc *
current_document (HgPolicyPage  *self,
                  GError       **error)
{
  g_autoptr(HgPackContext) owned = NULL;

  return hg_policy_build_document_with (self->workbook, self->pack, read_context (self, &owned),
                                        current_document_id (self), error);
}

/* Shows @doc (taken) in the preview. After an edit the reader sees what
 * it changed: the core says which blocks read otherwise than in the text
 * shown before, and the preview scrolls to them and marks them. Another
 * document chosen is no change; a text that reads as before is not drawn
 * again, so the scroll and a mark still showing stay. */
static void
show_document (HgPolicyPage *self,
               HgDoc        *doc)
{
  g_autoptr(GArray) changed = NULL;
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->shown_doc != NULL && g_strcmp0 (self->shown_doc->id, doc->id) == 0)
    {
      changed = hg_doc_changed_blocks (self->shown_doc, doc);
      /* An approval changes no text but dates the chapters anew. */
      if (changed->len == 0 && doc->blocks->len == self->shown_doc->blocks->len
          && doc->revisions->len == self->shown_doc->revisions->len
          && g_strcmp0 (doc->title, self->shown_doc->title) == 0)
        {
          hg_doc_free (self->shown_doc);
          self->shown_doc = doc;
          return;
        }
    }

  set_preview_doc (self, doc);
  for (guint i = 0; changed != NULL && i < changed->len; i++)
    {
      guint block = g_array_index (changed, guint, i);

      g_array_append_vals (ranges, &g_array_index (self->shown_ranges, guint, 2 * block), 2);
    }
  hg_preview_highlight (self->preview, ranges);
  g_clear_pointer (&self->shown_doc, hg_doc_free);
  self->shown_doc = doc;
}

/* @context: the answers as refresh() has just read them. */
static void
update_preview (HgPolicyPage  *self,
                HgPackContext *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = hg_policy_build_document_with (self->workbook, self->pack, context,
                                                        current_document_id (self), &error);

  if (doc == NULL)
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->preview), error->message, -1);
      g_clear_pointer (&self->shown_doc, hg_doc_free);
      return;
    }
  set_version_state (self, doc);
  show_document (self, g_steal_pointer (&doc));
}

/* The box of an AdwActionRow that holds its title and subtitle (the one
 * with the "title" style class), found by walking its children: libadwaita
 * 1.2 has no call for a line under the subtitle. */
static GtkWidget *
find_title_box (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BOX (child) && gtk_widget_has_css_class (child, "title"))
        return child;
      if ((found = find_title_box (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Beside an answer that drops a Level-1 item of the JAMA/JAPIA
 * guidelines, the pack's note on what it drops (HgLevel1Note), in the
 * row under the question's help: the answer and its cost are read
 * together. Driven by the pack's <level1> elements, it follows the
 * answers. */
static void
show_level1_notes (HgPolicyPage  *self,
                   HgPackContext *context)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const HgQuestion *q = hg_pack_find_question (self->pack, key);
      GtkWidget *label = g_hash_table_lookup (self->level1_labels, key);
      g_autoptr(GString) text = g_string_new (NULL);

      if (q == NULL || q->level1->len == 0 || !ADW_IS_ACTION_ROW (value))
        continue;
      for (guint i = 0; i < q->level1->len; i++)
        {
          const HgLevel1Note *note = g_ptr_array_index (q->level1, i);

          if (note->note != NULL && hg_pack_context_test (context, note->condition, NULL))
            g_string_append_printf (text, "%s%s", text->len ? "\n" : "", note->note);
        }
      if (label == NULL && text->len == 0)
        continue;
      if (label == NULL)
        {
          GtkWidget *titles = find_title_box (GTK_WIDGET (value));

          label = gtk_label_new (NULL);
          gtk_widget_set_name (label, "level1-note");
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "warning");
          gtk_widget_add_css_class (label, "caption");
          if (titles != NULL)
            {
              /* Under the question's help, the row's full width: beside
               * the switch it squeezed the question to a few words a line. */
              gtk_widget_set_margin_top (label, 4);
              gtk_box_append (GTK_BOX (titles), label);
            }
          else
            {
              gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
              gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
              adw_action_row_add_suffix (ADW_ACTION_ROW (value), label);
              gtk_widget_insert_after (label, gtk_widget_get_parent (label), NULL);
            }
          g_hash_table_insert (self->level1_labels, g_strdup (key), label);
        }
      gtk_label_set_text (GTK_LABEL (label), text->str);
      gtk_widget_set_visible (label, text->len > 0);
    }
}

static void
refresh (HgPolicyPage *self)
{
  g_autoptr(HgPackContext) owned = NULL;
  HgPackContext *context;

  if (self->workbook == NULL || self->pack == NULL)
    return;
  context = read_context (self, &owned);
  load_answers (self, context);
  show_level1_notes (self, context);
  update_preview (self, context);
  hg_rules_editor_update (HG_RULES_EDITOR (self->rules_editor), context);
}

/* The pack's steps, then the review of the rules as the last step. */
static guint
n_steps (HgPolicyPage *self)
{
  return self->pack ? hg_pack_get_steps (self->pack)->len + 1 : 0;
}

static void
update_buttons (HgPolicyPage *self)
{
  guint n = n_steps (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), self->step > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), self->step + 1 < n);
}

void
hg_policy_page_show_step (HgPolicyPage *self,
                          guint         index)
{
  g_autofree char *name = g_strdup_printf ("step%u", index);

  g_return_if_fail (HG_IS_POLICY_PAGE (self));

  ensure_built (self);
  if (self->pack == NULL || index >= n_steps (self))
    return;
  self->step = index;
  gtk_stack_set_visible_child_name (self->form_stack,
                                    index + 1 == n_steps (self) ? "rules" : name);
  {
    /* Translators: where the wizard is, e.g. "Step 3 of 12" */
    g_autofree char *where = g_strdup_printf (_("Step %u of %u"), index + 1, n_steps (self));
    gtk_label_set_text (self->step_label, where);
  }
  gtk_list_box_select_row (self->steps_list, gtk_list_box_get_row_at_index (self->steps_list, index));
  update_buttons (self);
}

guint
hg_policy_page_get_step (HgPolicyPage *self)
{
  return self->step;
}

static void
step_selected_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  HgPolicyPage  *self)
{
  if (row != NULL && (guint) gtk_list_box_row_get_index (row) != self->step)
    hg_policy_page_show_step (self, gtk_list_box_row_get_index (row));
}

static void
back_clicked_cb (HgPolicyPage *self)
{
  if (self->step > 0)
    hg_policy_page_show_step (self, self->step - 1);
}

static void
next_clicked_cb (HgPolicyPage *self)
{
  hg_policy_page_show_step (self, self->step + 1);
}

/* Another document of the same answers: only the preview changes. */
static void
document_changed_cb (HgPolicyPage *self)
{
  g_autoptr(HgPackContext) owned = NULL;

  if (self->workbook == NULL || self->pack == NULL)
    return;
  update_preview (self, read_context (self, &owned));
}

/* ---- Export, approval and versions ------------------------------------------ */

static void
present (HgPolicyPage *self,
         GtkWidget    *window)
{
  gtk_window_set_transient_for (GTK_WINDOW (window),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (window));
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgPolicyPage *self = HG_POLICY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;
  HgDocFormat format;

  if (self->workbook == NULL || self->pack == NULL
      || !hg_doc_format_from_name (g_variant_get_string (param, NULL), &format))
    return;
  doc = current_document (self, &error);
  if (doc == NULL)
    hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (widget)), _("Could Not Export"),
                        error->message);
  else
    hg_doc_export_run (widget, doc, format, "policy.export");
}

static void
print_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  HgPolicyPage *self = HG_POLICY_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(HgDoc) doc = NULL;

  if (self->workbook == NULL || self->pack == NULL)
    return;
  doc = current_document (self, &error);
  if (doc == NULL || !hg_print_doc (parent, doc, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL,
                                    &error))
    hg_form_show_error (parent, _("Could Not Print"), error->message);
}

/* The approval dialog lists every document, not only the one shown: a
 * policy and the rules under it are signed together (issue 13). */
static void
approve_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  HgPolicyPage *self = HG_POLICY_PAGE (widget);
  HgSession *session = hg_page_get_session (HG_PAGE (self));

  if (session != NULL && self->workbook != NULL)
    present (self, hg_approval_dialog_new (session));
}

static void
versions_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  HgPolicyPage *self = HG_POLICY_PAGE (widget);

  if (self->workbook == NULL || self->pack == NULL)
    return;
  present (self, hg_versions_window_new (self->workbook, self->pack, current_document_id (self)));
}

static void
build (HgPolicyPage *self)
{
  GPtrArray *steps = hg_pack_get_steps (self->pack);
  GPtrArray *documents = hg_pack_get_documents (self->pack);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  for (guint s = 0; s < steps->len; s++)
    {
      HgStep *step = g_ptr_array_index (steps, s);
      GtkWidget *label = gtk_label_new (step->title);
      GtkWidget *page = adw_preferences_page_new ();
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      g_autofree char *name = g_strdup_printf ("step%u", s);
      g_autofree char *heading = g_strdup_printf ("%u. %s", s + 1, step->title);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_text (GTK_LABEL (label), heading);
      /* Wrapped, not ellipsized: 「8. パソコン・スマートフ…」 did not say
       * which step it was. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_name (label, step->id);
      gtk_list_box_append (self->steps_list, label);

      adw_preferences_group_set_title (group, step->title);
      adw_preferences_group_set_description (group, step->description);
      for (guint i = 0; i < step->questions->len; i++)
        adw_preferences_group_add (group, question_row (self, g_ptr_array_index (step->questions, i)));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
      gtk_stack_add_named (self->form_stack, page, name);
    }

  {
    g_autofree char *heading = g_strdup_printf ("%u. %s", steps->len + 1, _("Review the Rules"));
    GtkWidget *label = gtk_label_new (heading);

    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    gtk_list_box_append (self->steps_list, label);
    self->rules_editor = hg_rules_editor_new (self->pack);
    hg_rules_editor_set_workbook (HG_RULES_EDITOR (self->rules_editor), self->workbook);
    gtk_stack_add_named (self->form_stack, self->rules_editor, "rules");
  }

  for (guint d = 0; d < documents->len; d++)
    gtk_string_list_append (titles, ((HgBlock *) g_ptr_array_index (documents, d))->display_title);
  gtk_drop_down_set_model (self->document_drop, G_LIST_MODEL (titles));
}

static void
hg_policy_page_dispose (GObject *object)
{
  HgPolicyPage *self = (HgPolicyPage *) object;

  adw_bin_set_child (ADW_BIN (self), NULL);
  self->pack = NULL;
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->level1_labels, g_hash_table_unref);
  g_clear_pointer (&self->shown_doc, hg_doc_free);
  g_clear_pointer (&self->shown_ranges, g_array_unref);

  G_OBJECT_CLASS (hg_policy_page_parent_class)->dispose (object);
}

static void
hg_policy_page_class_init (HgPolicyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_policy_page_dispose;
  widget_class->map = hg_policy_page_map;
  HG_PAGE_CLASS (klass)->session_changed = session_changed;
  HG_PAGE_CLASS (klass)->refresh = page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-policy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, form_stack);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, document_drop);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, preview);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, version_label);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, step_label);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, steps_flap);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, preview_flap);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, steps_button);
  gtk_widget_class_bind_template_child (widget_class, HgPolicyPage, preview_button);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, document_changed_cb);

  gtk_widget_class_install_action (widget_class, "policy.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "policy.print", NULL);
  gtk_widget_class_install_action (widget_class, "policy.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "policy.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "policy.versions", NULL, versions_action);
}

/* Building the wizard (a hundred-odd rows) and its preview costs most of a
 * second: it waits until the page is first shown, so it never delays the
 * start of the application. */
static void
ensure_built (HgPolicyPage *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->pack != NULL || session == NULL)
    return;

  self->pack = hg_session_get_pack (session, &error);
  if (self->pack == NULL)
    {
      /* The workbook's own pack no longer loads (a newer format, say):
       * the built-in one keeps the page usable, and the message says why. */
      g_autoptr(GError) builtin_error = NULL;

      self->pack = hg_session_get_builtin_pack (session, &builtin_error);
      /* The built-in pack is compiled in; failing to load it is a bug in
       * the pack, caught by the test suite, not something a user can cause. */
      if (self->pack == NULL)
        {
          g_critical ("%s", builtin_error->message);
          return;
        }
      show_problem (self, error->message);
    }
  build (self);
  if (!self->steps_connected)
    g_signal_connect (self->steps_list, "row-selected", G_CALLBACK (step_selected_cb), self);
  self->steps_connected = TRUE;
  hg_policy_page_show_step (self, 0);
  refresh (self);
}

/* What the risk analysis advises: the steps whose chapters are weakest
 * get a mark, and their questions the stricter answer it suggests, under
 * the question's own help. Nothing is changed for the user: they decide. */
static void
apply_risk_advice (HgPolicyPage *self)
{
  HgSession *session = hg_page_get_session (HG_PAGE (self));
  g_autoptr(HgRiskDiagnosis) diagnosis = NULL;
  g_autoptr(GHashTable) weak_steps = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) advice = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  if (self->workbook == NULL || self->pack == NULL)
    return;
  if (hg_session_get_catalogue (session, NULL) != NULL && !hg_risk_needs_setup (self->workbook))
    diagnosis = hg_risk_diagnosis_new (hg_session_get_risk_sheet (session), self->pack,
                                       RISK_ADVICE_TOP);
  for (guint i = 0; diagnosis != NULL && i < diagnosis->groups->len; i++)
    {
      const HgRiskDiagnosisGroup *g = g_ptr_array_index (diagnosis->groups, i);

      if (g->rank > RISK_ADVICE_TOP || g->score <= 0)
        continue;
      g_hash_table_add (weak_steps, g->group->step);
      for (guint k = 0; g->suggestions != NULL && k < g->suggestions->len; k++)
        {
          const HgRiskSuggestionItem *item = &g_array_index (g->suggestions,
                                                              HgRiskSuggestionItem, k);
          g_hash_table_insert (advice, (gpointer) item->question, (gpointer) item->value);
        }
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      gboolean weak = label != NULL
                      && g_hash_table_contains (weak_steps, gtk_widget_get_name (label));

      if (weak)
        {
          gtk_widget_add_css_class (label, "risk-advice");
          gtk_widget_set_tooltip_text (label, _("The risk analysis finds this chapter weak: "
                                                "consider stricter answers here"));
        }
      else if (label != NULL)
        {
          gtk_widget_remove_css_class (label, "risk-advice");
          gtk_widget_set_tooltip_text (label, NULL);
        }
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const HgQuestion *q = hg_pack_find_question (self->pack, key);
      const char *suggested = g_hash_table_lookup (advice, key);
      g_autofree char *text = NULL;

      if (!ADW_IS_ACTION_ROW (value) || q == NULL)
        continue;
      if (suggested != NULL)
        {
          g_autofree char *shown = hg_risk_value_label (self->pack, q->id, suggested, FALSE);
          /* Translators: the question's help, then the answer the risk analysis suggests */
          text = g_strdup_printf (_("%s\nThe risk analysis suggests: %s"), q->help, shown);
        }
      adw_action_row_set_subtitle (ADW_ACTION_ROW (value), text ? text : q->help);
    }
}

/* The risk analysis changes on its own page, and reading the advice takes
 * a millisecond from the session's sheet: it is read at every showing. */
static void
hg_policy_page_map (GtkWidget *widget)
{
  HgPolicyPage *self = HG_POLICY_PAGE (widget);

  GTK_WIDGET_CLASS (hg_policy_page_parent_class)->map (widget);
  apply_risk_advice (self);
}

static void
page_refresh (HgPage *page)
{
  HgPolicyPage *self = HG_POLICY_PAGE (page);

  if (self->pack == NULL)
    ensure_built (self);   /* refreshes as it builds */
  else
    refresh (self);
}

/* The wizard is made of the pack's steps and questions: it goes with the
 * pack, at once (the old pack is gone), and is built again from the new
 * one when the page is next shown. */
static void
tear_down (HgPolicyPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->form_stack))) != NULL)
    gtk_stack_remove (self->form_stack, child);
  g_hash_table_remove_all (self->rows);
  g_hash_table_remove_all (self->level1_labels);
  self->rules_editor = NULL;
  self->pack = NULL;
  /* Another pack's text is no edit to mark. */
  g_clear_pointer (&self->shown_doc, hg_doc_free);
  show_problem (self, NULL);
}

static void
pack_changed_cb (HgPolicyPage *self)
{
  tear_down (self);
  hg_page_queue_refresh (HG_PAGE (self));
}

/* Rendering the rules (90,000 characters) at every edit would be wasted
 * while the page is hidden: it catches up when shown (hg-page.c). */
static void
session_changed (HgPage *page)
{
  HgPolicyPage *self = HG_POLICY_PAGE (page);
  HgSession *session = hg_page_get_session (page);

  tear_down (self);
  self->workbook = session ? hg_session_get_workbook (session) : NULL;
  /* A workbook opened read-only is shown, not changed (the window says why). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policy.approve",
                                 self->workbook == NULL
                                 || !hg_workbook_is_read_only (self->workbook));
  if (session == NULL)
    return;
  g_signal_connect_swapped (session, "pack-changed", G_CALLBACK (pack_changed_cb), self);
  g_signal_connect_swapped (session, "documents-changed", G_CALLBACK (hg_page_queue_refresh),
                            self);
}

/* Wide: steps and preview stay open beside the questions. Narrow: they
 * fold away and open over the questions only when asked for. */
static void
flap_folded_cb (HgPolicyPage *self)
{
  gtk_toggle_button_set_active (self->steps_button, !adw_flap_get_folded (self->steps_flap));
  gtk_toggle_button_set_active (self->preview_button, !adw_flap_get_folded (self->preview_flap));
}

static void
hg_policy_page_init (HgPolicyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* English document titles are long: cut, not widening a phone's window. */
  hg_form_ellipsize_drop_down (self->document_drop);
  g_signal_connect_swapped (self->steps_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self);
  g_signal_connect_swapped (self->preview_flap, "notify::folded", G_CALLBACK (flap_folded_cb), self);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->level1_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->shown_ranges = g_array_new (FALSE, FALSE, sizeof (guint));
}

HgPack *
hg_policy_page_get_pack (HgPolicyPage *self)
{
  ensure_built (self);
  return self->pack;
}

char *
hg_policy_page_get_preview (HgPolicyPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkWidget *
hg_policy_page_get_rules_editor (HgPolicyPage *self)
{
  ensure_built (self);
  return self->rules_editor;
}

GtkWidget *
hg_policy_page_get_row (HgPolicyPage *self,
                        const char   *question_id)
{
  ensure_built (self);
  return g_hash_table_lookup (self->rows, question_id);
}

/* The wizard's step with id @step_id (from the risk diagnosis). */
void
hg_policy_page_show_step_id (HgPolicyPage *self,
                             const char   *step_id)
{
  GPtrArray *steps;

  g_return_if_fail (HG_IS_POLICY_PAGE (self));

  ensure_built (self);
  steps = self->pack ? hg_pack_get_steps (self->pack) : NULL;
  for (guint i = 0; steps != NULL && i < steps->len; i++)
    if (g_strcmp0 (((HgStep *) g_ptr_array_index (steps, i))->id, step_id) == 0)
      hg_policy_page_show_step (self, i);
}
