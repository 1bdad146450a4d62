/* hg-asset-rules.c
 *
 * The 3/2/1 scales in our own words, and the rule that derives importance:
 * the highest of the three ratings, and 3 whenever personal information is
 * held. The same rule is written as a generated column in
 * resources/sql/0003-asset-register.sql; the tests check they agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-asset-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "hg-date.h"
#include "hg-asset-rules.h"
#include "hg-text.h"

guint
hg_asset_rule_importance (guint        confidentiality,
                          guint        integrity,
                          guint        availability,
                          HgAssetFlags flags)
{
  guint rule = MAX (confidentiality, MAX (integrity, availability));

  if (flags & (HG_ASSET_PERSONAL | HG_ASSET_SENSITIVE | HG_ASSET_MY_NUMBER))
    rule = 3;
  return CLAMP (rule, 1, 3);
}

/* The flags as stored: specific personal information (a My Number) is
 * personal information by law (番号法), so it always carries that flag too. */
HgAssetFlags
hg_asset_rule_flags (HgAssetFlags flags)
{
  if (flags & HG_ASSET_MY_NUMBER)
    flags |= HG_ASSET_PERSONAL;
  return flags;
}

const char *
hg_asset_axis_label (HgAssetAxis axis)
{
  switch (axis)
    {
    case HG_ASSET_AXIS_CONFIDENTIALITY: return _("Confidentiality");
    case HG_ASSET_AXIS_INTEGRITY:       return _("Integrity");
    case HG_ASSET_AXIS_AVAILABILITY:    return _("Availability");
    case HG_ASSET_AXIS_IMPORTANCE:      return _("Importance");
    default:                            g_return_val_if_reached ("");
    }
}

static const char *criteria[4][4] = {
  [HG_ASSET_AXIS_CONFIDENTIALITY] = {
    NULL,
    N_("If it got out, hardly anyone would be affected."),
    N_("If it got out, the business would suffer noticeably."),
    N_("The law or a contract demands that it be kept secret, or a leak would seriously "
       "harm customers, partners or the company."),
  },
  [HG_ASSET_AXIS_INTEGRITY] = {
    NULL,
    N_("If it were changed or wrong, hardly anyone would be affected."),
    N_("If it were changed or wrong, the business would suffer noticeably."),
    N_("The law demands that it be correct, or a wrong or altered copy would seriously "
       "harm the company or others."),
  },
  [HG_ASSET_AXIS_AVAILABILITY] = {
    NULL,
    N_("If it could not be used for a while, work would go on."),
    N_("If it could not be used, work would be noticeably held up."),
    N_("If it could not be used, customers or the company would be seriously harmed."),
  },
  [HG_ASSET_AXIS_IMPORTANCE] = {
    NULL,
    N_("An incident would hardly affect the business."),
    N_("An incident would seriously affect the business."),
    N_("An incident could threaten the company’s survival. Always 3 for personal "
       "information."),
  },
};

static const char *examples[4][4] = {
  [HG_ASSET_AXIS_CONFIDENTIALITY] = {
    NULL,
    N_("For example: product catalogues, pages published on the web site."),
    N_("For example: quotations, purchase prices, internal procedures."),
    N_("For example: customer lists, drawings received under a confidentiality agreement, "
       "unpublished inventions, staff records."),
  },
  [HG_ASSET_AXIS_INTEGRITY] = {
    NULL,
    N_("For example: meeting notes, reference material."),
    N_("For example: the company’s own accounts, order records, the web site."),
    N_("For example: drawings made to a customer’s order, bank details of customers, "
       "accounting data kept for a client."),
  },
  [HG_ASSET_AXIS_AVAILABILITY] = {
    NULL,
    N_("For example: archived documents that are rarely opened."),
    N_("For example: product drawings needed on the shop floor."),
    N_("For example: an online ordering system that customers use every day."),
  },
  [HG_ASSET_AXIS_IMPORTANCE] = { NULL, NULL, NULL, NULL },
};

const char *
hg_asset_level_criteria (HgAssetAxis axis,
                         guint       level)
{
  g_return_val_if_fail (axis <= HG_ASSET_AXIS_IMPORTANCE && level >= 1 && level <= 3, "");
  return _(criteria[axis][level]);
}

const char *
hg_asset_level_example (HgAssetAxis axis,
                        guint       level)
{
  g_return_val_if_fail (axis <= HG_ASSET_AXIS_IMPORTANCE && level >= 1 && level <= 3, "");
  return examples[axis][level] ? _(examples[axis][level]) : "";
}

gboolean
hg_asset_parse_level (const char *text,
                      guint      *level)
{
  g_autofree char *normalized = hg_text_normalize (text);
  guint64 value = 0;

  /* Spreadsheets store 3 as "3" or "3.0"; full-width digits are normalized. */
  if (g_str_has_suffix (normalized, ".0"))
    normalized[strlen (normalized) - 2] = '\0';
  if (!g_ascii_string_to_unsigned (normalized, 10, 1, 3, &value, NULL))
    return FALSE;
  *level = (guint) value;
  return TRUE;
}

gboolean
hg_asset_parse_flag (const char *text,
                     gboolean   *flag)
{
  static const char *yes[] = { "○", "〇", "◯", "●", "◎", "✓", "✔", "v", "x", "1", "yes", "y",
                               "true", "はい", "有", "あり", "該当", NULL };
  static const char *no[] = { "", "×", "-", "－", "0", "no", "n", "false", "いいえ", "無",
                              "なし", "非該当", NULL };
  g_autofree char *normalized = hg_text_normalize (text);
  g_autofree char *folded = g_utf8_casefold (normalized, -1);

  if (g_strv_contains (yes, folded))
    *flag = TRUE;
  else if (g_strv_contains (no, folded))
    *flag = FALSE;
  else
    return FALSE;
  return TRUE;
}

static void
add_problem (GPtrArray  *problems,
             const char *field,
             const char *message)
{
  g_ptr_array_add (problems, g_strdup_printf ("%s: %s", field, message));
}

static void
check_text (GPtrArray   *problems,
            const char  *field,
            const char  *value,
            guint        max,
            HgTextFlags  flags)
{
  const char *problem = hg_text_check (value, max, flags);

  if (problem != NULL)
    add_problem (problems, field, problem);
}

/* Returns the problems as "Field: message" sentences; empty when valid. */
GPtrArray *
hg_asset_validate (const HgAssetData *data)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  guint rule;

  check_text (problems, _("Asset name"), data->name, HG_ASSET_NAME_MAX, HG_TEXT_REQUIRED);
  check_text (problems, _("Business category"), data->business_category, HG_ASSET_CATEGORY_MAX,
              HG_TEXT_ONE_LINE);
  check_text (problems, _("Notes"), data->notes, HG_ASSET_TEXT_MAX, HG_TEXT_MULTILINE);
  check_text (problems, _("Users"), data->users, HG_ASSET_USERS_MAX, HG_TEXT_ONE_LINE);
  check_text (problems, _("Retention"), data->retention, HG_ASSET_RETENTION_MAX,
              HG_TEXT_ONE_LINE);
  check_text (problems, _("Reason for the importance"), data->importance_reason,
              HG_ASSET_REASON_MAX, HG_TEXT_ONE_LINE);

  if (data->confidentiality < 1 || data->confidentiality > 3)
    add_problem (problems, _("Confidentiality"), _("Choose 1, 2 or 3"));
  if (data->integrity < 1 || data->integrity > 3)
    add_problem (problems, _("Integrity"), _("Choose 1, 2 or 3"));
  if (data->availability < 1 || data->availability > 3)
    add_problem (problems, _("Availability"), _("Choose 1, 2 or 3"));

  rule = hg_asset_rule_importance (data->confidentiality, data->integrity,
                                   data->availability, data->flags);
  if (data->importance_raised != 0)
    {
      if (data->importance_raised <= rule || data->importance_raised > 3)
        add_problem (problems, _("Importance"),
                     _("A raised importance must be above the one the ratings give"));
      if (data->importance_reason[0] == '\0')
        add_problem (problems, _("Reason for the importance"),
                     _("Say why the importance is raised"));
    }

  if (data->disposed)
    {
      g_autofree char *iso = NULL;

      if (data->disposed_on[0] == '\0' || !hg_date_parse (data->disposed_on, &iso))
        add_problem (problems, _("Disposal date"), _("Write a date such as 2026-04-01"));
      check_text (problems, _("Disposal method"), data->disposal_method,
                  HG_ASSET_DISPOSAL_METHOD_MAX, HG_TEXT_ONE_LINE);
    }

  return problems;
}
