/* hg-service-form-dialog.c
 *
 * The three dialogs of the services tab (the service, its review, its end)
 * are built from the same construct-only properties — the workbook, the
 * service and the tab's day — and close the same way: Save writes through
 * the subclass's save(), and a refused save keeps the dialog shown with
 * everything typed. That is kept here once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-service-form-dialog"

#include "config.h"

#include "hg-date-row.h"
#include "hg-form.h"
#include "hg-service-day.h"
#include "hg-service-form-dialog.h"

typedef struct
{
  HgWorkbook *workbook;
  gint64      service_id;
  char       *today;      /* fixed day, or NULL */
} HgServiceFormDialogPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HgServiceFormDialog, hg_service_form_dialog,
                                     ADW_TYPE_MESSAGE_DIALOG)

enum {
  PROP_0,
  PROP_WORKBOOK,
  PROP_SERVICE_ID,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

HgWorkbook *
hg_service_form_dialog_get_workbook (HgServiceFormDialog *self)
{
  HgServiceFormDialogPrivate *priv = hg_service_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HG_IS_SERVICE_FORM_DIALOG (self), NULL);

  return priv->workbook;
}

gint64
hg_service_form_dialog_get_service_id (HgServiceFormDialog *self)
{
  HgServiceFormDialogPrivate *priv = hg_service_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HG_IS_SERVICE_FORM_DIALOG (self), 0);

  return priv->service_id;
}

char *
hg_service_form_dialog_get_day (HgServiceFormDialog *self,
                                guint                years_on)
{
  HgServiceFormDialogPrivate *priv = hg_service_form_dialog_get_instance_private (self);

  g_return_val_if_fail (HG_IS_SERVICE_FORM_DIALOG (self), NULL);

  return hg_service_day_iso (priv->today, years_on);
}

static void
hg_service_form_dialog_response (AdwMessageDialog *dialog,
                                 const char       *response)
{
  HgServiceFormDialog *self = HG_SERVICE_FORM_DIALOG (dialog);

  hg_form_finish_response (dialog, g_strcmp0 (response, "save") != 0
                                   || HG_SERVICE_FORM_DIALOG_GET_CLASS (self)->save (self));
}

static void
hg_service_form_dialog_dispose (GObject *object)
{
  HgServiceFormDialogPrivate *priv =
    hg_service_form_dialog_get_instance_private (HG_SERVICE_FORM_DIALOG (object));

  g_clear_object (&priv->workbook);
  g_clear_pointer (&priv->today, g_free);

  G_OBJECT_CLASS (hg_service_form_dialog_parent_class)->dispose (object);
}

static void
hg_service_form_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  HgServiceFormDialogPrivate *priv =
    hg_service_form_dialog_get_instance_private (HG_SERVICE_FORM_DIALOG (object));

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      g_value_set_object (value, priv->workbook);
      break;
    case PROP_SERVICE_ID:
      g_value_set_int64 (value, priv->service_id);
      break;
    case PROP_TODAY:
      g_value_set_string (value, priv->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_service_form_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  HgServiceFormDialogPrivate *priv =
    hg_service_form_dialog_get_instance_private (HG_SERVICE_FORM_DIALOG (object));

  switch (prop_id)
    {
    case PROP_WORKBOOK:
      priv->workbook = g_value_dup_object (value);
      break;
    case PROP_SERVICE_ID:
      priv->service_id = g_value_get_int64 (value);
      break;
    case PROP_TODAY:
      priv->today = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_service_form_dialog_class_init (HgServiceFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hg_service_form_dialog_dispose;
  object_class->get_property = hg_service_form_dialog_get_property;
  object_class->set_property = hg_service_form_dialog_set_property;
  ADW_MESSAGE_DIALOG_CLASS (klass)->response = hg_service_form_dialog_response;

  properties[PROP_WORKBOOK] =
    g_param_spec_object ("workbook", NULL, NULL, HG_TYPE_WORKBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0: a service not added yet (the service dialog adds it). */
  properties[PROP_SERVICE_ID] =
    g_param_spec_int64 ("service-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The tab's day as stored, NULL for the real today. */
  properties[PROP_TODAY] =
    g_param_spec_string ("today", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hg_service_form_dialog_init (HgServiceFormDialog *self)
{
  /* The subclasses' templates hold date rows. */
  g_type_ensure (HG_TYPE_DATE_ROW);
  hg_form_keep_open_on_failure (ADW_MESSAGE_DIALOG (self));
}
