/* hg-asset-rules.h: the rating scales and the importance rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-asset.h"
#include "hg-limits.h"

G_BEGIN_DECLS

typedef enum
{
  HG_ASSET_AXIS_CONFIDENTIALITY,
  HG_ASSET_AXIS_INTEGRITY,
  HG_ASSET_AXIS_AVAILABILITY,
  HG_ASSET_AXIS_IMPORTANCE,
} HgAssetAxis;

guint       hg_asset_rule_importance (guint         confidentiality,
                                      guint         integrity,
                                      guint         availability,
                                      HgAssetFlags  flags);
HgAssetFlags hg_asset_rule_flags     (HgAssetFlags  flags);
const char *hg_asset_axis_label      (HgAssetAxis   axis);
const char *hg_asset_level_criteria  (HgAssetAxis   axis,
                                      guint         level);
const char *hg_asset_level_example   (HgAssetAxis   axis,
                                      guint         level);
gboolean    hg_asset_parse_level     (const char   *text,
                                      guint        *level);
gboolean    hg_asset_parse_flag      (const char   *text,
                                      gboolean     *flag);
GPtrArray  *hg_asset_validate        (const HgAssetData *data);

G_END_DECLS
