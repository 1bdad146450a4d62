/* hg-framework.h: a framework a company assesses itself against — its answer
 * scale, its scoring and its requirements in sections
 * (resources/frameworks/framework.rng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HG_FRAMEWORK_ERROR (hg_framework_error_quark ())

typedef enum
{
  /* The framework has problems, each listed with its line. */
  HG_FRAMEWORK_ERROR_INVALID,
  /* The file is larger than a framework can be (4 MB); not read. */
  HG_FRAMEWORK_ERROR_TOO_LARGE,
  /* No built-in framework has that id. */
  HG_FRAMEWORK_ERROR_NOT_FOUND,
} HgFrameworkError;

GQuark hg_framework_error_quark (void);

/* What an answer means to the rates, whatever the framework calls it. */
typedef enum
{
  HG_ANSWER_MET,
  HG_ANSWER_PARTLY,
  HG_ANSWER_NOT,
  HG_ANSWER_NA,        /* the requirement does not apply */
  HG_ANSWER_UNKNOWN,   /* the person answering does not know */
} HgAnswerStatus;

typedef enum
{
  HG_SCORING_SUM,      /* a total of the scores, read against bands */
  HG_SCORING_RATES,    /* met ÷ applicable, per level, cumulative */
} HgScoringKind;

typedef struct
{
  char           *value;   /* what the workbook stores, e.g. "4" */
  int             score;
  HgAnswerStatus  status;
  char           *label;
  guint           line;
} HgFrameworkAnswer;

typedef struct
{
  int    min;
  int    max;
  char  *label;
  guint  line;
} HgFrameworkBand;

typedef struct _HgFrameworkSection HgFrameworkSection;

typedef struct
{
  char               *ref;      /* unique in the framework */
  char               *level;    /* NULL when the framework has no levels */
  GStrv               tags;     /* never NULL */
  char               *text;
  char               *advice;   /* NULL when there is none */
  HgFrameworkSection *section;  /* borrowed */
  guint               line;
} HgFrameworkItem;

struct _HgFrameworkSection
{
  char      *id;
  char      *title;
  GPtrArray *items;             /* of HgFrameworkItem */
  guint      line;
};

typedef struct _HgFramework HgFramework;

/* @name names the source in each problem ("NAME:LINE: …"); @languages as for
 * hg_xml_loader_new() (NULL: the interface's). On failure the problems (of
 * char *) go to @problems when it is not NULL. */
HgFramework *hg_framework_load_memory  (const char          *data,
                                        gsize                length,
                                        const char          *name,
                                        const char * const  *languages,
                                        GPtrArray          **problems,
                                        GError             **error);
HgFramework *hg_framework_load_file    (const char          *path,
                                        const char * const  *languages,
                                        GPtrArray          **problems,
                                        GError             **error);
/* The frameworks Hinagata ships, by id ("ipa-self-check", "five-measures"). */
const char * const *hg_framework_builtin_ids (void);
HgFramework *hg_framework_load_builtin (const char          *id,
                                        const char * const  *languages,
                                        GError             **error);
void         hg_framework_free         (HgFramework         *framework);

const char  *hg_framework_get_id        (HgFramework *framework);
const char  *hg_framework_get_version   (HgFramework *framework);
const char  *hg_framework_get_title     (HgFramework *framework);
/* The title in the framework's own language, for what the workbook keeps:
 * the same whoever's language started the assessment. */
const char  *hg_framework_get_own_title (HgFramework *framework);
const char  *hg_framework_get_publisher (HgFramework *framework);
/* Of HgFrameworkSection, in the file's order. */
GPtrArray   *hg_framework_get_sections  (HgFramework *framework);
/* Of HgFrameworkAnswer, in the file's order. */
GPtrArray   *hg_framework_get_scale     (HgFramework *framework);
HgScoringKind hg_framework_get_scoring  (HgFramework *framework);
/* Of HgFrameworkBand (sum scoring; empty for rates). */
GPtrArray   *hg_framework_get_bands     (HgFramework *framework);
/* The levels in their cumulative order (rates scoring; empty for sum). */
const char * const *hg_framework_get_levels (HgFramework *framework);
guint        hg_framework_count_items   (HgFramework *framework);
HgFrameworkItem   *hg_framework_find_item   (HgFramework *framework,
                                             const char  *ref);
HgFrameworkAnswer *hg_framework_find_answer (HgFramework *framework,
                                             const char  *value);
/* As typed: a value of the scale, else a status (met, partly, not, na,
 * unknown) meaning the first answer of the scale with that status. */
HgFrameworkAnswer *hg_framework_parse_answer (HgFramework *framework,
                                              const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgFramework, hg_framework_free)

G_END_DECLS
