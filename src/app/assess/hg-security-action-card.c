/* hg-security-action-card.c
 *
 * The state comes from the core (hg-security-action.h); the card only
 * shows it and, for each step not done, offers the place that does it: the
 * framework on the 自己評価 page, the approval dialog, the dialog that
 * records the publication — each through the window's actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-security-action-card"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-declare-dialog.h"
#include "hg-security-action-card.h"
#include "hg-security-action.h"

struct _HgSecurityActionCard
{
  AdwBin      parent_instance;

  /* Template widgets */
  GtkLabel   *headline_label;
  GtkListBox *steps_list;
  GtkButton  *declare_button;

  HgSession  *session;       /* the page's, for the dialog */
  guint       to_declare;    /* the star the button records: 1, 2 or 0 for none */
};

G_DEFINE_FINAL_TYPE (HgSecurityActionCard, hg_security_action_card, ADW_TYPE_BIN)

static void
declare_clicked_cb (HgSecurityActionCard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  if (self->session == NULL || self->to_declare == 0)
    return;
  dialog = hg_declare_dialog_new (self->session, self->to_declare);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The highest star the company can declare and has not recorded yet. */
static guint
star_to_declare (const HgSecurityAction *action)
{
  if (action->star2_ready && action->declared[2] == NULL)
    return 2;
  if (action->star1_ready && action->declared[1] == NULL && action->declared[2] == NULL)
    return 1;
  return 0;
}

/* The button that opens what fixes @step. */
static GtkWidget *
fix_button_new (HgSecurityActionCard       *self,
                const HgSecurityActionStep *step,
                const HgSecurityAction     *action)
{
  GtkWidget *button;
  g_autofree char *name = g_strdup_printf ("action-fix-%d", step->requirement);

  switch (step->requirement)
    {
    case HG_SECURITY_ACTION_FIVE_MEASURES:
    case HG_SECURITY_ACTION_SELF_CHECK:
      button = gtk_button_new_with_mnemonic (_("_Answer"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-framework");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        step->requirement == HG_SECURITY_ACTION_FIVE_MEASURES
                                        ? "five-measures" : "ipa-self-check");
      break;
    case HG_SECURITY_ACTION_POLICY_APPROVED:
      button = gtk_button_new_with_mnemonic (_("_Approve…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.approve-documents");
      break;
    case HG_SECURITY_ACTION_POLICY_PUBLISHED:
    default:
      button = gtk_button_new_with_mnemonic (_("_Record…"));
      /* Only an approved version can be published (the window's action
       * is off in a workbook opened read-only). The action would turn the
       * button back on: without a version it has none. */
      if (action->policy_version > 0)
        gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.publish-policy");
      else
        gtk_widget_set_sensitive (button, FALSE);
      break;
    }
  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  step->title, -1);
  return button;
}

static GtkWidget *
step_row_new (HgSecurityActionCard       *self,
              const HgSecurityActionStep *step,
              const HgSecurityAction     *action)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *prefix;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), step->detail);
  if (step->done)
    {
      prefix = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (prefix, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (prefix), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Done"), -1);
    }
  else
    {
      /* Which declaration the step is for: ★ or ★★. */
      prefix = gtk_label_new (step->star == 1 ? "★" : "★★");
      gtk_widget_add_css_class (prefix, "dim-label");
    }
  /* One width for the mark and the stars, so that the titles line up. */
  gtk_widget_set_size_request (prefix, 24, -1);
  gtk_widget_set_valign (prefix, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
  if (!step->done)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), fix_button_new (self, step, action));
  return row;
}

void
hg_security_action_card_update (HgSecurityActionCard *self,
                                HgSession            *session)
{
  g_autoptr(HgSecurityAction) action = NULL;
  GtkWidget *child;

  g_return_if_fail (HG_IS_SECURITY_ACTION_CARD (self));

  g_set_object (&self->session, session);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self), session != NULL);
  if (session == NULL)
    return;

  action = hg_security_action_compute (session);
  gtk_label_set_text (self->headline_label, action->headline);
  /* Declaring happens on the scheme's site; the button records it. */
  self->to_declare = star_to_declare (action);
  gtk_widget_set_visible (GTK_WIDGET (self->declare_button),
                          self->to_declare > 0
                          && !hg_workbook_is_read_only (hg_session_get_workbook (session)));
  if (self->to_declare > 0)
    {
      /* Translators: a button; %s is ★ or ★★ */
      g_autofree char *label = g_strdup_printf (_("_Record That You Declared %s…"),
                                                self->to_declare == 1 ? "★" : "★★");

      gtk_button_set_label (self->declare_button, label);
    }
  for (guint i = 0; i < action->steps->len; i++)
    gtk_list_box_append (self->steps_list,
                         step_row_new (self, g_ptr_array_index (action->steps, i), action));
}

static void
hg_security_action_card_dispose (GObject *object)
{
  g_clear_object (&HG_SECURITY_ACTION_CARD (object)->session);
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_SECURITY_ACTION_CARD);
  G_OBJECT_CLASS (hg_security_action_card_parent_class)->dispose (object);
}

static void
hg_security_action_card_class_init (HgSecurityActionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_security_action_card_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-security-action-card.ui");
  gtk_widget_class_bind_template_child (widget_class, HgSecurityActionCard, headline_label);
  gtk_widget_class_bind_template_child (widget_class, HgSecurityActionCard, steps_list);
  gtk_widget_class_bind_template_child (widget_class, HgSecurityActionCard, declare_button);
  gtk_widget_class_bind_template_callback (widget_class, declare_clicked_cb);
}

static void
hg_security_action_card_init (HgSecurityActionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
