/* hg-approval.c
 *
 * An approval is a decision about the pack's documents together (the basic
 * policy, the rules, the handbook), so the one who approves sees all of
 * them at once: which never had a version, which read as approved, and for
 * the others what their text changed since, counted the way the versions
 * window compares two versions (hg-doc-diff.c).
 *
 * Nor can a set be signed with holes in it: a document that prints
 * 「制定日　」 or 「システム管理者 | （未定）」 is a draft. Approval lists each
 * such gap and waits until it is filled, or, for a role, until the company
 * records that it stays unfilled and why (hg-role-vacancy.c), which the
 * documents then print. hg_revision_approve_several() records a version;
 * hg_approval_approve() is the approval a user makes, from the dialog or
 * the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-approval"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hg-approval.h"
#include "hg-date.h"
#include "hg-doc-diff.h"
#include "hg-error.h"
#include "hg-policy.h"

/* A changed line is quoted up to this many characters. */
#define QUOTE_MAX 40

void
hg_approval_item_free (HgApprovalItem *item)
{
  if (item == NULL)
    return;
  hg_doc_free (item->doc);
  g_free (item->last_approved_on);
  g_free (item->first_change);
  g_free (item);
}

void
hg_approval_gap_free (HgApprovalGap *gap)
{
  if (gap == NULL)
    return;
  g_free (gap->description);
  g_free (gap);
}

static HgApprovalGap *
gap_for (const char *variable)
{
  HgApprovalGap *gap = g_new0 (HgApprovalGap, 1);

  if (g_str_has_prefix (variable, "person.")
      && hg_org_role_from_key (variable + strlen ("person."), &gap->role))
    {
      gap->kind = HG_APPROVAL_GAP_ROLE;
      /* Translators: %s is a role, e.g. "System administrator" */
      gap->description = g_strdup_printf (_("%s: nobody holds the role, and no reason is "
                                             "recorded for leaving it unfilled"),
                                          hg_org_role_label (gap->role));
    }
  else if (g_str_equal (variable, "company.representative_name"))
    {
      gap->kind = HG_APPROVAL_GAP_REPRESENTATIVE;
      gap->description = g_strdup (_("The representative’s name is empty"));
    }
  else
    {
      gap->kind = HG_APPROVAL_GAP_ENACTED_ON;
      gap->description = g_strdup (_("The adoption date (制定日) is not set"));
    }
  return gap;
}

/* What the pack's documents, read with @context, still print as a
 * stand-in, over all documents, each once: the adoption date first, then
 * the representative, then the roles in the order of the organisation. */
GPtrArray *
hg_approval_list_gaps (HgPack         *pack,
                       HgPackContext  *context,
                       GError        **error)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *gaps = g_ptr_array_new_with_free_func ((GDestroyNotify) hg_approval_gap_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      g_autoptr(GPtrArray) missing = hg_pack_context_missing (context, document->id, error);

      if (missing == NULL)
        {
          g_ptr_array_unref (gaps);
          return NULL;
        }
      for (guint i = 0; i < missing->len; i++)
        if (!g_ptr_array_find_with_equal_func (names, g_ptr_array_index (missing, i),
                                               g_str_equal, NULL))
          g_ptr_array_add (names, g_strdup (g_ptr_array_index (missing, i)));
    }
  g_ptr_array_add (order, g_strdup ("adopted_on"));
  g_ptr_array_add (order, g_strdup ("company.representative_name"));
  for (guint r = 0; r < HG_ORG_N_ROLES; r++)
    g_ptr_array_add (order, g_strconcat ("person.", hg_org_role_key (r), NULL));
  for (guint o = 0; o < order->len; o++)
    if (g_ptr_array_find_with_equal_func (names, g_ptr_array_index (order, o), g_str_equal, NULL))
      g_ptr_array_add (gaps, gap_for (g_ptr_array_index (order, o)));
  return gaps;
}

/* Approves @docs as hg_revision_approve_several() does, unless the
 * documents still have gaps (hg_approval_list_gaps()): then nothing is
 * written and the message lists every gap, one a line. */
gboolean
hg_approval_approve (HgWorkbook     *workbook,
                     HgPack         *pack,
                     HgPackContext  *context,
                     GPtrArray      *docs,
                     const char     *summary,
                     const char     *author,
                     const char     *approver,
                     const char     *approved_on,
                     guint          *numbers,
                     GError        **error)
{
  g_autoptr(GPtrArray) gaps = hg_approval_list_gaps (pack, context, error);

  if (gaps == NULL)
    return FALSE;
  if (gaps->len > 0)
    {
      g_autoptr(GString) message = g_string_new (_("The documents are not complete. Fill in "
                                                   "what is missing, or record why a role "
                                                   "stays unfilled, then approve:"));

      for (guint i = 0; i < gaps->len; i++)
        g_string_append_printf (message, "\n• %s",
                                ((HgApprovalGap *) g_ptr_array_index (gaps, i))->description);
      return hg_error_invalid (error, message->str);
    }
  return hg_revision_approve_several (workbook, hg_pack_get_id (pack), docs, summary, author,
                                      approver, approved_on, numbers, error);
}

static char *
first_change (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const HgDiffLine *line = g_ptr_array_index (lines, i);

      if (line->kind != HG_DIFF_SAME)
        return g_strdup (line->new_text ? line->new_text : line->old_text);
    }
  return NULL;
}

static void
compare_with_last (HgApprovalItem *item,
                   HgWorkbook     *workbook,
                   const char     *pack_id)
{
  const HgDocRevision *last = g_ptr_array_index (item->doc->revisions,
                                                 item->doc->revisions->len - 1);
  g_autoptr(HgDoc) before = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  item->last = last->number;
  g_free (item->last_approved_on);
  item->last_approved_on = g_strdup (last->approved_on);
  if (item->state != HG_REVISION_NEEDS_REVISION)
    return;
  /* A damaged snapshot still leaves the state right; only the counts miss. */
  before = hg_revision_load (workbook, pack_id, item->doc->id, last->number, NULL);
  if (before == NULL)
    return;
  lines = hg_doc_diff (before, item->doc);
  item->added = hg_doc_diff_count (lines, HG_DIFF_ADDED);
  item->removed = hg_doc_diff_count (lines, HG_DIFF_REMOVED);
  item->changed = hg_doc_diff_count (lines, HG_DIFF_CHANGED);
  item->first_change = first_change (lines);
}

/* Every document of @pack as @context reads the answers, in the pack's
 * order, each with where it stands (HgApprovalItem). */
GPtrArray *
hg_approval_list (HgWorkbook     *workbook,
                  HgPack         *pack,
                  HgPackContext  *context,
                  GError        **error)
{
  GPtrArray *documents = hg_pack_get_documents (pack);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                hg_approval_item_free);
  const char *pack_id = hg_pack_get_id (pack);

  g_return_val_if_fail (HG_IS_WORKBOOK (workbook), NULL);

  for (guint d = 0; d < documents->len; d++)
    {
      const HgBlock *document = g_ptr_array_index (documents, d);
      HgApprovalItem *item = g_new0 (HgApprovalItem, 1);

      g_ptr_array_add (items, item);
      item->doc = hg_policy_build_document_with (workbook, pack, context, document->id, error);
      if (item->doc == NULL)
        return NULL;
      item->last_approved_on = g_strdup ("");
      item->state = hg_revision_get_state (workbook, pack_id, item->doc);
      for (guint i = 0; i < item->doc->blocks->len; i++)
        if (((HgDocBlock *) g_ptr_array_index (item->doc->blocks, i))->flags & HG_DOC_OUTDATED)
          item->outdated++;
      if (item->doc->revisions->len > 0)
        compare_with_last (item, workbook, pack_id);
    }
  return g_steal_pointer (&items);
}

/* Whether approving would make a version: there is something new and
 * nothing waits for review (hg_revision_approve_several() says the same). */
gboolean
hg_approval_item_can_approve (const HgApprovalItem *item)
{
  return item->state != HG_REVISION_UP_TO_DATE && item->outdated == 0;
}

static char *
quote (const char *text)
{
  g_autofree char *line = g_strdup (text);

  g_strdelimit (line, "\n\t", ' ');
  if (g_utf8_strlen (line, -1) <= QUOTE_MAX)
    return g_steal_pointer (&line);
  return g_strconcat (g_utf8_substring (line, 0, QUOTE_MAX - 1), "…", NULL);
}

/* One or two sentences for the one who approves: whether and what changed
 * since the last approved version, or that there is none. */
char *
hg_approval_item_describe (const HgApprovalItem *item)
{
  g_autofree char *date = hg_date_format (item->last_approved_on, HG_DATE_STYLE_LONG);
  g_autofree char *what = NULL;
  g_autofree char *example = NULL;

  if (item->outdated > 0)
    return hg_revision_describe_outdated (item->outdated);
  switch (item->state)
    {
    case HG_REVISION_NEVER_APPROVED:
      return g_strdup (_("No approved version yet: this becomes version 1"));
    case HG_REVISION_UP_TO_DATE:
      /* Translators: %u is a version number, %s its approval date */
      return g_strdup_printf (_("Unchanged since version %u, approved on %s"), item->last,
                              date);
    case HG_REVISION_NEEDS_REVISION:
    default:
      break;
    }
  if (item->added + item->removed + item->changed == 0)
    /* The text differs only where lines are not compared (the title). */
    what = g_strdup (_("the title changed"));
  else
    /* Translators: how many lines changed, were added and removed, e.g.
     * "3 changed, 1 added, 0 removed" */
    what = g_strdup_printf (_("%u changed, %u added, %u removed"), item->changed, item->added,
                            item->removed);
  if (item->first_change != NULL)
    {
      g_autofree char *quoted = quote (item->first_change);

      /* Translators: the first changed line of a document, quoted */
      example = g_strdup_printf (_("First change: “%s”"), quoted);
    }
  {
    /* Translators: %u is a version number, the first %s its approval date,
     * the second what changed since (e.g. "3 changed, 1 added, 0 removed") */
    g_autofree char *since = g_strdup_printf (_("Changed since version %u (approved on %s): %s"),
                                              item->last, date, what);

    return example ? g_strconcat (since, "\n", example, NULL) : g_steal_pointer (&since);
  }
}
