/* hg-session.c
 *
 * What several pages derive from one workbook is derived here, once: the
 * template pack (parsing and validating it takes tens of milliseconds), the
 * risk catalogue, the risk sheet (783,332 rows for 100,000 assets) and the
 * context the pack's texts read. The session listens to the workbook's
 * "changed" once, brings each of them up to date from the tables the edit
 * touched, and then says what changed, so a page follows an edit without
 * reading the workbook again.
 *
 * The sheet is kept current as edits come in when that is cheap (a rating
 * or an answer recomputes only the rows it reaches); an edit of the
 * register itself makes the sheet read everything, and that is put off
 * until somebody asks for the sheet, so editing a large register while no
 * risk view is shown costs nothing here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-session"

#include "config.h"

#include "hg-policy.h"
#include "hg-session.h"

struct _HgSession
{
  GObject          parent_instance;

  HgWorkbook      *workbook;
  HgPack          *pack;
  GError          *pack_error;      /* why the workbook's own pack could not be read */
  HgPack          *builtin_pack;
  char            *pack_name;
  HgPackContext   *context;
  HgRiskCatalogue *catalogue;
  GError          *catalogue_error;
  HgRiskSheet     *sheet;
  guint            pack_name_read : 1;
  guint            sheet_outdated : 1;
};

G_DEFINE_FINAL_TYPE (HgSession, hg_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKBOOK,
  N_PROPS
};

enum {
  CHANGED,
  PACK_CHANGED,
  DOCUMENTS_CHANGED,
  RISKS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
forget_pack (HgSession *self)
{
  g_clear_pointer (&self->context, hg_pack_context_free);
  g_clear_pointer (&self->pack, hg_pack_free);
  g_clear_error (&self->pack_error);
  g_clear_pointer (&self->pack_name, g_free);
  self->pack_name_read = FALSE;
}

/* A rating or an answer: only the rows it reaches, now. The register
 * itself: everything, but only when the sheet is next asked for. */
static void
update_sheet (HgSession          *self,
              const char * const *tables)
{
  g_autoptr(GArray) rows = NULL;

  if (self->sheet == NULL || self->sheet_outdated)
    return;
  if (hg_risk_sheet_reloads_for (tables))
    {
      self->sheet_outdated = TRUE;
      g_signal_emit (self, signals[RISKS_CHANGED], 0, NULL, TRUE);
      return;
    }
  switch (hg_risk_sheet_refresh (self->sheet, tables, &rows))
    {
    case HG_RISK_SHEET_UPDATED:
      g_signal_emit (self, signals[RISKS_CHANGED], 0, rows, FALSE);
      break;
    case HG_RISK_SHEET_RELOADED:
      g_signal_emit (self, signals[RISKS_CHANGED], 0, NULL, TRUE);
      break;
    case HG_RISK_SHEET_UNCHANGED:
    default:
      break;
    }
}

static void
workbook_changed_cb (HgSession *self,
                     GStrv      tables)
{
  const char * const *names = (const char * const *) tables;
  gboolean pack = g_strv_contains (names, "policy_pack");
  gboolean documents = pack || hg_pack_context_reads (names)
                       || g_strv_contains (names, "document_revision");

  /* Before any signal, so no handler can see what the edit made stale. */
  if (pack)
    forget_pack (self);
  else if (hg_pack_context_reads (names))
    g_clear_pointer (&self->context, hg_pack_context_free);

  update_sheet (self, names);
  if (pack)
    g_signal_emit (self, signals[PACK_CHANGED], 0);
  if (documents)
    g_signal_emit (self, signals[DOCUMENTS_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0, tables);
}

static void
hg_session_constructed (GObject *object)
{
  HgSession *self = (HgSession *) object;

  G_OBJECT_CLASS (hg_session_parent_class)->constructed (object);

  g_return_if_fail (HG_IS_WORKBOOK (self->workbook));
  g_signal_connect_object (self->workbook, "changed", G_CALLBACK (workbook_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
hg_session_finalize (GObject *object)
{
  HgSession *self = (HgSession *) object;

  forget_pack (self);
  g_clear_pointer (&self->builtin_pack, hg_pack_free);
  /* The sheet points to the catalogue: it goes first. */
  g_clear_pointer (&self->sheet, hg_risk_sheet_free);
  g_clear_pointer (&self->catalogue, hg_risk_catalogue_free);
  g_clear_error (&self->catalogue_error);
  g_clear_object (&self->workbook);

  G_OBJECT_CLASS (hg_session_parent_class)->finalize (object);
}

static void
hg_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HgSession *self = HG_SESSION (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, self->workbook);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HgSession *self = HG_SESSION (object);

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      self->workbook = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_session_class_init (HgSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hg_session_constructed;
  object_class->finalize = hg_session_finalize;
  object_class->get_property = hg_session_get_property;
  object_class->set_property = hg_session_set_property;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HgSession::changed:
   * @tables: the names of the tables whose rows changed
   *
   * The workbook's own "changed", passed on once the session has brought
   * what it keeps up to date, after the signals below.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRV);

  /**
   * HgSession::pack-changed:
   *
   * The workbook took another template pack: the old one is gone, so
   * whoever kept a pointer to it lets go here and asks again.
   */
  signals[PACK_CHANGED] =
    g_signal_new ("pack-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  /**
   * HgSession::documents-changed:
   *
   * Something the policy documents are written from changed: answers, the
   * company's own rules, the company's data, approvals or the pack.
   */
  signals[DOCUMENTS_CHANGED] =
    g_signal_new ("documents-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HgSession::risks-changed:
   * @rows: (nullable): the indexes of the sheet's rows whose values changed,
   *   ascending; NULL with @reset
   * @reset: rows may have come and gone: ask for the sheet again and show
   *   it anew
   *
   * Emitted only once the sheet has been asked for.
   */
  signals[RISKS_CHANGED] =
    g_signal_new ("risks-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_BOOLEAN);
}

static void
hg_session_init (HgSession *self)
{
}

HgSession *
hg_session_new (HgWorkbook *workbook)
{
  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  return g_object_new (HG_TYPE_SESSION, "workbook", workbook, NULL);
}

HgWorkbook *
hg_session_get_workbook (HgSession *self)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);
  return self->workbook;
}

HgPack *
hg_session_get_pack (HgSession  *self,
                     GError    **error)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  /* A pack that failed is not read again until it changes: the same file
   * gives the same problems. */
  if (self->pack == NULL && self->pack_error == NULL)
    self->pack = hg_policy_load_pack (self->workbook, &self->pack_error);
  if (self->pack == NULL && error != NULL)
    *error = g_error_copy (self->pack_error);
  return self->pack;
}

HgPack *
hg_session_get_builtin_pack (HgSession  *self,
                             GError    **error)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  if (self->builtin_pack == NULL)
    self->builtin_pack = hg_pack_load_builtin (error);
  return self->builtin_pack;
}

const char *
hg_session_get_pack_name (HgSession *self)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  if (!self->pack_name_read)
    {
      self->pack_name = hg_policy_get_pack_name (self->workbook);
      self->pack_name_read = TRUE;
    }
  return self->pack_name;
}

HgPackContext *
hg_session_get_context (HgSession *self)
{
  HgPack *pack;

  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  if (self->context == NULL && (pack = hg_session_get_pack (self, NULL)) != NULL)
    self->context = hg_pack_context_new_for_workbook (pack, self->workbook);
  return self->context;
}

HgRiskCatalogue *
hg_session_get_catalogue (HgSession  *self,
                          GError    **error)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  if (self->catalogue == NULL && self->catalogue_error == NULL)
    self->catalogue = hg_risk_catalogue_load_builtin (NULL, &self->catalogue_error);
  if (self->catalogue == NULL && error != NULL)
    *error = g_error_copy (self->catalogue_error);
  return self->catalogue;
}

void
hg_session_set_catalogue (HgSession       *self,
                          HgRiskCatalogue *catalogue)
{
  g_return_if_fail (HG_IS_SESSION (self));
  g_return_if_fail (self->sheet == NULL);

  g_clear_pointer (&self->catalogue, hg_risk_catalogue_free);
  g_clear_error (&self->catalogue_error);
  self->catalogue = catalogue;
}

HgRiskSheet *
hg_session_get_risk_sheet (HgSession *self)
{
  g_return_val_if_fail (HG_IS_SESSION (self), NULL);

  if (self->sheet == NULL)
    self->sheet = hg_risk_sheet_new (self->workbook, hg_session_get_catalogue (self, NULL));
  else if (self->sheet_outdated)
    hg_risk_sheet_refresh (self->sheet, NULL, NULL);
  self->sheet_outdated = FALSE;
  return self->sheet;
}
