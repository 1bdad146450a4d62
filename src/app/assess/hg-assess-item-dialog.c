/* hg-assess-item-dialog.c
 *
 * The answer, note, owner and due date are saved together, on Save, as one
 * undo step: a note belongs to an answer (the core keeps none without
 * one), so the answer is chosen here too. Evidence links are saved one at
 * a time as they are added or removed, each its own undo step, because
 * each is a fact of its own that Cancel should not take back unseen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assess-item-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-assess-choices.h"
#include "hg-assess-item-dialog.h"
#include "hg-assessment.h"
#include "hg-assessment-evidence.h"
#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-framework-catalog.h"
#include "hg-person.h"

struct _HgAssessItemDialog
{
  AdwMessageDialog      parent_instance;

  HgWorkbook           *workbook;
  char                 *framework_id;
  char                 *ref;
  HgFramework          *framework;
  HgFrameworkItem      *item;        /* borrowed from the framework */
  GtkStringList        *owners;      /* "No one", then the names offered */
  GPtrArray            *candidates;  /* of HgAssessmentEvidence, for the kind chosen */
  GPtrArray            *evidence;    /* of HgAssessmentEvidence, the item's links */
  GtkFileChooserNative *chooser;
  gboolean              editable;

  /* Template widgets */
  AdwComboRow          *answer_row;
  AdwEntryRow          *note_row;
  AdwComboRow          *owner_row;
  HgDateRow            *due_row;
  GtkLabel             *problem_label;
  GtkListBox           *evidence_list;
  AdwComboRow          *kind_row;
  AdwActionRow         *target_row;
  GtkDropDown          *target_drop;
  GtkButton            *add_button;
};

G_DEFINE_FINAL_TYPE (HgAssessItemDialog, hg_assess_item_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_WORKBOOK,
  PROP_FRAMEWORK_ID,
  PROP_REF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
chosen_value (HgAssessItemDialog *self)
{
  return hg_assess_choices_value_at (self->framework, adw_combo_row_get_selected (self->answer_row));
}

static const char *
chosen_owner (HgAssessItemDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->owner_row);

  return selected > 0 && selected != GTK_INVALID_LIST_POSITION
         ? gtk_string_list_get_string (self->owners, selected) : "";
}

static void
validate (HgAssessItemDialog *self)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  const char *due = hg_date_row_get_value (self->due_row);
  g_autofree char *due_problem = NULL;
  gboolean ok = TRUE;

  if (self->framework == NULL)
    return;
  if (!hg_date_row_get_valid (self->due_row))
    due_problem = g_strdup_printf (_("“%s” is not a date: write it as 2026-04-01"), due);
  ok &= hg_form_mark_row (GTK_WIDGET (self->due_row), _("Due date"), due_problem, problems);
  /* The workbook keeps a note only with an answer. */
  ok &= hg_form_mark_row (GTK_WIDGET (self->answer_row), _("Answer"),
                          chosen_value (self) == NULL
                          && (note[0] != '\0' || chosen_owner (self)[0] != '\0' || due[0] != '\0')
                          ? _("Choose an answer: the note, owner and due date are kept with it")
                          : NULL, problems);
  hg_form_show_problem (self->problem_label, problems->str);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save",
                                           ok && self->editable);
}

static void
hg_assess_item_dialog_response (AdwMessageDialog *dialog,
                                const char       *response)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  HgAssessmentAnswer answer = {
    self->ref, (char *) chosen_value (self),
    (char *) gtk_editable_get_text (GTK_EDITABLE (self->note_row)),
    (char *) chosen_owner (self), (char *) hg_date_row_get_value (self->due_row),
  };

  /* Saving that fails keeps the dialog and everything typed in it. */
  if (g_strcmp0 (response, "save") != 0 || self->framework == NULL)
    {
      hg_form_finish_response (dialog, TRUE);
      return;
    }
  if (!hg_assessment_answer (self->workbook, self->framework, &answer, &error))
    hg_form_show_error (GTK_WINDOW (dialog), _("Could Not Save"), error->message);
  hg_form_finish_response (dialog, error == NULL);
}

/* ---- Evidence -------------------------------------------------------------- */

static const char *
state_label (HgEvidenceState state)
{
  switch (state)
    {
    case HG_EVIDENCE_GONE:
      return _("No longer there");
    case HG_EVIDENCE_CHANGED:
      return _("Changed since it was linked");
    case HG_EVIDENCE_FOUND:
    default:
      return NULL;
    }
}

static void refresh_evidence (HgAssessItemDialog *self);

static void
remove_clicked (HgAssessItemDialog *self,
                GtkButton          *button)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "hg-index"));
  HgAssessmentEvidence *e;
  g_autoptr(GError) error = NULL;

  if (self->evidence == NULL || i >= self->evidence->len)
    return;
  e = g_ptr_array_index (self->evidence, i);
  if (!hg_assessment_evidence_remove (self->workbook, self->framework, self->ref, e->kind,
                                      e->target, &error))
    hg_form_show_error (GTK_WINDOW (self), _("Could Not Remove the Evidence"), error->message);
  refresh_evidence (self);
}

static GtkWidget *
evidence_row_new (HgAssessItemDialog   *self,
                  HgAssessmentEvidence *e,
                  guint                 index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *state = state_label (e->state);
  g_autofree char *subtitle = state ? g_strdup_printf ("%s — %s", hg_evidence_kind_get_label (e->kind),
                                                       state)
                                    : g_strdup (hg_evidence_kind_get_label (e->kind));
  g_autofree char *name = g_strdup_printf ("remove-evidence-%u", index);
  /* Translators: the accessible name of the button removing one evidence link */
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), e->title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* A file's path says where to find it; the title is its name. */
  if (e->kind == HG_EVIDENCE_FILE)
    gtk_widget_set_tooltip_text (row, e->target);
  if (e->state != HG_EVIDENCE_FOUND)
    gtk_widget_add_css_class (row, "warning");

  gtk_widget_set_name (remove, name);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_widget_set_sensitive (remove, self->editable);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (remove), "hg-index", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
refresh_evidence (HgAssessItemDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_list))) != NULL)
    gtk_list_box_remove (self->evidence_list, child);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  self->evidence = hg_assessment_evidence_list (self->workbook, self->framework, self->ref, &error);
  if (self->evidence == NULL)
    {
      g_warning ("Could not read the evidence: %s", error->message);
      return;
    }
  for (guint i = 0; i < self->evidence->len; i++)
    gtk_list_box_append (self->evidence_list,
                         evidence_row_new (self, g_ptr_array_index (self->evidence, i), i));
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_list), self->evidence->len > 0);
}

/* Undo and redo through the window change the links under the dialog. */
static void
workbook_changed_cb (HgAssessItemDialog *self,
                     GStrv               tables)
{
  if (tables != NULL && (g_strv_contains ((const char * const *) tables, "assessment_evidence")
                         || g_strv_contains ((const char * const *) tables, "assessment")))
    refresh_evidence (self);
}

static void
kind_changed (HgAssessItemDialog *self)
{
  HgEvidenceKind kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  if (self->framework == NULL || kind >= HG_EVIDENCE_N_KINDS)
    return;
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  /* A file is chosen from the disk, not from a list. */
  gtk_widget_set_visible (GTK_WIDGET (self->target_row), kind != HG_EVIDENCE_FILE);
  gtk_button_set_label (self->add_button, kind == HG_EVIDENCE_FILE ? _("_Choose File…")
                                                                   : _("_Add Evidence"));
  if (kind == HG_EVIDENCE_FILE)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->editable);
      return;
    }
  self->candidates = hg_assessment_evidence_candidates (self->workbook, kind);
  for (guint i = 0; i < self->candidates->len; i++)
    gtk_string_list_append (titles,
                            ((HgAssessmentEvidence *) g_ptr_array_index (self->candidates, i))->title);
  gtk_drop_down_set_model (self->target_drop, G_LIST_MODEL (titles));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->target_row),
                               self->candidates->len == 0
                               ? _("The workbook has nothing of this kind yet") : "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button),
                            self->editable && self->candidates->len > 0);
}

gboolean
hg_assess_item_dialog_add_file (HgAssessItemDialog *self,
                                const char         *path)
{
  g_autoptr(GError) error = NULL;

  if (!hg_assessment_evidence_add (self->workbook, self->framework, self->ref, HG_EVIDENCE_FILE,
                                   path, &error))
    {
      hg_form_show_error (GTK_WINDOW (self), _("Could Not Add the Evidence"), error->message);
      return FALSE;
    }
  refresh_evidence (self);
  return TRUE;
}

static void
chooser_response_cb (HgAssessItemDialog *self,
                     int                 response,
                     GtkNativeDialog    *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        hg_assess_item_dialog_add_file (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
add_clicked (HgAssessItemDialog *self)
{
  HgEvidenceKind kind = adw_combo_row_get_selected (self->kind_row);
  guint selected = gtk_drop_down_get_selected (self->target_drop);
  HgAssessmentEvidence *candidate;
  g_autoptr(GError) error = NULL;

  if (self->framework == NULL)
    return;
  if (kind == HG_EVIDENCE_FILE)
    {
      if (self->chooser != NULL)
        return;
      self->chooser = gtk_file_chooser_native_new (_("Choose the File the Answer Rests On"),
                                                   GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Link"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
      g_signal_connect_swapped (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }
  if (self->candidates == NULL || selected >= self->candidates->len)
    return;
  candidate = g_ptr_array_index (self->candidates, selected);
  if (!hg_assessment_evidence_add (self->workbook, self->framework, self->ref, kind,
                                   candidate->target, &error))
    hg_form_show_error (GTK_WINDOW (self), _("Could Not Add the Evidence"), error->message);
  refresh_evidence (self);
}

/* ---- The dialog ------------------------------------------------------------ */

/* The open assessment's answer to the item, or NULL. */
static HgAssessmentAnswer *
stored_answer (HgAssessItemDialog *self)
{
  g_autoptr(HgAssessment) open = hg_assessment_get_open (self->workbook, self->framework_id, NULL);
  g_autoptr(GHashTable) answers = open ? hg_assessment_get_answers (self->workbook, open->id, NULL)
                                       : NULL;
  HgAssessmentAnswer *answer = NULL;

  if (answers != NULL && g_hash_table_steal_extended (answers, self->ref, NULL, (gpointer *) &answer))
    return answer;
  return NULL;
}

static void
fill_owners (HgAssessItemDialog *self,
             const char         *owner)
{
  g_autoptr(GPtrArray) people = hg_person_list (self->workbook);
  guint selected = 0;

  self->owners = gtk_string_list_new (NULL);
  gtk_string_list_append (self->owners, _("No one"));
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      HgPerson *person = g_ptr_array_index (people, i);

      if (owner != NULL && g_str_equal (person->name, owner))
        selected = i + 1;
      gtk_string_list_append (self->owners, person->name);
    }
  /* An owner written elsewhere (hinagata-cli) who is not a person of the
   * company stays as it is. */
  if (selected == 0 && owner != NULL && owner[0] != '\0')
    {
      selected = g_list_model_get_n_items (G_LIST_MODEL (self->owners));
      gtk_string_list_append (self->owners, owner);
    }
  adw_combo_row_set_model (self->owner_row, G_LIST_MODEL (self->owners));
  adw_combo_row_set_selected (self->owner_row, selected);
}

static void
hg_assess_item_dialog_constructed (GObject *object)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(HgAssessmentAnswer) answer = NULL;
  g_autoptr(GtkStringList) choices = NULL;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *heading = NULL;

  G_OBJECT_CLASS (hg_assess_item_dialog_parent_class)->constructed (object);

  self->framework = hg_framework_catalog_load (self->workbook, self->framework_id, NULL, &error);
  self->item = self->framework ? hg_framework_find_item (self->framework, self->ref) : NULL;
  if (self->item == NULL)
    {
      /* The framework was removed from under the page: nothing to edit. */
      g_clear_pointer (&self->framework, hg_framework_free);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error ? error->message : self->ref);
      adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", FALSE);
      gtk_widget_set_visible (adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (self)), FALSE);
      return;
    }
  self->editable = !hg_workbook_is_read_only (self->workbook);
  /* Translators: the heading of an item's details, e.g. "Item 12" */
  heading = g_strdup_printf (_("Item %s"), self->ref);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), self->item->text);

  answer = stored_answer (self);
  choices = hg_assess_choices_new (self->framework);
  adw_combo_row_set_model (self->answer_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->answer_row,
                              hg_assess_choices_index_of (self->framework, answer ? answer->value : NULL));
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), answer ? answer->note : "");
  fill_owners (self, answer ? answer->owner : NULL);
  hg_date_row_set_iso (self->due_row, answer ? answer->due : "");

  for (guint k = 0; k < HG_EVIDENCE_N_KINDS; k++)
    gtk_string_list_append (kinds, hg_evidence_kind_get_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  kind_changed (self);
  refresh_evidence (self);
  g_signal_connect_object (self->workbook, "changed", G_CALLBACK (workbook_changed_cb), self,
                           G_CONNECT_SWAPPED);

  /* A workbook opened read-only is shown, not changed. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->answer_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->note_row), self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_row), self->editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->due_row), self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_row), self->editable);
  validate (self);
}

static void
hg_assess_item_dialog_dispose (GObject *object)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_ASSESS_ITEM_DIALOG);
  G_OBJECT_CLASS (hg_assess_item_dialog_parent_class)->dispose (object);
}

static void
hg_assess_item_dialog_finalize (GObject *object)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (object);

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_object (&self->owners);
  self->item = NULL;
  g_clear_pointer (&self->framework, hg_framework_free);
  g_clear_object (&self->workbook);
  g_free (self->framework_id);
  g_free (self->ref);
  G_OBJECT_CLASS (hg_assess_item_dialog_parent_class)->finalize (object);
}

static void
hg_assess_item_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_string (value, self->framework_id);
      break;
    case PROP_REF:
      g_value_set_string (value, self->ref);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_item_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  HgAssessItemDialog *self = HG_ASSESS_ITEM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    case PROP_FRAMEWORK_ID:
      self->framework_id = g_value_dup_string (value);
      break;
    case PROP_REF:
      self->ref = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_assess_item_dialog_class_init (HgAssessItemDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_assess_item_dialog_constructed;
  object_class->dispose = hg_assess_item_dialog_dispose;
  object_class->finalize = hg_assess_item_dialog_finalize;
  object_class->get_property = hg_assess_item_dialog_get_property;
  object_class->set_property = hg_assess_item_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_assess_item_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The framework's id in the catalog: the dialog loads its own copy, so
   * the page may read its frameworks again while the dialog is open. */
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_string ("framework-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REF] =
    g_param_spec_string ("ref", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assess-item-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, answer_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, target_drop);
  gtk_widget_class_bind_template_child (widget_class, HgAssessItemDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, validate);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, hg_form_save_if_allowed);
}

static void
hg_assess_item_dialog_init (HgAssessItemDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  hg_form_set_max_length (self->note_row, HG_ASSESSMENT_NOTE_MAX);
  hg_form_ellipsize_drop_down (self->target_drop);
}

GtkWidget *
hg_assess_item_dialog_new (HgWorkbook *workbook,
                           const char *framework_id,
                           const char *ref)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_ASSESS_ITEM_DIALOG, "workbook", workbook,
                       "framework-id", framework_id, "ref", ref, NULL);
}
