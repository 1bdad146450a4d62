/* hg-assets-page.c: 情報資産管理台帳, the register as a table
 *
 * The model chain is register → sort → filter → selection. Sorting sits
 * below filtering on purpose: the sort runs when the register or the sort
 * column changes, and a filter keystroke only walks the already sorted list
 * (a few milliseconds for 100,000 rows) instead of sorting again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "hg-text.h"
#include "hg-asset.h"
#include "hg-date.h"
#include "hg-asset-dialog.h"
#include "hg-asset-files.h"
#include "hg-asset-model.h"
#include "hg-asset-row.h"
#include "hg-asset-rules.h"
#include "hg-asset-store.h"
#include "hg-assets-page.h"
#include "hg-form.h"
#include "hg-bulk-edit-dialog.h"
#include "hg-department.h"
#include "hg-import-dialog.h"
#include "hg-list-dialog.h"
#include "hg-person.h"
#include "hg-risk-catalogue.h"
#include "hg-table-header.h"
#include "hg-task-bar.h"

typedef enum
{
  COL_CATEGORY,
  COL_NAME,
  COL_DEPARTMENT,
  COL_OWNER,
  COL_MEDIUM,
  COL_PERSONAL,
  COL_C,
  COL_I,
  COL_A,
  COL_IMPORTANCE,
  COL_LABEL,
  COL_RETENTION,
  COL_UPDATED,
  COL_STATUS,
  N_COLUMNS
} Column;

typedef enum
{
  FILTER_DEPARTMENT,
  FILTER_MEDIUM,
  FILTER_IMPORTANCE,
  FILTER_PERSONAL,
  FILTER_LABEL,
  N_FILTERS
} FilterKind;

struct _HgAssetsPage
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *filter_button;
  GtkFlowBox         *filter_box;
  GtkListView        *list_view;
  GtkScrolledWindow  *scroller;
  GtkBox             *header_slot;
  GtkImage           *sort_arrows[14];
  GtkLabel           *status_label;

  /* Owned references */
  HgWorkbook         *workbook;
  HgAssetModel       *model;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkMultiSelection  *selection;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  HgTableLayout      *table;
  GSettings          *settings;     /* the columns the user hid */
  GSimpleActionGroup *column_actions;
  int                 sort_column;     /* -1: register order */
  gboolean            sort_descending;
  GHashTable         *departments;  /* id → name */
  GHashTable         *departments_folded; /* id → name folded for search */
  GHashTable         *media;
  GHashTable         *people;
  char               *labels[4];
  GtkDropDown        *filter_drops[N_FILTERS];
  GArray             *filter_ids[N_FILTERS]; /* drop-down position → value, -1: any */
  GtkFileChooserNative *chooser;
  guint               n_tasks;      /* imports and exports running in a thread */

  /* Filter state */
  char               *search;       /* folded */
  gint64              filter_value[N_FILTERS];

  guint               updating_filters : 1;
  guint               model_stale : 1;
};

G_DEFINE_FINAL_TYPE (HgAssetsPage, hg_assets_page, ADW_TYPE_BIN)

/* Width, narrowest, when it gives way (0: never), centred, takes spare room.
 * The columns an asset is rated by — C, I, A and the importance that
 * follows — never give way and are narrow; the name takes what is left;
 * when the window is short of room the others shrink, then give way, the
 * least used first. Each can also be hidden from the ⋮ menu. */
static const HgTableColumn columns[N_COLUMNS] = {
  [COL_CATEGORY]   = { 96, 72, 3, FALSE, FALSE },
  [COL_NAME]       = { 240, 140, 0, FALSE, TRUE },
  [COL_DEPARTMENT] = { 110, 80, 2, FALSE, FALSE },
  [COL_OWNER]      = { 100, 80, 5, FALSE, FALSE },
  [COL_MEDIUM]     = { 150, 100, 1, FALSE, FALSE },
  [COL_PERSONAL]   = { 130, 90, 4, FALSE, FALSE },
  [COL_C]          = { 60, 52, 0, TRUE, FALSE },
  [COL_I]          = { 60, 52, 0, TRUE, FALSE },
  [COL_A]          = { 60, 52, 0, TRUE, FALSE },
  [COL_IMPORTANCE] = { 64, 56, 0, TRUE, FALSE },
  [COL_LABEL]      = { 110, 96, 1, FALSE, FALSE },
  [COL_RETENTION]  = { 100, 80, 6, FALSE, FALSE },
  [COL_UPDATED]    = { 100, 88, 7, FALSE, FALSE },
  [COL_STATUS]     = { 76, 60, 8, FALSE, FALSE },
};

/* Full names: the headers' tooltips and accessible names, the ⋮ menu. */
static const char *column_titles[N_COLUMNS] = {
  N_("Business Category"), N_("Asset Name"), N_("Department"), N_("Manager"),
  N_("Medium / Storage"), N_("Personal Info"), N_("Confidentiality"), N_("Integrity"),
  N_("Availability"), N_("Importance"), N_("Classification"), N_("Retention"), N_("Updated"),
  N_("Status"),
};

/* What a narrow rating column's header shows (ja: 機密性; en: C); its
 * tooltip and accessible name say it in full. */
static const char *short_titles[N_COLUMNS] = {
  [COL_C] = NC_("column header, short for Confidentiality", "C"),
  [COL_I] = NC_("column header, short for Integrity", "I"),
  [COL_A] = NC_("column header, short for Availability", "A"),
  [COL_IMPORTANCE] = NC_("column header, short for Importance", "Imp."),
};
static const char *short_contexts[N_COLUMNS] = {
  [COL_C] = "column header, short for Confidentiality",
  [COL_I] = "column header, short for Integrity",
  [COL_A] = "column header, short for Availability",
  [COL_IMPORTANCE] = "column header, short for Importance",
};

/* The key of each column in the settings and in the ⋮ menu's actions. */
static const char *column_keys[N_COLUMNS] = {
  "category", "name", "department", "manager", "medium", "personal", "confidentiality",
  "integrity", "availability", "importance", "classification", "retention", "updated", "status",
};

/* ---- Cell text ----------------------------------------------------------- */

static const char *
lookup (GHashTable *map,
        gint64      id)
{
  const char *name = id > 0 ? g_hash_table_lookup (map, &id) : NULL;

  return name ? name : "";
}

static char *
cell_text (HgAssetsPage *self,
           HgAsset      *asset,
           Column        column)
{
  const HgAssetData *d = hg_asset_get_data (asset);

  switch (column)
    {
    case COL_CATEGORY:   return g_strdup (d->business_category);
    case COL_NAME:       return g_strdup (d->name);
    case COL_DEPARTMENT: return g_strdup (lookup (self->departments, d->department_id));
    case COL_OWNER:      return g_strdup (lookup (self->people, d->owner_id));
    case COL_MEDIUM:     return g_strdup (lookup (self->media, d->medium_id));
    case COL_PERSONAL:
      {
        g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
        g_auto(GStrv) strv = NULL;

        if (d->flags & HG_ASSET_PERSONAL)
          g_strv_builder_add (parts, C_("personal information, short", "PI"));
        if (d->flags & HG_ASSET_SENSITIVE)
          g_strv_builder_add (parts, C_("sensitive personal information, short", "Sensitive"));
        if (d->flags & HG_ASSET_MY_NUMBER)
          g_strv_builder_add (parts, C_("specific personal information, short", "My Number"));
        strv = g_strv_builder_end (parts);
        return g_strjoinv (", ", strv);
      }
    case COL_C:          return g_strdup_printf ("%u", d->confidentiality);
    case COL_I:          return g_strdup_printf ("%u", d->integrity);
    case COL_A:          return g_strdup_printf ("%u", d->availability);
    case COL_IMPORTANCE: return g_strdup_printf ("%u", hg_asset_get_importance (asset));
    case COL_LABEL:      return g_strdup (self->labels[CLAMP (d->confidentiality, 1, 3)]);
    case COL_RETENTION:  return g_strdup (d->retention);
    case COL_UPDATED:    return hg_date_format (d->updated_on, HG_DATE_STYLE_LONG);
    case COL_STATUS:     return g_strdup (d->disposed ? _("Disposed") : _("In use"));
    case N_COLUMNS:
    default:             g_return_val_if_reached (g_strdup (""));
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              HgAssetsPage             *self)
{
  gtk_list_item_set_child (item, hg_asset_row_new (self->table));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             HgAssetsPage             *self)
{
  HgAsset *asset = gtk_list_item_get_item (item);
  GStrv cells = g_new0 (char *, N_COLUMNS + 1);

  for (Column c = 0; c < N_COLUMNS; c++)
    cells[c] = cell_text (self, asset, c);
  hg_asset_row_set_cells (HG_ASSET_ROW (gtk_list_item_get_child (item)), cells,
                          hg_asset_get_importance (asset) == 3 ? COL_IMPORTANCE : G_MAXUINT,
                          hg_asset_get_data (asset)->notes);
}

/* ---- Sorting ------------------------------------------------------------- */

static int
compare_text (const char *a,
              const char *b)
{
  /* Empty cells last, whichever way the column is sorted. */
  if (a[0] == '\0' || b[0] == '\0')
    return (a[0] == '\0') - (b[0] == '\0');
  return strcmp (a, b);
}

static int
sort_cb (gconstpointer a,
         gconstpointer b,
         gpointer      user_data)
{
  HgAssetsPage *self = user_data;
  HgAsset *x = (HgAsset *) a;
  HgAsset *y = (HgAsset *) b;
  const HgAssetData *dx = hg_asset_get_data (x);
  const HgAssetData *dy = hg_asset_get_data (y);
  int r = 0;

  switch ((Column) self->sort_column)
    {
    case COL_CATEGORY:   r = compare_text (dx->business_category, dy->business_category); break;
    case COL_NAME:       r = compare_text (dx->name, dy->name); break;
    case COL_C:          r = (int) dx->confidentiality - (int) dy->confidentiality; break;
    case COL_I:          r = (int) dx->integrity - (int) dy->integrity; break;
    case COL_A:          r = (int) dx->availability - (int) dy->availability; break;
    case COL_IMPORTANCE: r = (int) hg_asset_get_importance (x) - (int) hg_asset_get_importance (y); break;
    case COL_LABEL:      r = (int) dx->confidentiality - (int) dy->confidentiality; break;
    case COL_PERSONAL:   r = (int) dx->flags - (int) dy->flags; break;
    case COL_RETENTION:  r = compare_text (dx->retention, dy->retention); break;
    case COL_UPDATED:    r = strcmp (dx->updated_on, dy->updated_on); break;
    case COL_STATUS:     r = dx->disposed - dy->disposed; break;
    case COL_DEPARTMENT: r = compare_text (lookup (self->departments, dx->department_id),
                                           lookup (self->departments, dy->department_id)); break;
    case COL_OWNER:      r = compare_text (lookup (self->people, dx->owner_id),
                                           lookup (self->people, dy->owner_id)); break;
    case COL_MEDIUM:     r = compare_text (lookup (self->media, dx->medium_id),
                                           lookup (self->media, dy->medium_id)); break;
    case N_COLUMNS:
    default:             break;
    }
  if (self->sort_descending)
    r = -r;
  if (r == 0)
    r = (dx->id > dy->id) - (dx->id < dy->id);
  return r < 0 ? GTK_ORDERING_SMALLER : r > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* ---- Filtering ----------------------------------------------------------- */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  HgAssetsPage *self = user_data;
  HgAsset *asset = item;
  const HgAssetData *d = hg_asset_get_data (asset);
  const gint64 *v = self->filter_value;

  if (v[FILTER_DEPARTMENT] >= 0 && d->department_id != v[FILTER_DEPARTMENT])
    return FALSE;
  if (v[FILTER_MEDIUM] >= 0 && d->medium_id != v[FILTER_MEDIUM])
    return FALSE;
  if (v[FILTER_IMPORTANCE] >= 0 && hg_asset_get_importance (asset) != v[FILTER_IMPORTANCE])
    return FALSE;
  if (v[FILTER_PERSONAL] >= 0 && (d->flags != 0) != (v[FILTER_PERSONAL] == 1))
    return FALSE;
  if (v[FILTER_LABEL] >= 0 && d->confidentiality != v[FILTER_LABEL])
    return FALSE;

  if (self->search != NULL && self->search[0] != '\0')
    {
      if (strstr (hg_asset_get_search_key (asset), self->search) != NULL)
        return TRUE;
      return d->department_id > 0
             && strstr (lookup (self->departments_folded, d->department_id), self->search) != NULL;
    }
  return TRUE;
}

static gboolean
any_filter (HgAssetsPage *self)
{
  for (FilterKind k = 0; k < N_FILTERS; k++)
    if (self->filter_value[k] >= 0)
      return TRUE;
  return FALSE;
}

/* What narrows the list, as the status line says it ("Importance 2, search
 * “顧客”"), or NULL when nothing does. */
static char *
describe_filters (HgAssetsPage *self)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  for (FilterKind k = 0; k < N_FILTERS; k++)
    {
      GtkStringObject *choice = gtk_drop_down_get_selected_item (self->filter_drops[k]);

      if (self->filter_value[k] >= 0 && choice != NULL)
        g_strv_builder_add (parts, gtk_string_object_get_string (choice));
    }
  if (search[0] != '\0')
    {
      /* Translators: what the register is filtered by, the text searched for */
      g_autofree char *searched = g_strdup_printf (_("search “%s”"), search);

      g_strv_builder_add (parts, searched);
    }
  strv = g_strv_builder_end (parts);
  /* Translators: between the filters in "filtered by Importance 2, search “顧客”" */
  return strv[0] != NULL ? g_strjoinv (C_("list separator", ", "), strv) : NULL;
}

static void
update_status (HgAssetsPage *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n_selected = (guint) gtk_bitset_get_size (selected);
  gboolean editable = self->workbook == NULL || !hg_workbook_is_read_only (self->workbook);
  gboolean loading = hg_asset_model_is_loading (self->model);
  static const char * const edits[] = { "assets.add", "assets.import", "assets.load-examples",
                                        "assets.edit-media", "assets.edit-labels" };
  g_autofree char *text = NULL;

  g_autofree char *why = describe_filters (self);

  if (why == NULL && loading)
    {
      guint expected = MAX (total, hg_asset_model_get_n_expected (self->model));

      /* Translators: while the register is read, rows read so far of all */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Reading the register… %u of %u asset",
                                           "Reading the register… %u of %u assets", expected),
                              total, expected);
    }
  else if (why == NULL)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u asset", "%u assets", total), total);
  else
    /* Translators: then what narrows the list, e.g. "Importance 2, search “顧客”" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u asset shown, filtered by %s",
                                         "%u of %u assets shown, filtered by %s", total),
                            shown, total, why);
  if (why != NULL && loading)
    {
      /* Translators: after "12 of 4000 assets shown, filtered by …" while
       * the rest of the register is still being read */
      g_autofree char *reading = g_strdup_printf (_("%s; still reading the register"), text);

      g_free (text);
      text = g_steal_pointer (&reading);
    }
  if (n_selected > 1)
    {
      g_autofree char *with = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u selected",
                                                            "%s, %u selected", n_selected),
                                               text, n_selected);
      g_free (text);
      text = g_steal_pointer (&with);
    }
  gtk_label_set_text (self->status_label, text);

  gtk_stack_set_visible_child_name (self->stack, total == 0 && self->workbook ? "empty"
                                                                              : "register");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.duplicate",
                                 editable && n_selected == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.edit", editable && n_selected >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.remove", editable && n_selected >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.export",
                                 total > 0 && self->n_tasks == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.clear-filters", any_filter (self));
  /* A workbook opened read-only is shown, not changed (the window says why). */
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edits[i], editable);
  /* An import waits for the one under way: both would preview at once. */
  if (self->n_tasks > 0)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "assets.import", FALSE);
}

static void
refilter (HgAssetsPage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (HgAssetsPage *self)
{
  g_autofree char *before = g_steal_pointer (&self->search);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  self->search = hg_text_fold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  /* Typing on only narrows what is shown, deleting only widens it: telling
   * the filter model lets it look at the shown or the hidden rows alone. */
  if (before != NULL && g_str_has_prefix (self->search, before))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (before != NULL && g_str_has_prefix (before, self->search))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  if (g_strcmp0 (before, self->search) != 0)
    gtk_filter_changed (GTK_FILTER (self->filter), change);
  update_status (self);
}

static void
filter_selected_cb (GtkDropDown  *drop,
                    GParamSpec   *pspec,
                    HgAssetsPage *self)
{
  FilterKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop), "kind"));
  guint position = gtk_drop_down_get_selected (drop);

  if (self->updating_filters || position >= self->filter_ids[kind]->len)
    return;
  self->filter_value[kind] = g_array_index (self->filter_ids[kind], gint64, position);
  /* A filter is never on unseen: one set from elsewhere (the company
   * page's "assets of this department") shows the bar. */
  if (self->filter_value[kind] >= 0)
    gtk_toggle_button_set_active (self->filter_button, TRUE);
  refilter (self);
  update_status (self);
}

static void
clear_filters (HgAssetsPage *self)
{
  if (!any_filter (self))
    return;
  self->updating_filters = TRUE;
  for (FilterKind k = 0; k < N_FILTERS; k++)
    {
      gtk_drop_down_set_selected (self->filter_drops[k], 0);
      self->filter_value[k] = -1;
    }
  self->updating_filters = FALSE;
  refilter (self);
  update_status (self);
}

/* Hiding the bar clears its filters: what is not on screen does not
 * filter. */
static void
filter_bar_toggled_cb (HgAssetsPage *self)
{
  if (!gtk_toggle_button_get_active (self->filter_button))
    clear_filters (self);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  clear_filters (HG_ASSETS_PAGE (widget));
}

static void
fill_filter (HgAssetsPage *self,
             FilterKind    kind,
             const char   *any_label,
             GPtrArray    *names,  /* of char*, or NULL */
             const gint64 *ids)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GArray *values = self->filter_ids[kind];
  gint64 any = -1;
  guint selected = 0;

  g_array_set_size (values, 0);
  gtk_string_list_append (strings, any_label);
  g_array_append_val (values, any);
  for (guint i = 0; names != NULL && i < names->len; i++)
    {
      gtk_string_list_append (strings, g_ptr_array_index (names, i));
      g_array_append_val (values, ids[i]);
      if (ids[i] == self->filter_value[kind])
        selected = i + 1;
    }
  if (selected == 0)
    self->filter_value[kind] = -1;

  self->updating_filters = TRUE;
  gtk_drop_down_set_model (self->filter_drops[kind], G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->filter_drops[kind], selected);
  self->updating_filters = FALSE;
}

/* Keeps @id → @name in @map, and adds them to @names and @ids. */
static void
add_name (GHashTable *map,
          gint64      id,
          const char *name,
          GPtrArray  *names,
          GArray     *ids)
{
  g_hash_table_insert (map, g_memdup2 (&id, sizeof id), g_strdup (name));
  if (names != NULL)
    {
      g_ptr_array_add (names, g_strdup (name));
      g_array_append_val (ids, id);
    }
}

/* Names shown in the table and offered in the filters. */
static void
reload_names (HgAssetsPage *self)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) media = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) dept_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) dept_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) medium_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) medium_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) label_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) yes_no = g_ptr_array_new ();
  const gint64 level_ids[] = { 3, 2, 1 };
  const gint64 yes_no_ids[] = { 1, 0 };

  if (self->workbook == NULL)
    return;

  departments = hg_department_list (self->workbook);
  g_hash_table_remove_all (self->departments);
  for (guint i = 0; i < departments->len; i++)
    {
      const HgDepartment *department = g_ptr_array_index (departments, i);

      add_name (self->departments, department->id, department->name, dept_names, dept_ids);
    }
  g_hash_table_remove_all (self->departments_folded);
  for (guint i = 0; i < dept_ids->len; i++)
    {
      gint64 *id = g_memdup2 (&g_array_index (dept_ids, gint64, i), sizeof (gint64));
      g_hash_table_insert (self->departments_folded, id,
                           hg_text_fold (g_ptr_array_index (dept_names, i)));
    }
  media = hg_asset_store_list_media (self->workbook);
  g_hash_table_remove_all (self->media);
  for (guint i = 0; i < media->len; i++)
    {
      const HgNamedItem *medium = g_ptr_array_index (media, i);

      add_name (self->media, medium->id, hg_risk_catalogue_display_builtin_medium (medium->name),
                medium_names, medium_ids);
    }
  people = hg_person_list (self->workbook);
  g_hash_table_remove_all (self->people);
  for (guint i = 0; i < people->len; i++)
    {
      const HgPerson *person = g_ptr_array_index (people, i);

      add_name (self->people, person->id, person->name, NULL, NULL);
    }
  for (guint level = 1; level <= 3; level++)
    {
      g_free (self->labels[level]);
      self->labels[level] = hg_asset_store_get_label (self->workbook, level);
    }

  for (guint i = 0; i < 3; i++)
    {
      /* Translators: a filter choice, e.g. "Importance 3" */
      g_ptr_array_add (levels, g_strdup_printf (_("Importance %u"), (guint) level_ids[i]));
      g_ptr_array_add (label_names, g_strdup_printf ("%s (%u)", self->labels[level_ids[i]],
                                                     (guint) level_ids[i]));
    }
  g_ptr_array_add (yes_no, (gpointer) _("Holds personal information"));
  g_ptr_array_add (yes_no, (gpointer) _("No personal information"));

  fill_filter (self, FILTER_DEPARTMENT, _("All departments"), dept_names,
               (gint64 *) dept_ids->data);
  fill_filter (self, FILTER_MEDIUM, _("All media"), medium_names, (gint64 *) medium_ids->data);
  fill_filter (self, FILTER_IMPORTANCE, _("Any importance"), levels, level_ids);
  fill_filter (self, FILTER_PERSONAL, _("With or without personal information"), yes_no,
               yes_no_ids);
  fill_filter (self, FILTER_LABEL, _("All classifications"), label_names, level_ids);
}

static void
workbook_changed_cb (HgAssetsPage *self,
                     GStrv         tables)
{
  static const char *named[] = { "department", "medium", "person", "confidentiality_label", NULL };

  for (guint i = 0; named[i] != NULL; i++)
    if (g_strv_contains ((const char * const *) tables, named[i]))
      {
        reload_names (self);
        /* Names are drawn from the maps at bind time: make every visible
         * row bind again. Renames are rare; a full refresh is fine. */
        g_list_model_items_changed (G_LIST_MODEL (self->model), 0,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                                    g_list_model_get_n_items (G_LIST_MODEL (self->model)));
        refilter (self);
        break;
      }
}

/* ---- Actions ------------------------------------------------------------- */

static GArray *
selected_ids (HgAssetsPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(HgAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      gint64 id = hg_asset_get_id (asset);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
toast (HgAssetsPage *self,
       const char   *message,
       gboolean      with_undo)
{
  AdwToast *t = adw_toast_new (message);

  if (with_undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo");
    }
  hg_form_toast (GTK_WIDGET (self), t);
}

static void
present_dialog (HgAssetsPage *self,
                GtkWidget    *dialog)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
select_asset (HgAssetsPage *self,
              gint64        id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HgAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (hg_asset_get_id (asset) == id)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                      "u", i);
          return;
        }
    }
}

static void
asset_saved_cb (HgAssetsPage *self,
                gint64        id)
{
  select_asset (self, id);
}

static void
add_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);
  GtkWidget *dialog = hg_asset_dialog_new (self->workbook, 0);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (asset_saved_cb), self, G_CONNECT_SWAPPED);
  present_dialog (self, dialog);
}

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);

  if (ids->len == 1)
    present_dialog (self, hg_asset_dialog_new (self->workbook, g_array_index (ids, gint64, 0)));
  else if (ids->len > 1)
    present_dialog (self, hg_bulk_edit_dialog_new (self->workbook, (gint64 *) ids->data,
                                                   ids->len));
}

static void
row_activated_cb (HgAssetsPage *self,
                  guint         position)
{
  g_autoptr(HgAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (asset != NULL)
    present_dialog (self, hg_asset_dialog_new (self->workbook, hg_asset_get_id (asset)));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (ids->len != 1)
    return;
  id = hg_asset_store_duplicate (self->workbook, g_array_index (ids, gint64, 0), &error);
  if (id == 0)
    toast (self, error->message, FALSE);
  else
    select_asset (self, id);
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (ids->len == 0)
    return;
  /* Removing is undoable, so it asks nothing and offers Undo instead. */
  if (!hg_asset_store_remove (self->workbook, (gint64 *) ids->data, ids->len, &error))
    {
      toast (self, error->message, FALSE);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u asset",
                                          "Removed %u assets", ids->len), ids->len);
  toast (self, message, TRUE);
}

static void
load_examples_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!hg_asset_store_load_examples (self->workbook, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, _("Loaded 20 example assets of a fictional parts maker"), TRUE);
}

/* ---- Import and export, in a thread ---------------------------------------- */

/* What an import or export task works on. The workbook is only watched:
 * the thread never touches it, and the page compares it when the task
 * returns, since the window may have opened another meanwhile. */
typedef struct
{
  GWeakRef        workbook;
  char           *path;
  HgAssetImport  *import;
  HgAssetExport  *export;
} Task;

static void
task_free (Task *t)
{
  g_weak_ref_clear (&t->workbook);
  g_free (t->path);
  g_clear_pointer (&t->import, hg_asset_import_free);
  g_clear_pointer (&t->export, hg_asset_export_free);
  g_free (t);
}

static Task *
task_new (HgAssetsPage *self,
          const char   *path)
{
  Task *t = g_new0 (Task, 1);

  g_weak_ref_init (&t->workbook, self->workbook);
  t->path = g_strdup (path);
  return t;
}

/* The import and export actions are off while a task of the page runs. */
static void
set_busy (HgAssetsPage *self,
          gboolean      busy)
{
  self->n_tasks += busy ? 1 : -1;
  update_status (self);
}

/* Returns whether the task's result is still wanted: not cancelled, the
 * window still open, and the page still showing the workbook the task was
 * started for. */
static gboolean
task_finish (HgAssetsPage  *self,
             GAsyncResult  *result,
             Task         **t,
             GError       **error)
{
  gboolean ok = hg_task_row_finish (result, (gpointer *) t, error);
  g_autoptr(HgWorkbook) workbook = g_weak_ref_get (&(*t)->workbook);

  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    {
      self->n_tasks--;
      return FALSE;
    }
  set_busy (self, FALSE);
  if (workbook != self->workbook || g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  g_assert (ok == (*error == NULL));
  return TRUE;
}

static gboolean
import_check (HgJob     *job,
              gpointer   data,
              GError   **error)
{
  Task *t = data;
  /* Opened here, not on the main thread: telling the format and reading an
   * Excel sheet take time too. */
  g_autoptr(HgSheetReader) reader = hg_sheet_reader_open (t->path, error);

  return reader != NULL && hg_job_check (job, error)
         && hg_asset_import_check_rows (t->import, reader, job, error);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (source);
  g_autoptr(GError) error = NULL;
  Task *t = NULL;

  if (!task_finish (self, result, &t, &error))
    return;
  if (error != NULL)
    {
      GtkWidget *alert = adw_message_dialog_new (
        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), _("Cannot Import This File"),
        error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
      return;
    }
  present_dialog (self, hg_import_dialog_new_for_assets (self->workbook,
                                                         g_steal_pointer (&t->import), t->path));
}

static gboolean
export_write (HgJob     *job,
              gpointer   data,
              GError   **error)
{
  Task *t = data;

  return hg_asset_export_write (t->export, t->path, job, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *message = NULL;
  Task *t = NULL;

  if (!task_finish (self, result, &t, &error))
    return;
  /* A dialog, not a toast: a refused or failed export must not pass
   * unnoticed. */
  if (error != NULL)
    {
      hg_form_show_error (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          _("Could Not Export"), error->message);
      return;
    }
  base = g_path_get_basename (t->path);
  message = g_strdup_printf (_("Exported to “%s”"), base);
  toast (self, message, FALSE);
}

/* Reads and checks @path in a thread, then shows the preview. */
void
hg_assets_page_start_import (HgAssetsPage *self,
                             const char   *path)
{
  g_autofree char *base = g_path_get_basename (path);
  /* Translators: shown with a progress bar while a file is read and checked */
  g_autofree char *title = g_strdup_printf (_("Reading “%s”…"), base);
  Task *t;

  g_return_if_fail (HG_IS_ASSETS_PAGE (self) && self->workbook != NULL);

  t = task_new (self, path);
  t->import = hg_asset_import_new (self->workbook);
  set_busy (self, TRUE);
  hg_task_bar_run (GTK_WIDGET (self), title, import_check, t, (GDestroyNotify) task_free,
                   import_done_cb, NULL);
}

/* Writes the register as the list holds it, in a thread. */
void
hg_assets_page_start_export (HgAssetsPage      *self,
                             HgAssetFileFormat  format,
                             const char        *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *title = g_strdup_printf (_("Exporting “%s”…"), base);
  Task *t;

  g_return_if_fail (HG_IS_ASSETS_PAGE (self) && self->workbook != NULL);

  t = task_new (self, path);
  /* The list's assets when it has them; a page not shown yet has not read
   * the register, and the export reads it. */
  t->export = hg_asset_export_new (self->workbook,
                                   self->model_stale ? NULL : G_LIST_MODEL (self->model),
                                   format);
  set_busy (self, TRUE);
  hg_task_bar_run (GTK_WIDGET (self), title, export_write, t, (GDestroyNotify) task_free,
                   export_done_cb, NULL);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     HgAssetsPage    *self)
{
  const char *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  path = g_file_get_path (file);
  if (path == NULL)
    goto out;

  if (g_str_equal (kind, "import"))
    hg_assets_page_start_import (self, path);
  else
    {
      HgAssetFileFormat format = g_str_equal (kind, "csv") ? HG_ASSET_FILE_CSV
                                                           : HG_ASSET_FILE_XLSX;
      g_autofree char *target = hg_asset_file_with_extension (path, format);

      hg_assets_page_start_export (self, format, target);
    }

out:
  g_clear_object (&self->chooser);
}

static void
run_chooser (HgAssetsPage *self,
             const char   *kind)
{
  gboolean import = g_str_equal (kind, "import");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (
    import ? _("Import Assets") : _("Export Assets"),
    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
    import ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
    import ? _("_Open") : _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  if (import || g_str_equal (kind, "csv"))
    {
      gtk_file_filter_add_pattern (filter, "*.csv");
      gtk_file_filter_add_pattern (filter, "*.CSV");
    }
  if (import || g_str_equal (kind, "xlsx"))
    {
      gtk_file_filter_add_pattern (filter, "*.xlsx");
      gtk_file_filter_add_pattern (filter, "*.XLSX");
    }
  gtk_file_filter_set_name (filter, import ? _("CSV and Excel files")
                                           : g_str_equal (kind, "csv") ? _("CSV files")
                                                                       : _("Excel workbooks"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (!import)
    {
      /* Translators: default file name of an exported register; keep it short */
      g_autofree char *name = g_strdup_printf ("%s.%s", _("Information asset register"), kind);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }

  g_object_set_data_full (G_OBJECT (self->chooser), "kind", g_strdup (kind), g_free);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  run_chooser (HG_ASSETS_PAGE (widget), "import");
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  run_chooser (HG_ASSETS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
edit_media_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);

  present_dialog (self, hg_list_dialog_new (self->workbook, HG_LIST_DIALOG_MEDIA));
}

static void
edit_labels_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);

  present_dialog (self, hg_list_dialog_new (self->workbook, HG_LIST_DIALOG_LABELS));
}

static gboolean
focus_search_cb (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (HG_ASSETS_PAGE (widget)->search_entry));
  return TRUE;
}

/* ---- Setup --------------------------------------------------------------- */

static void
update_sort_arrows (HgAssetsPage *self)
{
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->sort_arrows[c]), (int) c == self->sort_column);
      gtk_image_set_from_icon_name (self->sort_arrows[c], self->sort_descending
                                                          ? "pan-up-symbolic"
                                                          : "pan-down-symbolic");
    }
}

static void
header_clicked_cb (GtkButton    *button,
                   HgAssetsPage *self)
{
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "column"));

  hg_assets_page_sort_by (self, column,
                          column == self->sort_column ? !self->sort_descending : FALSE);
}

/* The columns the user hid, from the settings: a choice of how to look at
 * the register, the user's own, not the company's data the workbook holds
 * and shares. */
static void
load_hidden_columns (HgAssetsPage *self)
{
  g_auto(GStrv) hidden = g_settings_get_strv (self->settings, "asset-columns-hidden");

  for (Column c = 0; c < N_COLUMNS; c++)
    {
      gboolean hide = g_strv_contains ((const char * const *) hidden, column_keys[c]);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->column_actions),
                                                    column_keys[c]);

      hg_table_layout_set_hidden (self->table, c, hide);
      if (action != NULL)
        g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (!hide));
    }
}

static void
column_shown_cb (GSimpleAction *action,
                 GVariant      *state,
                 HgAssetsPage  *self)
{
  g_autoptr(GStrvBuilder) hidden = g_strv_builder_new ();
  g_auto(GStrv) keys = NULL;
  const char *key = g_action_get_name (G_ACTION (action));

  g_simple_action_set_state (action, state);
  for (Column c = 0; c < N_COLUMNS; c++)
    {
      gboolean hide = hg_table_layout_get_hidden (self->table, c);

      if (g_str_equal (column_keys[c], key))
        hide = !g_variant_get_boolean (state);
      if (hide)
        g_strv_builder_add (hidden, column_keys[c]);
    }
  keys = g_strv_builder_end (hidden);
  /* The settings' "changed" applies it, here and in other windows. */
  g_settings_set_strv (self->settings, "asset-columns-hidden", (const char * const *) keys);
}

static GtkWidget *
header_button (HgAssetsPage *self,
               Column        c)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  const char *title = short_titles[c] != NULL
                      ? g_dpgettext2 (GETTEXT_PACKAGE, short_contexts[c], short_titles[c])
                      : _(column_titles[c]);
  GtkWidget *label = gtk_label_new (title);
  g_autofree char *tip = g_strdup_printf (_("Sort by “%s”"), _(column_titles[c]));

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), columns[c].centered ? 0.5 : 0);
  gtk_widget_set_hexpand (label, TRUE);
  self->sort_arrows[c] = GTK_IMAGE (gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sort_arrows[c]));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "column-header");
  /* A short header says in full what it is, to the eye and the ear. */
  gtk_widget_set_tooltip_text (button, tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(column_titles[c]), -1);
  g_object_set_data (G_OBJECT (button), "column", GINT_TO_POINTER (c));
  g_signal_connect (button, "clicked", G_CALLBACK (header_clicked_cb), self);
  return button;
}

static void
build_columns (HgAssetsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *header;

  self->table = hg_table_layout_new (columns, N_COLUMNS);
  header = hg_table_header_new (self->table, gtk_scrolled_window_get_hadjustment (self->scroller));
  gtk_widget_add_css_class (header, "register-header");
  for (Column c = 0; c < N_COLUMNS; c++)
    hg_table_header_set_cell (HG_TABLE_HEADER (header), c, header_button (self, c));
  gtk_box_append (self->header_slot, header);
  update_sort_arrows (self);

  /* ⋮ → Columns: a check for each column that may be hidden. */
  self->column_actions = g_simple_action_group_new ();
  for (Column c = 0; c < N_COLUMNS; c++)
    if (columns[c].priority > 0)
      {
        g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (
          column_keys[c], NULL, g_variant_new_boolean (TRUE));

        g_signal_connect (action, "change-state", G_CALLBACK (column_shown_cb), self);
        g_action_map_add_action (G_ACTION_MAP (self->column_actions), G_ACTION (action));
      }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns",
                                  G_ACTION_GROUP (self->column_actions));
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::asset-columns-hidden",
                            G_CALLBACK (load_hidden_columns), self);
  load_hidden_columns (self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

static void
build_filters (HgAssetsPage *self)
{
  static const char *names[N_FILTERS] = {
    N_("Department"), N_("Medium"), N_("Importance"), N_("Personal information"),
    N_("Classification"),
  };
  GtkWidget *clear;

  for (FilterKind k = 0; k < N_FILTERS; k++)
    {
      self->filter_drops[k] = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
      self->filter_ids[k] = g_array_new (FALSE, FALSE, sizeof (gint64));
      self->filter_value[k] = -1;
      g_object_set_data (G_OBJECT (self->filter_drops[k]), "kind", GUINT_TO_POINTER (k));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->filter_drops[k]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(names[k]), -1);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_drops[k]), _(names[k]));
      g_signal_connect (self->filter_drops[k], "notify::selected",
                        G_CALLBACK (filter_selected_cb), self);
      gtk_flow_box_append (self->filter_box, GTK_WIDGET (self->filter_drops[k]));
    }
  clear = gtk_button_new_with_mnemonic (_("_Clear Filters"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (clear), "assets.clear-filters");
  gtk_widget_add_css_class (clear, "flat");
  gtk_flow_box_append (self->filter_box, clear);
  g_signal_connect_swapped (self->filter_button, "notify::active",
                            G_CALLBACK (filter_bar_toggled_cb), self);
}

static void
selection_changed_cb (HgAssetsPage *self)
{
  update_status (self);
}

static void
hg_assets_page_map (GtkWidget *widget)
{
  HgAssetsPage *self = HG_ASSETS_PAGE (widget);

  if (self->model_stale)
    {
      self->model_stale = FALSE;
      hg_asset_model_set_workbook (self->model, self->workbook);
    }
  GTK_WIDGET_CLASS (hg_assets_page_parent_class)->map (widget);
}

static void
hg_assets_page_dispose (GObject *object)
{
  HgAssetsPage *self = (HgAssetsPage *) object;

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_clear_object (&self->workbook);
  g_clear_object (&self->chooser);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->column_actions);
  g_clear_object (&self->table);
  if (self->model != NULL)
    hg_asset_model_set_workbook (self->model, NULL);
  /* No gtk_widget_dispose_template(): the template's root, the stack, is a
   * bound child that AdwBin also owns, and would be unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->model);
  g_clear_pointer (&self->departments, g_hash_table_unref);
  g_clear_pointer (&self->departments_folded, g_hash_table_unref);
  g_clear_pointer (&self->media, g_hash_table_unref);
  g_clear_pointer (&self->people, g_hash_table_unref);
  for (guint i = 0; i < 4; i++)
    g_clear_pointer (&self->labels[i], g_free);
  for (guint k = 0; k < N_FILTERS; k++)
    g_clear_pointer (&self->filter_ids[k], g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (hg_assets_page_parent_class)->dispose (object);
}

static void
hg_assets_page_class_init (HgAssetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_assets_page_dispose;
  widget_class->map = hg_assets_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/hg-assets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, header_slot);
  gtk_widget_class_bind_template_child (widget_class, HgAssetsPage, status_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "assets.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "assets.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "assets.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "assets.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "assets.load-examples", NULL,
                                   load_examples_action);
  gtk_widget_class_install_action (widget_class, "assets.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "assets.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "assets.edit-media", NULL, edit_media_action);
  gtk_widget_class_install_action (widget_class, "assets.edit-labels", NULL, edit_labels_action);
  gtk_widget_class_install_action (widget_class, "assets.clear-filters", NULL,
                                   clear_filters_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "assets.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "assets.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "assets.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "assets.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "assets.add", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_search_cb, NULL);
}

static void
hg_assets_page_init (HgAssetsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->departments = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->departments_folded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->media = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint level = 1; level <= 3; level++)
    self->labels[level] = g_strdup ("");

  self->sort_column = -1;
  build_columns (self);
  build_filters (self);

  self->model = hg_asset_model_new ();
  self->sorter = gtk_custom_sorter_new (sort_cb, self, NULL);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->model)),
                                              GTK_SORTER (self->sorter));
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)),
                                                  GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (self->filter); /* the filter model holds it */

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  update_status (self);
}

void
hg_assets_page_set_workbook (HgAssetsPage *self,
                             HgWorkbook   *workbook)
{
  g_return_if_fail (HG_IS_ASSETS_PAGE (self));

  if (self->workbook != NULL)
    g_signal_handlers_disconnect_by_data (self->workbook, self);
  g_set_object (&self->workbook, workbook);
  if (workbook != NULL)
    {
      /* Before the model's own handler, so names are fresh when rows bind. */
      g_signal_connect_swapped (workbook, "changed", G_CALLBACK (workbook_changed_cb), self);
      reload_names (self);
    }
  /* The register is read when the page is first shown, not when the
   * workbook opens: the page shown first may be another. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    hg_asset_model_set_workbook (self->model, workbook);
  else
    {
      hg_asset_model_set_workbook (self->model, NULL);
      self->model_stale = TRUE;
    }
  update_status (self);
}

void
hg_assets_page_set_search (HgAssetsPage *self,
                           const char   *text)
{
  g_return_if_fail (HG_IS_ASSETS_PAGE (self));

  const char *current = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Edit the entry the way typing does — append or delete at the end —
   * rather than replace its text, which would pass through an empty
   * search and filter twice. */
  if (g_str_has_prefix (text, current))
    {
      int position = (int) g_utf8_strlen (current, -1);

      gtk_editable_insert_text (GTK_EDITABLE (self->search_entry), text + strlen (current), -1,
                                &position);
    }
  else if (g_str_has_prefix (current, text))
    gtk_editable_delete_text (GTK_EDITABLE (self->search_entry),
                              (int) g_utf8_strlen (text, -1), -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);

  /* Apply at once rather than after the entry's typing delay; when the
   * delay ends, the same text changes nothing. */
  search_changed_cb (self);
}

void
hg_assets_page_set_department_filter (HgAssetsPage *self,
                                      gint64        department_id)
{
  GArray *ids = self->filter_ids[FILTER_DEPARTMENT];

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == department_id)
      gtk_drop_down_set_selected (self->filter_drops[FILTER_DEPARTMENT], i);
}

guint
hg_assets_page_get_n_shown (HgAssetsPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

guint
hg_assets_page_get_n_total (HgAssetsPage *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

/* Whether part of the register is still being read (the status line says
 * so); until then the total counts the rows read so far. */
gboolean
hg_assets_page_is_loading (HgAssetsPage *self)
{
  g_return_val_if_fail (HG_IS_ASSETS_PAGE (self), FALSE);
  return hg_asset_model_is_loading (self->model);
}

/* The line under the register: how many assets are shown, and why. */
const char *
hg_assets_page_get_status (HgAssetsPage *self)
{
  g_return_val_if_fail (HG_IS_ASSETS_PAGE (self), NULL);
  return gtk_label_get_text (self->status_label);
}

GtkScrolledWindow *
hg_assets_page_get_scrolled_window (HgAssetsPage *self)
{
  return self->scroller;
}

/* @column counts from 0 in the order of the table's headers; -1 goes back
 * to the order the assets were registered in. */
void
hg_assets_page_sort_by (HgAssetsPage *self,
                        int           column,
                        gboolean      descending)
{
  g_return_if_fail (HG_IS_ASSETS_PAGE (self));
  g_return_if_fail (column >= -1 && column < N_COLUMNS);

  self->sort_column = column;
  self->sort_descending = descending;
  update_sort_arrows (self);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

void
hg_assets_page_select_all (HgAssetsPage *self)
{
  gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}

GListModel *
hg_assets_page_get_shown (HgAssetsPage *self)
{
  return G_LIST_MODEL (self->selection);
}
