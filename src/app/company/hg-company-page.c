/* hg-company-page.c: 会社情報 — profile, departments, people and roles
 *
 * Profile fields are committed 600 ms after the last keystroke, when the
 * field loses focus, or on Enter, whichever comes first: each committed value
 * is one undo step, not one per character.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-company-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-company-page.h"
#include "hg-form.h"
#include "hg-department.h"
#include "hg-department-dialog.h"
#include "hg-org-role.h"
#include "hg-contacts-group.h"
#include "hg-person.h"
#include "hg-role-vacancy.h"
#include "hg-person-dialog.h"

#define COMMIT_DELAY_MS 600

typedef struct
{
  HgCompanyPage  *page;
  HgCompanyField  field;
  AdwEntryRow    *row;
  guint           timeout_id;
  char           *problem;
} FieldRow;

struct _HgCompanyPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  AdwPreferencesGroup  *profile_group;
  GtkLabel             *profile_problems;
  AdwPreferencesGroup  *departments_group;
  AdwPreferencesGroup  *people_group;
  AdwPreferencesGroup  *roles_group;
  AdwPreferencesGroup  *heads_group;
  GtkBox               *warnings_box;
  GtkLabel             *warnings_label;
  HgContactsGroup      *contacts_group;

  /* Owned references */
  HgWorkbook           *workbook;
  FieldRow              fields[HG_COMPANY_N_FIELDS];
  GPtrArray            *dynamic_rows;  /* of GtkWidget, with their group as data */
  GArray               *person_ids;    /* combo position → person id (0: nobody) */
  guint                 reload_id;

  guint                 loading : 1;
  guint                 assigning : 1;  /* inside a role row's handler */
};

G_DEFINE_FINAL_TYPE (HgCompanyPage, hg_company_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HAS_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
hg_company_page_has_pending (HgCompanyPage *self)
{
  g_return_val_if_fail (HG_IS_COMPANY_PAGE (self), FALSE);

  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    if (self->fields[i].timeout_id != 0)
      return TRUE;
  return FALSE;
}

/* Typing not yet committed counts as something to undo: the window enables
 * Undo on it, and Undo first commits, then takes it back. */
static void
set_pending (FieldRow *f,
             guint     timeout_id)
{
  gboolean before = hg_company_page_has_pending (f->page);

  g_clear_handle_id (&f->timeout_id, g_source_remove);
  f->timeout_id = timeout_id;
  if (before != hg_company_page_has_pending (f->page))
    g_object_notify_by_pspec (G_OBJECT (f->page), properties[PROP_HAS_PENDING]);
}

static void
toast (HgCompanyPage *self,
       AdwToast      *t)
{
  hg_form_toast (GTK_WIDGET (self), t);
}

static void
toast_error (HgCompanyPage *self,
             const GError  *error)
{
  toast (self, adw_toast_new (error->message));
}

/* ---- Profile fields ---------------------------------------------------- */

static void
update_problems (HgCompanyPage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    if (self->fields[i].problem != NULL)
      g_string_append_printf (text, "%s%s: %s", text->len ? "\n" : "",
                              hg_company_field_label (i), self->fields[i].problem);

  gtk_label_set_text (self->profile_problems, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->profile_problems), text->len > 0);
}

static gboolean
validate_field (FieldRow *f)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (f->row));
  const char *problem = hg_company_validate (f->field, text);

  g_clear_pointer (&f->problem, g_free);
  f->problem = g_strdup (problem);

  if (problem != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (f->row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (f->row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (f->row), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (f->row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (f->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (f->row), GTK_ACCESSIBLE_STATE_INVALID);
    }
  update_problems (f->page);
  return problem == NULL;
}

static void
commit_field (FieldRow *f)
{
  HgCompanyPage *self = f->page;
  g_autoptr(GError) error = NULL;

  set_pending (f, 0);
  if (self->workbook == NULL || !validate_field (f))
    return;

  if (!hg_company_set (self->workbook, f->field, gtk_editable_get_text (GTK_EDITABLE (f->row)),
                       &error))
    toast_error (self, error);
}

static gboolean
commit_timeout_cb (gpointer data)
{
  FieldRow *f = data;

  /* The source is finishing: forget it without removing it. */
  f->timeout_id = 0;
  g_object_notify_by_pspec (G_OBJECT (f->page), properties[PROP_HAS_PENDING]);
  commit_field (f);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (GtkEditable *editable,
                  FieldRow    *f)
{
  if (f->page->loading)
    return;
  validate_field (f);
  set_pending (f, g_timeout_add (COMMIT_DELAY_MS, commit_timeout_cb, f));
}

static void
field_activated_cb (AdwEntryRow *row,
                    FieldRow    *f)
{
  commit_field (f);
}

static void
field_focus_leave_cb (GtkEventControllerFocus *controller,
                      FieldRow                *f)
{
  if (f->timeout_id != 0)
    commit_field (f);
}

void
hg_company_page_flush (HgCompanyPage *self)
{
  g_return_if_fail (HG_IS_COMPANY_PAGE (self));

  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    if (self->fields[i].timeout_id != 0)
      commit_field (&self->fields[i]);
}

static void
build_profile_rows (HgCompanyPage *self)
{
  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    {
      FieldRow *f = &self->fields[i];
      GtkEventController *focus = gtk_event_controller_focus_new ();

      f->page = self;
      f->field = i;
      f->row = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), hg_company_field_label (i));
      hg_form_set_max_length (f->row, hg_company_field_max_length (i));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (f->row), FALSE);
      gtk_widget_set_name (GTK_WIDGET (f->row), hg_company_field_key (i));
      /* The undo history is the workbook's; a per-field one would compete
       * with it for Ctrl+Z. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (f->row), FALSE);
      if (i == HG_COMPANY_FIELD_EMPLOYEES || i == HG_COMPANY_FIELD_POSTAL_CODE)
        adw_entry_row_set_input_purpose (f->row, GTK_INPUT_PURPOSE_DIGITS);

      g_signal_connect (f->row, "changed", G_CALLBACK (field_changed_cb), f);
      g_signal_connect (f->row, "entry-activated", G_CALLBACK (field_activated_cb), f);
      g_signal_connect (focus, "leave", G_CALLBACK (field_focus_leave_cb), f);
      gtk_widget_add_controller (GTK_WIDGET (f->row), focus);

      adw_preferences_group_add (self->profile_group, GTK_WIDGET (f->row));
    }
}

static void
load_profile (HgCompanyPage *self)
{
  self->loading = TRUE;
  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    {
      FieldRow *f = &self->fields[i];
      g_autofree char *value = NULL;

      /* A field the user is typing in keeps what they typed. */
      if (f->timeout_id != 0)
        continue;
      value = self->workbook ? hg_company_get (self->workbook, i) : g_strdup ("");
      if (g_strcmp0 (value, gtk_editable_get_text (GTK_EDITABLE (f->row))) != 0)
        gtk_editable_set_text (GTK_EDITABLE (f->row), value);
      validate_field (f);
    }
  self->loading = FALSE;
}

/* ---- Departments, people and roles -------------------------------------- */

static void
clear_dynamic_rows (HgCompanyPage *self)
{
  for (guint i = 0; i < self->dynamic_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->dynamic_rows, i);
      AdwPreferencesGroup *group = g_object_get_data (G_OBJECT (row), "group");

      adw_preferences_group_remove (group, row);
    }
  g_ptr_array_set_size (self->dynamic_rows, 0);
}

static void
add_row (HgCompanyPage       *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  g_object_set_data (G_OBJECT (row), "group", group);
  g_ptr_array_add (self->dynamic_rows, row);
  adw_preferences_group_add (group, row);
}

static void
add_placeholder (HgCompanyPage       *self,
                 AdwPreferencesGroup *group,
                 const char          *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, group, row);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tooltip, -1);
  return button;
}

static void
undo_toast (HgCompanyPage *self,
            const char    *message)
{
  AdwToast *t = adw_toast_new (message);

  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_action_name (t, "win.undo");
  toast (self, t);
}

static void
rename_department_clicked_cb (GtkButton     *button,
                              HgCompanyPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  GtkWidget *dialog = hg_department_dialog_new (self->workbook, id);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_department_clicked_cb (GtkButton     *button,
                              HgCompanyPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  const char *name = g_object_get_data (G_OBJECT (button), "name");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("Removed “%s”"), name);
  if (!hg_department_remove (self->workbook, id, &error))
    toast_error (self, error);
  else
    undo_toast (self, message);
}

static void
load_departments (HgCompanyPage *self,
                  GPtrArray     *departments)
{
  if (departments->len == 0)
    add_placeholder (self, self->departments_group,
                     _("No departments yet. Add them as your company names them, such as "
                       "総務部 or 製造部."));

  for (guint i = 0; i < departments->len; i++)
    {
      HgDepartment *d = g_ptr_array_index (departments, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *rename_tip = g_strdup_printf (_("Rename “%s”"), d->name);
      g_autofree char *remove_tip = g_strdup_printf (_("Remove “%s”"), d->name);
      GtkWidget *rename = icon_button ("document-edit-symbolic", rename_tip);
      GtkWidget *remove = icon_button ("user-trash-symbolic", remove_tip);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_set_data (G_OBJECT (rename), "id", GSIZE_TO_POINTER ((gsize) d->id));
      g_object_set_data (G_OBJECT (remove), "id", GSIZE_TO_POINTER ((gsize) d->id));
      g_object_set_data_full (G_OBJECT (remove), "name", g_strdup (d->name), g_free);
      g_signal_connect (rename, "clicked", G_CALLBACK (rename_department_clicked_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_department_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      add_row (self, self->departments_group, row);
    }
}

static void
edit_person_clicked_cb (GtkButton     *button,
                        HgCompanyPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  GtkWidget *dialog = hg_person_dialog_new (self->workbook, id);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_person_clicked_cb (GtkButton     *button,
                          HgCompanyPage *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "id"));
  const char *name = g_object_get_data (G_OBJECT (button), "name");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_strdup_printf (_("Removed “%s” and their roles"), name);

  if (!hg_person_remove (self->workbook, id, &error))
    toast_error (self, error);
  else
    undo_toast (self, message);
}

static const char *
department_name (GPtrArray *departments,
                 gint64     id)
{
  for (guint i = 0; i < departments->len; i++)
    if (((HgDepartment *) g_ptr_array_index (departments, i))->id == id)
      return ((HgDepartment *) g_ptr_array_index (departments, i))->name;
  return NULL;
}

static void
load_people (HgCompanyPage *self,
             GPtrArray     *people,
             GPtrArray     *departments)
{
  if (people->len == 0)
    add_placeholder (self, self->people_group,
                     _("No people yet. Add the people who will hold the roles below."));

  for (guint i = 0; i < people->len; i++)
    {
      HgPerson *p = g_ptr_array_index (people, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
      g_auto(GStrv) subtitle = NULL;
      g_autofree char *subtitle_text = NULL;
      g_autofree char *edit_tip = g_strdup_printf (_("Edit “%s”"), p->name);
      g_autofree char *remove_tip = g_strdup_printf (_("Remove “%s”"), p->name);
      GtkWidget *edit = icon_button ("document-edit-symbolic", edit_tip);
      GtkWidget *remove = icon_button ("user-trash-symbolic", remove_tip);
      const char *dept = department_name (departments, p->department_id);

      if (p->id == hg_person_get_representative (self->workbook))
        g_strv_builder_add (parts, _("Representative, from the profile above"));
      if (dept != NULL)
        g_strv_builder_add (parts, dept);
      if (p->email[0])
        g_strv_builder_add (parts, p->email);
      if (p->phone[0])
        g_strv_builder_add (parts, p->phone);
      subtitle = g_strv_builder_end (parts);
      subtitle_text = g_strjoinv (" · ", subtitle);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), p->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_text);
      g_object_set_data (G_OBJECT (edit), "id", GSIZE_TO_POINTER ((gsize) p->id));
      g_object_set_data (G_OBJECT (remove), "id", GSIZE_TO_POINTER ((gsize) p->id));
      g_object_set_data_full (G_OBJECT (remove), "name", g_strdup (p->name), g_free);
      g_signal_connect (edit, "clicked", G_CALLBACK (edit_person_clicked_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_person_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      add_row (self, self->people_group, row);
    }
}

static void
role_selected_cb (AdwComboRow   *row,
                  GParamSpec    *pspec,
                  HgCompanyPage *self)
{
  HgOrgRole role = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "role"));
  gint64 dept = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "department"));
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;
  gint64 person;

  if (self->loading || selected == GTK_INVALID_LIST_POSITION || selected >= self->person_ids->len)
    return;

  person = g_array_index (self->person_ids, gint64, selected);
  self->assigning = TRUE;
  if (!hg_org_role_assign (self->workbook, role, dept, person, &error))
    toast_error (self, error);
  self->assigning = FALSE;
}

static GtkWidget *
role_row_new (HgCompanyPage *self,
              GListModel    *names,
              HgOrgRole      role,
              gint64         department_id,
              const char    *title,
              const char    *subtitle)
{
  GtkWidget *row = adw_combo_row_new ();
  gint64 holder = hg_org_role_get_holder (self->workbook, role, department_id);
  g_autofree char *vacancy = role == HG_ORG_ROLE_DEPARTMENT_HEAD
                             ? NULL : hg_role_vacancy_get (self->workbook, role);
  g_autofree char *described = NULL;
  guint position = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* A role left unfilled on purpose says why (the approval dialog records
   * it); choosing a holder ends that. */
  if (vacancy != NULL)
    /* Translators: %s is the reason a role is not filled */
    described = g_strdup_printf (_("Not filled: %s"), vacancy);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), described ? described : subtitle);
  /* The approval dialog's "Fill In" finds the row by this name. */
  if (role != HG_ORG_ROLE_DEPARTMENT_HEAD)
    {
      g_autofree char *name = g_strconcat ("role-", hg_org_role_key (role), NULL);
      gtk_widget_set_name (row, name);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (row), names);

  for (guint i = 0; i < self->person_ids->len; i++)
    if (g_array_index (self->person_ids, gint64, i) == holder)
      position = i;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);

  g_object_set_data (G_OBJECT (row), "role", GUINT_TO_POINTER (role));
  g_object_set_data (G_OBJECT (row), "department", GSIZE_TO_POINTER ((gsize) department_id));
  g_signal_connect (row, "notify::selected", G_CALLBACK (role_selected_cb), self);
  return row;
}

static void
load_roles (HgCompanyPage *self,
            GPtrArray     *people,
            GPtrArray     *departments)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) warnings = NULL;
  gint64 nobody = 0;

  g_array_set_size (self->person_ids, 0);
  gtk_string_list_append (names, _("Not assigned"));
  g_array_append_val (self->person_ids, nobody);
  for (guint i = 0; i < people->len; i++)
    {
      HgPerson *p = g_ptr_array_index (people, i);

      gtk_string_list_append (names, p->name);
      g_array_append_val (self->person_ids, p->id);
    }
  /* A workbook from before the representative was kept as a person: they
   * are offered all the same, and choosing them makes their row. The list
   * shows names only: a title beside them would not fit the row. */
  if (hg_person_get_representative (self->workbook) == 0)
    {
      g_autofree char *rep = hg_company_get (self->workbook, HG_COMPANY_FIELD_REPRESENTATIVE_NAME);
      gint64 id = HG_PERSON_REPRESENTATIVE;

      if (rep[0] != '\0')
        {
          gtk_string_list_append (names, rep);
          g_array_append_val (self->person_ids, id);
        }
    }

  for (HgOrgRole role = 0; role < HG_ORG_N_ROLES; role++)
    if (role != HG_ORG_ROLE_DEPARTMENT_HEAD)
      add_row (self, self->roles_group,
               role_row_new (self, G_LIST_MODEL (names), role, 0, hg_org_role_label (role),
                             hg_org_role_description (role)));

  if (departments->len == 0)
    add_placeholder (self, self->heads_group,
                     _("Each department gets a lead once departments are added above."));
  for (guint i = 0; i < departments->len; i++)
    {
      HgDepartment *d = g_ptr_array_index (departments, i);

      add_row (self, self->heads_group,
               role_row_new (self, G_LIST_MODEL (names), HG_ORG_ROLE_DEPARTMENT_HEAD, d->id,
                             d->name, hg_org_role_label (HG_ORG_ROLE_DEPARTMENT_HEAD)));
    }

  warnings = hg_org_role_check (self->workbook);
  if (warnings->len > 0)
    {
      g_ptr_array_add (warnings, NULL);
      g_autofree char *text = g_strjoinv ("\n", (char **) warnings->pdata);
      gtk_label_set_text (self->warnings_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), warnings->len > 0);
}

static void
reload (HgCompanyPage *self)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) people = NULL;

  load_profile (self);

  self->loading = TRUE;
  clear_dynamic_rows (self);
  if (self->workbook != NULL)
    {
      departments = hg_department_list (self->workbook);
      people = hg_person_list (self->workbook);
      load_departments (self, departments);
      load_people (self, people, departments);
      load_roles (self, people, departments);
    }
  self->loading = FALSE;
}

static void
add_department_clicked_cb (HgCompanyPage *self)
{
  GtkWidget *dialog = hg_department_dialog_new (self->workbook, 0);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_person_clicked_cb (HgCompanyPage *self)
{
  GtkWidget *dialog = hg_person_dialog_new (self->workbook, 0);

  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
reload_idle_cb (gpointer data)
{
  HgCompanyPage *self = data;

  self->reload_id = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
workbook_changed_cb (HgCompanyPage *self,
                     GStrv          tables)
{
  static const char *shown[] = { "company", "department", "person", "org_role", "role_vacancy",
                                 NULL };

  /* An edit of the asset register, say, leaves this page as it is. A role
   * chosen in a combo row changes the workbook from inside that row's
   * handler, and the row must outlive it: those rows are rebuilt once the
   * handler is over. */
  for (guint i = 0; shown[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) tables, shown[i]))
      {
        if (!self->assigning)
          reload (self);
        else if (self->reload_id == 0)
          self->reload_id = g_idle_add (reload_idle_cb, self);
        return;
      }
}

/* ---- GObject ------------------------------------------------------------ */

static void
hg_company_page_dispose (GObject *object)
{
  HgCompanyPage *self = (HgCompanyPage *) object;

  g_clear_handle_id (&self->reload_id, g_source_remove);
  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    {
      g_clear_handle_id (&self->fields[i].timeout_id, g_source_remove);
      g_clear_pointer (&self->fields[i].problem, g_free);
    }
  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_clear_object (&self->workbook);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);
  g_clear_pointer (&self->person_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HG_TYPE_COMPANY_PAGE);

  G_OBJECT_CLASS (hg_company_page_parent_class)->dispose (object);
}

static void
hg_company_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_HAS_PENDING:
      g_value_set_boolean (value, hg_company_page_has_pending (HG_COMPANY_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_company_page_class_init (HgCompanyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_company_page_dispose;
  object_class->get_property = hg_company_page_get_property;

  properties[PROP_HAS_PENDING] =
    g_param_spec_boolean ("has-pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HG_TYPE_CONTACTS_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-company-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, profile_group);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, profile_problems);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, departments_group);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, people_group);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, roles_group);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, heads_group);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, HgCompanyPage, contacts_group);
  gtk_widget_class_bind_template_callback (widget_class, add_department_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_person_clicked_cb);
}

static void
hg_company_page_init (HgCompanyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dynamic_rows = g_ptr_array_new ();
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  build_profile_rows (self);
}

void
hg_company_page_set_workbook (HgCompanyPage *self,
                              HgWorkbook    *workbook)
{
  g_return_if_fail (HG_IS_COMPANY_PAGE (self));

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  for (guint i = 0; i < HG_COMPANY_N_FIELDS; i++)
    set_pending (&self->fields[i], 0);

  g_set_object (&self->workbook, workbook);
  if (workbook != NULL)
    g_signal_connect_swapped (workbook, "changed", G_CALLBACK (workbook_changed_cb), self);
  /* A workbook opened read-only is shown, not changed (the window says why). */
  {
    gboolean editable = workbook == NULL || !hg_workbook_is_read_only (workbook);
    AdwPreferencesGroup *groups[] = { self->profile_group, self->departments_group,
                                      self->people_group, self->roles_group, self->heads_group };

    for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
      gtk_widget_set_sensitive (GTK_WIDGET (groups[i]), editable);
  }
  hg_contacts_group_set_workbook (self->contacts_group, workbook);
  reload (self);
}

AdwEntryRow *
hg_company_page_get_field_row (HgCompanyPage  *self,
                               HgCompanyField  field)
{
  g_return_val_if_fail (HG_IS_COMPANY_PAGE (self), NULL);
  g_return_val_if_fail (field < HG_COMPANY_N_FIELDS, NULL);
  return self->fields[field].row;
}
