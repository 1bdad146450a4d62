/* hg-pack-problems-dialog.c
 *
 * A broken template pack is shown as the list of its problems, each with
 * its line, so the user can mend the file in one go. When loading failed
 * before any line was read (the file cannot be opened, say), the one
 * error message stands in for the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-pack-problems-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-pack-problems-dialog.h"

struct _HgPackProblemsDialog
{
  AdwMessageDialog  parent_instance;

  char             *path;
  char            **problems;
  char             *message;
  GtkListBox       *problem_list;
};

G_DEFINE_FINAL_TYPE (HgPackProblemsDialog, hg_pack_problems_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum
{
  PROP_0,
  PROP_PATH,
  PROP_PROBLEMS,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_problem (HgPackProblemsDialog *self,
             const char           *problem)
{
  GtkWidget *row = adw_action_row_new ();

  /* A problem quotes the file, which may hold any markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_append (self->problem_list, row);
}

static void
hg_pack_problems_dialog_constructed (GObject *object)
{
  HgPackProblemsDialog *self = HG_PACK_PROBLEMS_DIALOG (object);
  g_autofree char *name = g_path_get_basename (self->path ? self->path : "");
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("“%s” Cannot Be Used"), name);

  G_OBJECT_CLASS (hg_pack_problems_dialog_parent_class)->constructed (object);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  for (guint i = 0; self->problems != NULL && self->problems[i] != NULL; i++)
    add_problem (self, self->problems[i]);
  if (self->problems == NULL || self->problems[0] == NULL)
    add_problem (self, self->message);
}

static void
hg_pack_problems_dialog_finalize (GObject *object)
{
  HgPackProblemsDialog *self = HG_PACK_PROBLEMS_DIALOG (object);

  g_free (self->path);
  g_strfreev (self->problems);
  g_free (self->message);
  G_OBJECT_CLASS (hg_pack_problems_dialog_parent_class)->finalize (object);
}

static void
hg_pack_problems_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HG_TYPE_PACK_PROBLEMS_DIALOG);
  G_OBJECT_CLASS (hg_pack_problems_dialog_parent_class)->dispose (object);
}

static void
hg_pack_problems_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  HgPackProblemsDialog *self = HG_PACK_PROBLEMS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_PROBLEMS:
      g_value_set_boxed (value, self->problems);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_pack_problems_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  HgPackProblemsDialog *self = HG_PACK_PROBLEMS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    case PROP_PROBLEMS:
      self->problems = g_value_dup_boxed (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_pack_problems_dialog_class_init (HgPackProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hg_pack_problems_dialog_constructed;
  object_class->dispose = hg_pack_problems_dialog_dispose;
  object_class->finalize = hg_pack_problems_dialog_finalize;
  object_class->get_property = hg_pack_problems_dialog_get_property;
  object_class->set_property = hg_pack_problems_dialog_set_property;

  /* The pack's file: its name is in the heading. */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEMS] =
    g_param_spec_boxed ("problems", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Shown when there are no problems to list. */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-pack-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HgPackProblemsDialog, problem_list);
}

static void
hg_pack_problems_dialog_init (HgPackProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @problems: the lines hg_pack_load_memory() gave, or NULL. */
GtkWidget *
hg_pack_problems_dialog_new (const char *path,
                             GPtrArray  *problems,
                             const char *message)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (problems, i));
  lines = g_strv_builder_end (builder);
  return g_object_new (HG_TYPE_PACK_PROBLEMS_DIALOG, "path", path, "problems", lines,
                       "message", message, NULL);
}
