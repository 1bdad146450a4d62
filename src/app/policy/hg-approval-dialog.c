/* hg-approval-dialog.c
 *
 * The one place documents are approved: the basic policy, the rules and the
 * handbook side by side, each saying whether and what changed since its
 * last approved version, the changed ones chosen. Whoever signs signs the
 * set, so the chosen ones become versions in one step, with one approver,
 * one date and one summary, and one Undo takes them all back.
 *
 * The people come filled in from the company profile (the representative
 * approves, the security lead drafts); a first approval reads "First
 * version". Approve waits for a document, a summary, an approver and a
 * real date, and for the documents to have no gaps: what they would print
 * as 「制定日　」 or 「（未定）」 is listed first, each with a button that
 * takes the user to the field (the dialog closes: the field is in the
 * window), and for a role one that records why it stays unfilled. The
 * lists follow the session, so a gap filled meanwhile goes away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-approval-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "hg-approval.h"
#include "hg-approval-dialog.h"
#include "hg-company.h"
#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-limits.h"
#include "hg-org-role.h"
#include "hg-person.h"
#include "hg-text.h"
#include "hg-vacancy-dialog.h"

struct _HgApprovalDialog
{
  AdwMessageDialog  parent_instance;

  HgSession        *session;
  HgWorkbook       *workbook;   /* the session's */
  char             *pack_id;
  GPtrArray        *items;      /* of HgApprovalItem, the pack's documents in order */
  GPtrArray        *checks;     /* of GtkCheckButton, one per item (the list's) */
  GPtrArray        *gaps;       /* of HgApprovalGap */

  /* Template widgets */
  GtkWidget        *gaps_box;
  GtkLabel         *gaps_heading;
  GtkListBox       *gaps_list;
  GtkListBox       *documents_list;
  AdwEntryRow      *rows[HG_APPROVAL_N_FIELDS];
};

G_DEFINE_FINAL_TYPE (HgApprovalDialog, hg_approval_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
text_of (HgApprovalDialog *self,
         HgApprovalField   field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->rows[field]));
}

static guint
n_chosen (HgApprovalDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->checks->len; i++)
    n += gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
  return n;
}

static void
validate (HgApprovalDialog *self)
{
  g_autofree char *summary = g_strstrip (g_strdup (text_of (self, HG_APPROVAL_FIELD_SUMMARY)));
  g_autofree char *approver = g_strstrip (g_strdup (text_of (self, HG_APPROVAL_FIELD_APPROVER)));
  HgDateRow *date = HG_DATE_ROW (self->rows[HG_APPROVAL_FIELD_DATE]);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "approve",
                                           n_chosen (self) > 0 && summary[0] != '\0'
                                           && (self->gaps == NULL || self->gaps->len == 0)
                                           && approver[0] != '\0'
                                           && hg_date_row_get_valid (date));
}

static gint
index_of (HgApprovalDialog *self,
          const char       *document_id)
{
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (g_strcmp0 (((HgApprovalItem *) g_ptr_array_index (self->items, i))->doc->id,
                   document_id) == 0)
      return (gint) i;
  return -1;
}

static void
toast_approved (HgApprovalDialog *self,
                GPtrArray        *titles,
                const guint      *numbers)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *title = NULL;

  if (parent == NULL)
    return;
  if (titles->len == 1)
    /* Translators: %u is the version number, %s the document title */
    title = g_strdup_printf (_("Version %u of %s approved"), numbers[0],
                             (const char *) g_ptr_array_index (titles, 0));
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document approved",
                                          "%u documents approved", titles->len), titles->len);
  hg_form_toast (GTK_WIDGET (parent), adw_toast_new (title));
}

/* Approves the chosen documents; on failure says why and keeps the dialog
 * with everything in it. */
gboolean
hg_approval_dialog_approve (HgApprovalDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) docs = g_ptr_array_new ();
  /* The approval changes the documents: the session's "documents-changed"
   * reloads the list (and frees its documents) before we are back. */
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *numbers = NULL;
  g_autofree char *date = NULL;
  HgDateRow *date_row;

  g_return_val_if_fail (HG_IS_APPROVAL_DIALOG (self), FALSE);

  date_row = HG_DATE_ROW (self->rows[HG_APPROVAL_FIELD_DATE]);
  if (!hg_date_row_get_iso (date_row, &date))
    {
      hg_date_row_set_problem (date_row, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (date_row));
      return FALSE;
    }
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        HgDoc *doc = ((HgApprovalItem *) g_ptr_array_index (self->items, i))->doc;

        g_ptr_array_add (docs, doc);
        g_ptr_array_add (titles, g_strdup (doc->display_title));
      }
  numbers = g_new0 (guint, MAX (docs->len, 1));
  if (!hg_approval_approve (self->workbook, hg_session_get_pack (self->session, NULL),
                            hg_session_get_context (self->session), docs,
                            text_of (self, HG_APPROVAL_FIELD_SUMMARY),
                            text_of (self, HG_APPROVAL_FIELD_AUTHOR),
                            text_of (self, HG_APPROVAL_FIELD_APPROVER), date, numbers, &error))
    {
      hg_form_show_error (GTK_WINDOW (self), _("Could Not Approve"), error->message);
      return FALSE;
    }
  toast_approved (self, titles, numbers);
  return TRUE;
}

static void
hg_approval_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  /* Approving that fails keeps the dialog and everything typed in it. */
  hg_form_finish_response (dialog, g_strcmp0 (response, "approve") != 0
                                   || hg_approval_dialog_approve (HG_APPROVAL_DIALOG (dialog)));
}

static char *
role_holder (HgWorkbook *workbook,
             HgOrgRole   role)
{
  gint64 id = hg_org_role_get_holder (workbook, role, 0);
  g_autoptr(HgPerson) person = id > 0 ? hg_person_get (workbook, id) : NULL;

  return g_strdup (person ? person->name : "");
}

/* A row per document: a check when it can be approved (chosen to start
 * with), what changed since its last version under its title. */
static void
add_document_row (HgApprovalDialog     *self,
                  const HgApprovalItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *description = hg_approval_item_describe (item);
  gboolean can = hg_approval_item_can_approve (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->doc->display_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), description);
  gtk_widget_set_name (row, item->doc->id);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), can);
  gtk_widget_set_sensitive (check, can);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item->doc->display_title, -1);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  if (!can)
    gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (self->documents_list, row);
  g_ptr_array_add (self->checks, check);
}

/* Where the window shows the field that fills @gap ("win.show-field"). */
static char *
gap_target (const HgApprovalGap *gap)
{
  switch (gap->kind)
    {
    case HG_APPROVAL_GAP_ENACTED_ON:
      return g_strdup ("question:adopted_on");
    case HG_APPROVAL_GAP_REPRESENTATIVE:
      return g_strdup ("company:representative_name");
    case HG_APPROVAL_GAP_ROLE:
    default:
      return g_strconcat ("role:", hg_org_role_key (gap->role), NULL);
    }
}

/* Closes the dialog and shows the field in the window. */
static void
go_to_field (HgApprovalDialog *self,
             GtkButton        *button)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  const char *target = gtk_widget_get_name (GTK_WIDGET (button));

  g_autoptr(GtkWindow) keep = parent ? g_object_ref (parent) : NULL;
  g_autofree char *field = g_strdup (strchr (target, '|') + 1);

  gtk_window_destroy (GTK_WINDOW (self));
  if (keep != NULL)
    gtk_widget_activate_action (GTK_WIDGET (keep), "win.show-field", "s", field);
}

static void
leave_unfilled (HgApprovalDialog *self,
                GtkButton        *button)
{
  HgOrgRole role = HG_ORG_ROLE_CISO;
  GtkWidget *dialog;

  hg_org_role_from_key (gtk_widget_get_name (GTK_WIDGET (button)) + strlen ("vacant|"), &role);
  dialog = hg_vacancy_dialog_new (self->workbook, role);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
gap_button (HgApprovalDialog *self,
            const char       *label,
            const char       *name,
            GCallback         callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static void
add_gap_row (HgApprovalDialog    *self,
             const HgApprovalGap *gap)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *target = gap_target (gap);
  g_autofree char *go_name = g_strconcat ("go|", target, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* The field as the title, what is wrong with it under it: the core's
   * one-sentence description is for the command line. */
  switch (gap->kind)
    {
    case HG_APPROVAL_GAP_ENACTED_ON:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Adoption date (制定日)"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not set"));
      break;
    case HG_APPROVAL_GAP_REPRESENTATIVE:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Representative’s name"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Empty"));
      break;
    case HG_APPROVAL_GAP_ROLE:
    default:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), hg_org_role_label (gap->role));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Nobody, and no reason given"));
      break;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gap->description, -1);
  gtk_widget_set_name (row, target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gap_button (self, _("_Fill In"), go_name, G_CALLBACK (go_to_field)));
  if (gap->kind == HG_APPROVAL_GAP_ROLE)
    {
      g_autofree char *vacant_name = g_strconcat ("vacant|", hg_org_role_key (gap->role), NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gap_button (self, _("_Leave Unfilled…"), vacant_name,
                                             G_CALLBACK (leave_unfilled)));
    }
  gtk_list_box_append (self->gaps_list, row);
}

static void
remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The documents and what they lack, as the session has them now; which
 * documents were chosen stays. */
static void
load (HgApprovalDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) unchosen = g_ptr_array_new_with_free_func (g_free);
  HgPack *pack;

  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_ptr_array_add (unchosen, g_strdup (((HgApprovalItem *)
                                            g_ptr_array_index (self->items, i))->doc->id));
  remove_all (self->documents_list);
  remove_all (self->gaps_list);
  g_ptr_array_set_size (self->checks, 0);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);

  pack = hg_session_get_pack (self->session, &error);
  if (pack != NULL)
    {
      g_free (self->pack_id);
      self->pack_id = g_strdup (hg_pack_get_id (pack));
      self->items = hg_approval_list (self->workbook, pack,
                                      hg_session_get_context (self->session), &error);
    }
  if (self->items != NULL)
    self->gaps = hg_approval_list_gaps (pack, hg_session_get_context (self->session), &error);
  if (self->items == NULL || self->gaps == NULL)
    {
      /* Nothing to choose: the reason stands where the documents would. */
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->documents_list), FALSE);
      g_clear_pointer (&self->items, g_ptr_array_unref);
      self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_approval_item_free);
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      add_document_row (self, g_ptr_array_index (self->items, i));
      if (g_ptr_array_find_with_equal_func (unchosen, ((HgApprovalItem *)
                                            g_ptr_array_index (self->items, i))->doc->id,
                                            g_str_equal, NULL))
        gtk_check_button_set_active (g_ptr_array_index (self->checks, i), FALSE);
    }
  for (guint i = 0; self->gaps != NULL && i < self->gaps->len; i++)
    add_gap_row (self, g_ptr_array_index (self->gaps, i));
  gtk_widget_set_visible (self->gaps_box, self->gaps != NULL && self->gaps->len > 0);
  if (self->gaps != NULL && self->gaps->len > 0)
    {
      /* How many: the list may scroll, and the last ones are out of sight. */
      g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u Missing Before Approval",
                                                               "%u Missing Before Approval",
                                                               self->gaps->len),
                                                  self->gaps->len);
      gtk_label_set_text (self->gaps_heading, heading);
    }
  validate (self);
}

static void
hg_approval_dialog_constructed (GObject *object)
{
  HgApprovalDialog *self = (HgApprovalDialog *) object;
  g_autofree char *today = hg_text_today ();
  g_autofree char *representative = NULL;
  g_autofree char *drafter = NULL;
  gboolean all_first = TRUE;

  G_OBJECT_CLASS (hg_approval_dialog_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_SESSION (self->session));

  self->workbook = hg_session_get_workbook (self->session);
  load (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      const HgApprovalItem *item = g_ptr_array_index (self->items, i);

      if (hg_approval_item_can_approve (item) && item->state != HG_REVISION_NEVER_APPROVED)
        all_first = FALSE;
    }
  g_signal_connect_object (self->session, "documents-changed", G_CALLBACK (load), self,
                           G_CONNECT_SWAPPED);

  representative = hg_company_get (self->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
  drafter = role_holder (self->workbook, HG_ORG_ROLE_CISO);
  /* The first version is the enactment (制定). */
  hg_approval_dialog_set_text (self, HG_APPROVAL_FIELD_SUMMARY,
                               all_first && n_chosen (self) > 0 ? _("First version") : "");
  hg_approval_dialog_set_text (self, HG_APPROVAL_FIELD_AUTHOR, drafter);
  hg_approval_dialog_set_text (self, HG_APPROVAL_FIELD_APPROVER, representative);
  hg_date_row_set_iso (HG_DATE_ROW (self->rows[HG_APPROVAL_FIELD_DATE]), today);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[HG_APPROVAL_FIELD_SUMMARY]));
}

static void
hg_approval_dialog_dispose (GObject *object)
{
  HgApprovalDialog *self = (HgApprovalDialog *) object;

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->pack_id, g_free);
  self->workbook = NULL;
  g_clear_object (&self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_APPROVAL_DIALOG);

  G_OBJECT_CLASS (hg_approval_dialog_parent_class)->dispose (object);
}

static void
hg_approval_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  HgApprovalDialog *self = HG_APPROVAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_approval_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  HgApprovalDialog *self = HG_APPROVAL_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_AT(name, member) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (HgApprovalDialog, member))

static void
hg_approval_dialog_class_init (HgApprovalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_approval_dialog_constructed;
  object_class->dispose = hg_approval_dialog_dispose;
  object_class->get_property = hg_approval_dialog_get_property;
  object_class->set_property = hg_approval_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_approval_dialog_response;

  /* The documents are read as the session has them when the dialog opens:
   * it approves the texts it shows. */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-approval-dialog.ui");
  BIND_AT ("documents_list", documents_list);
  BIND_AT ("gaps_box", gaps_box);
  BIND_AT ("gaps_heading", gaps_heading);
  BIND_AT ("gaps_list", gaps_list);
  BIND_AT ("summary_row", rows[HG_APPROVAL_FIELD_SUMMARY]);
  BIND_AT ("author_row", rows[HG_APPROVAL_FIELD_AUTHOR]);
  BIND_AT ("approver_row", rows[HG_APPROVAL_FIELD_APPROVER]);
  BIND_AT ("date_row", rows[HG_APPROVAL_FIELD_DATE]);
  gtk_widget_class_bind_template_callback (widget_class, validate);
}

#undef BIND_AT

static void
hg_approval_dialog_init (HgApprovalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
  /* Typing stops at the limits the core checks (hg-limits.h). */
  hg_form_set_max_length (self->rows[HG_APPROVAL_FIELD_SUMMARY], HG_REVISION_SUMMARY_MAX);
  hg_form_set_max_length (self->rows[HG_APPROVAL_FIELD_AUTHOR], HG_REVISION_NAME_MAX);
  hg_form_set_max_length (self->rows[HG_APPROVAL_FIELD_APPROVER], HG_REVISION_NAME_MAX);
}

GtkWidget *
hg_approval_dialog_new (HgSession *session)
{
  g_return_val_if_fail (HG_IS_SESSION (session), NULL);

  return g_object_new (HG_TYPE_APPROVAL_DIALOG, "session", session, NULL);
}

void
hg_approval_dialog_set_text (HgApprovalDialog *self,
                             HgApprovalField   field,
                             const char       *text)
{
  g_return_if_fail (HG_IS_APPROVAL_DIALOG (self));
  g_return_if_fail (field < HG_APPROVAL_N_FIELDS);

  gtk_editable_set_text (GTK_EDITABLE (self->rows[field]), text);
}

gboolean
hg_approval_dialog_get_chosen (HgApprovalDialog *self,
                               const char       *document_id)
{
  gint i;

  g_return_val_if_fail (HG_IS_APPROVAL_DIALOG (self), FALSE);

  i = index_of (self, document_id);
  return i >= 0 && gtk_check_button_get_active (g_ptr_array_index (self->checks, i));
}

/* A document that cannot be approved stays unchosen. */
void
hg_approval_dialog_set_chosen (HgApprovalDialog *self,
                               const char       *document_id,
                               gboolean          chosen)
{
  gint i;

  g_return_if_fail (HG_IS_APPROVAL_DIALOG (self));

  i = index_of (self, document_id);
  if (i >= 0 && gtk_widget_get_sensitive (g_ptr_array_index (self->checks, i)))
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), chosen);
}

/* What the dialog says under the document's title; NULL when not listed. */
const char *
hg_approval_dialog_get_description (HgApprovalDialog *self,
                                    const char       *document_id)
{
  gint i;

  g_return_val_if_fail (HG_IS_APPROVAL_DIALOG (self), NULL);

  i = index_of (self, document_id);
  if (i < 0)
    return NULL;
  return adw_action_row_get_subtitle (
    ADW_ACTION_ROW (gtk_widget_get_ancestor (g_ptr_array_index (self->checks, i),
                                             ADW_TYPE_ACTION_ROW)));
}
