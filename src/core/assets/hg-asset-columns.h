/* hg-asset-columns.h: the register's columns in files, in IPA's order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  HG_ASSET_COL_ID,
  HG_ASSET_COL_CATEGORY,
  HG_ASSET_COL_NAME,
  HG_ASSET_COL_NOTES,
  HG_ASSET_COL_USERS,
  HG_ASSET_COL_DEPARTMENT,
  HG_ASSET_COL_OWNER,
  HG_ASSET_COL_MEDIUM,
  HG_ASSET_COL_PERSONAL,
  HG_ASSET_COL_SENSITIVE,
  HG_ASSET_COL_MY_NUMBER,
  HG_ASSET_COL_CONFIDENTIALITY,
  HG_ASSET_COL_INTEGRITY,
  HG_ASSET_COL_AVAILABILITY,
  HG_ASSET_COL_IMPORTANCE,
  HG_ASSET_COL_IMPORTANCE_REASON,
  HG_ASSET_COL_LABEL,
  HG_ASSET_COL_RETENTION,
  HG_ASSET_COL_REGISTERED,
  HG_ASSET_COL_UPDATED,
  HG_ASSET_COL_STATUS,
  HG_ASSET_COL_DISPOSED_ON,
  HG_ASSET_COL_DISPOSAL_METHOD,
  HG_ASSET_N_COLS
} HgAssetColumn;

typedef enum
{
  HG_ASSET_COL_KIND_TEXT,
  HG_ASSET_COL_KIND_NUMBER,
  HG_ASSET_COL_KIND_DATE,
} HgAssetColumnKind;

/* The header written to files: Japanese, whatever the interface language,
 * because the register is a Japanese company document. */
const char        *hg_asset_column_header (HgAssetColumn  column);
HgAssetColumnKind  hg_asset_column_kind   (HgAssetColumn  column);
double             hg_asset_column_width  (HgAssetColumn  column);
gboolean           hg_asset_column_match  (const char    *header,
                                           HgAssetColumn *column);

G_END_DECLS
