/* hg-incident-report.c
 *
 * The rules ask the incident contact to write down, on the report form,
 * when and by whom the incident was found, what is happening, what
 * equipment and information it touches and what was done so far; the
 * final report adds the course of events, the cause, the impact and what
 * will keep it from happening again. This fills those headings from the
 * record, in that order, so the printed report reads like the form the
 * rules cite. What is not recorded yet says so, rather than leaving a gap
 * a reader could take for "none".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hg-incident"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hg-incident-deadline.h"
#include "hg-incident-report.h"
#include "hg-local-time.h"

#define NOT_WRITTEN "（未記入）"

static char *
japanese_time (const char *stored)
{
  g_autoptr(GDateTime) time = stored ? hg_local_time_parse (stored) : NULL;

  if (time == NULL)
    return g_strdup (stored && *stored ? stored : "");
  return g_date_time_format (time, "%Y年%-m月%-d日 %-H時%M分");
}

static char *
japanese_moment (GDateTime *time)
{
  return g_date_time_format (time, "%Y年%-m月%-d日 %-H時%M分");
}

static void
add_pair (HgDocBlock *table,
          const char *label,
          const char *value)
{
  GStrv row = g_new0 (char *, 3);

  row[0] = g_strdup (label);
  row[1] = g_strdup (value != NULL && value[0] != '\0' ? value : NOT_WRITTEN);
  hg_doc_table_add_row (table, row, FALSE);
}

static void
add_row3 (HgDocBlock *table,
          const char *a,
          const char *b,
          const char *c,
          const char *d,
          gboolean    header)
{
  GStrv row = g_new0 (char *, 5);

  row[0] = g_strdup (a);
  row[1] = g_strdup (b);
  row[2] = g_strdup (c);
  row[3] = g_strdup (d);
  hg_doc_table_add_row (table, row, header);
}

static void
add_text (HgDoc      *doc,
          const char *heading,
          const char *text)
{
  hg_doc_append (doc, HG_DOC_HEADING, NULL, heading)->level = 2;
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, text != NULL && text[0] != '\0' ? text : NOT_WRITTEN);
}

static void
add_overview (HgDoc            *doc,
              const HgIncident *incident)
{
  g_autofree char *detected = japanese_time (incident->detected);
  HgDocBlock *table;

  hg_doc_append (doc, HG_DOC_HEADING, NULL, "発生と発見")->level = 2;
  table = hg_doc_append (doc, HG_DOC_TABLE, NULL, "");
  add_pair (table, "件名", incident->title);
  add_pair (table, "発見した日時", detected);
  add_pair (table, "発見した者", incident->detected_by);
  add_pair (table, "発見の経緯", incident->detected_how);
  add_pair (table, "種別", hg_incident_kind_get_doc_label (incident->kind));
  add_pair (table, "分類", hg_incident_category_get_doc_label (incident->category));
  add_pair (table, "重大度", hg_incident_level_get_doc_label (incident->level));
  add_pair (table, "個人情報の漏えい等", incident->personal_data ? "あり（おそれを含む）" : "なし");
  add_pair (table, "現在の段階", hg_incident_step_get_doc_label (hg_incident_get_status (incident)));
}

static void
add_assets (HgDoc            *doc,
            const HgIncident *incident)
{
  hg_doc_append (doc, HG_DOC_HEADING, NULL, "影響を受けた機器や情報")->level = 2;
  if (incident->asset_names->len == 0)
    hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, "情報資産台帳の資産との関連付けはまだありません。");
  for (guint i = 0; i < incident->asset_names->len; i++)
    {
      g_autofree char *item = g_strdup_printf ("%s（台帳の番号 %" G_GINT64_FORMAT "）",
                                               (char *) g_ptr_array_index (incident->asset_names, i),
                                               g_array_index (incident->assets, gint64, i));

      hg_doc_append (doc, HG_DOC_ITEM, NULL, item);
    }
}

static void
add_steps (HgDoc            *doc,
           const HgIncident *incident)
{
  HgDocBlock *table;

  hg_doc_append (doc, HG_DOC_HEADING, NULL, "対応の経過")->level = 2;
  table = hg_doc_append (doc, HG_DOC_TABLE, NULL, "");
  add_row3 (table, "段階", "日時", "担当者", "記録", TRUE);
  for (guint s = 0; s < HG_INCIDENT_N_STEPS; s++)
    {
      const HgIncidentStepRecord *step = &incident->steps[s];
      g_autofree char *at = japanese_time (step->at);

      if (step->at == NULL)
        add_row3 (table, hg_incident_step_get_doc_label (s), "未了", "", "", FALSE);
      else
        add_row3 (table, hg_incident_step_get_doc_label (s), at, step->person,
                  step->note ? step->note : "", FALSE);
    }
}

static void
add_notices (HgDoc            *doc,
             const HgIncident *incident,
             GDateTime        *now)
{
  g_autoptr(GPtrArray) deadlines = hg_incident_deadlines (incident, now);
  HgDocBlock *table;

  hg_doc_append (doc, HG_DOC_HEADING, NULL, "報告と通知")->level = 2;
  if (deadlines->len == 0)
    {
      hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL,
                     "期限のある報告や通知は記録されていません。");
      return;
    }
  table = hg_doc_append (doc, HG_DOC_TABLE, NULL, "");
  add_row3 (table, "宛先", "内容", "期限", "実施日時", TRUE);
  for (guint i = 0; i < deadlines->len; i++)
    {
      HgIncidentDeadline *deadline = g_ptr_array_index (deadlines, i);
      g_autofree char *due = japanese_moment (deadline->due);
      g_autofree char *target = deadline->target ? japanese_moment (deadline->target) : NULL;
      g_autofree char *when = NULL;
      g_autofree char *sent = deadline->sent ? japanese_time (deadline->sent)
                              : g_strdup (deadline->state == HG_INCIDENT_DEADLINE_OVERDUE
                                          ? "未実施（期限超過）" : "未実施");

      when = target ? g_strdup_printf ("%s（目安 %s）", due, target) : g_strdup (due);
      add_row3 (table, deadline->recipient, hg_incident_notice_kind_get_doc_label (deadline->kind),
                when, sent, FALSE);
    }
}

HgDoc *
hg_incident_report_build (const HgIncident     *incident,
                          HgIncidentReportKind  kind,
                          const char           *company,
                          GDateTime            *now)
{
  gboolean final = kind == HG_INCIDENT_REPORT_FINAL;
  HgDoc *doc = hg_doc_new (final ? "incident-final-report" : "incident-first-report",
                           final ? "インシデント報告書（最終報告）" : "インシデント報告書（第一報）",
                           company ? company : "");
  g_autofree char *written = japanese_moment (now);
  g_autofree char *dated = g_strdup_printf ("作成日時：%s", written);
  g_autofree char *number = g_strdup_printf ("記録番号：%" G_GINT64_FORMAT, incident->id);

  g_free (doc->display_title);
  doc->display_title = g_strdup (final ? _("Incident Report (Final)") : _("Incident Report (First)"));

  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, number)->flags |= HG_DOC_ALIGN_END;
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL, dated)->flags |= HG_DOC_ALIGN_END;
  hg_doc_append (doc, HG_DOC_PARAGRAPH, NULL,
                 final ? "インシデントへの対応を終えたので、その経緯、原因、影響、とった措置及び"
                         "再発防止策を次のとおり報告する。"
                       : "インシデントが発生したので、現時点で分かっている範囲で次のとおり報告する。"
                         "調査の結果は、分かり次第、続報又は最終報告で報告する。");
  add_overview (doc, incident);
  add_text (doc, "起きている事象", incident->description);
  add_assets (doc, incident);
  add_text (doc, "それまでにとった措置", incident->actions);
  add_steps (doc, incident);
  add_notices (doc, incident, now);
  if (final)
    {
      add_text (doc, "原因", incident->cause);
      add_text (doc, "影響", incident->impact);
      add_text (doc, "再発防止策と教訓", incident->lessons);
    }
  return doc;
}
