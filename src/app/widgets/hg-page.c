/* hg-page.c
 *
 * Every page follows the session's signals, but work for a page nobody
 * looks at is wasted: reloading the overview's counts or rendering the
 * policy's 90,000 characters at each edit of the asset register would slow
 * every edit. So a hidden page only notes that it is out of date, and
 * refreshes once when it is shown again. This is the one place that
 * decides it; the pages say what changed and how to refresh.
 *
 * The session is a property, set by the window when a workbook opens: the
 * pages are children of the window's template, built before there is a
 * session to give them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-page"

#include "config.h"

#include "hg-page.h"

typedef struct
{
  HgSession *session;
  gboolean   outdated;
} HgPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (HgPage, hg_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
run_refresh (HgPage *self)
{
  HgPagePrivate *priv = hg_page_get_instance_private (self);

  priv->outdated = FALSE;
  if (HG_PAGE_GET_CLASS (self)->refresh != NULL)
    HG_PAGE_GET_CLASS (self)->refresh (self);
}

/* Now if the page is shown, else when it next is. */
void
hg_page_queue_refresh (HgPage *self)
{
  HgPagePrivate *priv = hg_page_get_instance_private (self);

  g_return_if_fail (HG_IS_PAGE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    run_refresh (self);
  else
    priv->outdated = TRUE;
}

HgSession *
hg_page_get_session (HgPage *self)
{
  HgPagePrivate *priv = hg_page_get_instance_private (self);

  g_return_val_if_fail (HG_IS_PAGE (self), NULL);
  return priv->session;
}

void
hg_page_set_session (HgPage    *self,
                     HgSession *session)
{
  HgPagePrivate *priv = hg_page_get_instance_private (self);

  g_return_if_fail (HG_IS_PAGE (self));
  g_return_if_fail (session == NULL || HG_IS_SESSION (session));

  if (priv->session == session)
    return;
  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_set_object (&priv->session, session);
  if (HG_PAGE_GET_CLASS (self)->session_changed != NULL)
    HG_PAGE_GET_CLASS (self)->session_changed (self);
  hg_page_queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
hg_page_map (GtkWidget *widget)
{
  HgPagePrivate *priv = hg_page_get_instance_private (HG_PAGE (widget));

  /* Before the children are mapped, so they are shown as they now are. */
  if (priv->outdated)
    run_refresh (HG_PAGE (widget));
  GTK_WIDGET_CLASS (hg_page_parent_class)->map (widget);
}

static void
hg_page_dispose (GObject *object)
{
  HgPagePrivate *priv = hg_page_get_instance_private (HG_PAGE (object));

  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, object);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (hg_page_parent_class)->dispose (object);
}

static void
hg_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, hg_page_get_session (HG_PAGE (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      hg_page_set_session (HG_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hg_page_class_init (HgPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hg_page_dispose;
  object_class->get_property = hg_page_get_property;
  object_class->set_property = hg_page_set_property;
  widget_class->map = hg_page_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, HG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hg_page_init (HgPage *self)
{
}
