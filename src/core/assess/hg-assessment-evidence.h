/* hg-assessment-evidence.h: what an answer rests on — a rule, an asset, a
 * risk treatment, a training session, the handbook's receipts or a file —
 * linked to an item of the open assessment (resources/sql/0013-assessment-sources.sql)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hg-framework.h"
#include "hg-workbook.h"

G_BEGIN_DECLS

typedef enum
{
  HG_EVIDENCE_RULE,      /* target: the rule's id in the pack ("pw-length") */
  HG_EVIDENCE_ASSET,     /* target: the asset's id in the register */
  HG_EVIDENCE_RISK,      /* target: the id of a risk treatment */
  HG_EVIDENCE_TRAINING,  /* target: the id of an education session */
  HG_EVIDENCE_RECEIPT,   /* target: a version of the handbook, whose receipts count */
  HG_EVIDENCE_FILE,      /* target: a file's absolute path */
  HG_EVIDENCE_N_KINDS,
} HgEvidenceKind;

typedef enum
{
  HG_EVIDENCE_FOUND,
  HG_EVIDENCE_GONE,      /* the target is no longer there (removed, left out) */
  HG_EVIDENCE_CHANGED,   /* a file whose SHA-256 is not the one linked */
} HgEvidenceState;

typedef struct
{
  HgEvidenceKind   kind;
  char            *target;
  char            *sha256;   /* files: the digest when linked; else "" */
  char            *title;    /* what the target is now, in the user's language */
  HgEvidenceState  state;
} HgAssessmentEvidence;

void        hg_assessment_evidence_free  (HgAssessmentEvidence *evidence);

/* "rule", "asset", … as the workbook and hinagata-cli write the kinds. */
const char *hg_evidence_kind_to_string   (HgEvidenceKind  kind);
gboolean    hg_evidence_kind_from_string (const char     *text,
                                          HgEvidenceKind *kind);
/* The kind's name in the user's language. */
const char *hg_evidence_kind_get_label   (HgEvidenceKind  kind);

/* The evidence of item @ref in the open assessment of @framework (of
 * HgAssessmentEvidence, by kind and target; empty when none is open), each
 * with what it is now: a rule's current number and text, an asset's name,
 * and a file's digest compared with the one linked. */
GPtrArray  *hg_assessment_evidence_list   (HgWorkbook      *workbook,
                                           HgFramework     *framework,
                                           const char      *ref,
                                           GError         **error);
/* What can be linked as @kind now (of HgAssessmentEvidence: target and
 * title), for a chooser: every rule of the documents as they stand, every
 * asset, risk treatment, training session and handbook version received.
 * Files are chosen from the disk: none here. */
GPtrArray  *hg_assessment_evidence_candidates (HgWorkbook      *workbook,
                                               HgEvidenceKind   kind);
/* Links @target to item @ref, starting an assessment when none is open,
 * in one undo step. A file's SHA-256 is read now. Refused, with a message
 * naming what is wrong, for an item the framework lacks, a target that does
 * not exist, and a link already there. */
gboolean    hg_assessment_evidence_add    (HgWorkbook      *workbook,
                                           HgFramework     *framework,
                                           const char      *ref,
                                           HgEvidenceKind   kind,
                                           const char      *target,
                                           GError         **error);
/* Removes a link, one undo step; refused when there is no such link. */
gboolean    hg_assessment_evidence_remove (HgWorkbook      *workbook,
                                           HgFramework     *framework,
                                           const char      *ref,
                                           HgEvidenceKind   kind,
                                           const char      *target,
                                           GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgAssessmentEvidence, hg_assessment_evidence_free)

G_END_DECLS
