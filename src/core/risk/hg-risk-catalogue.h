/* hg-risk-catalogue.h: the risk catalogue — threats per kind of medium and
 * the controls that counter them (resources/risk/risk-catalogue.rng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HG_RISK_CATALOGUE_ERROR (hg_risk_catalogue_error_quark ())

typedef enum
{
  /* The catalogue has problems, each listed with its line (the problems
   * argument of the loader). */
  HG_RISK_CATALOGUE_ERROR_INVALID,
  /* The file is larger than a catalogue can be (16 MB); not read. */
  HG_RISK_CATALOGUE_ERROR_TOO_LARGE,
} HgRiskCatalogueError;

GQuark hg_risk_catalogue_error_quark (void);

/* Texts come twice where the catalogue is written in several languages:
 * the plain field is in the best language the catalogue has for the list it
 * was loaded for (by default the user's), for the interface; the own_ field
 * is in the catalogue's own language (the element without xml:lang), for
 * what is written into the workbook and into documents. */

typedef struct _HgRiskMediumKind HgRiskMediumKind;

typedef struct
{
  char             *key;          /* unique in the catalogue */
  char             *name;
  char             *own_name;
  char             *description;
  char             *own_description;
  guint             likelihood;   /* default 脅威の起こりやすさ, 1..3 */
  HgRiskMediumKind *medium;       /* borrowed: the kind of medium it belongs to */
  guint             line;
} HgRiskThreatDef;

struct _HgRiskMediumKind
{
  char       *key;
  GStrv       match;              /* the register's medium names it applies to */
  char       *name;
  char       *own_name;
  GPtrArray  *threats;            /* of HgRiskThreatDef, in catalogue order */
  guint       line;
};

typedef struct
{
  char *question;                 /* a question id of the policy wizard */
  char *value;                    /* its stricter answer */
} HgRiskSuggestion;

typedef struct _HgRiskControlGroup HgRiskControlGroup;

typedef struct
{
  char               *key;        /* unique in the catalogue */
  char               *text;
  char               *own_text;
  GStrv               counters;   /* threat keys, each one of this catalogue */
  GPtrArray          *suggestions; /* of HgRiskSuggestion */
  HgRiskControlGroup *group;      /* borrowed */
  guint               index;      /* its place in hg_risk_catalogue_get_controls() */
  guint               line;
} HgRiskControl;

/* A group of controls is one chapter of the rules and the wizard step that
 * sets it: the diagnosis ranks these. */
struct _HgRiskControlGroup
{
  char      *chapter;             /* the chapter id of the built-in pack's rules */
  char      *step;                /* the wizard step that sets that chapter */
  char      *title;
  char      *own_title;
  GPtrArray *controls;            /* of HgRiskControl, borrowed from the catalogue */
  guint      index;               /* its place in hg_risk_catalogue_get_groups() */
  guint      line;
};

typedef struct _HgRiskCatalogue HgRiskCatalogue;

/* Loading checks, and reports as "NAME:LINE: problem" in @problems (of
 * char *): XML errors, a DOCTYPE or ENTITY declaration (refused before
 * parsing), the RELAX NG schema, keys of media, threats and controls used
 * twice, a counters key that names no threat of the catalogue, a medium name
 * matched by two kinds of medium, and a text written twice in one language.
 * On any problem the result is NULL and @error says how many there were. */
HgRiskCatalogue  *hg_risk_catalogue_load_memory  (const char          *data,
                                                  gsize                length,
                                                  const char          *name,
                                                  const char * const  *languages,
                                                  GPtrArray          **problems,
                                                  GError             **error);
HgRiskCatalogue  *hg_risk_catalogue_load_file    (const char          *path,
                                                  const char * const  *languages,
                                                  GPtrArray          **problems,
                                                  GError             **error);
/* The catalogue compiled into the program (resources/risk/risk-catalogue-ja.xml). */
HgRiskCatalogue  *hg_risk_catalogue_load_builtin (const char * const  *languages,
                                                  GError             **error);
void              hg_risk_catalogue_free         (HgRiskCatalogue     *catalogue);

guint             hg_risk_catalogue_get_version  (HgRiskCatalogue     *catalogue);
/* The catalogue's own language, normalised ("ja"). */
const char       *hg_risk_catalogue_get_language (HgRiskCatalogue     *catalogue);
/* Of HgRiskMediumKind, HgRiskControlGroup and HgRiskControl, in catalogue
 * order; owned by the catalogue. */
GPtrArray        *hg_risk_catalogue_get_media    (HgRiskCatalogue     *catalogue);
GPtrArray        *hg_risk_catalogue_get_groups   (HgRiskCatalogue     *catalogue);
GPtrArray        *hg_risk_catalogue_get_controls (HgRiskCatalogue     *catalogue);
const HgRiskThreatDef *hg_risk_catalogue_find_threat  (HgRiskCatalogue *catalogue,
                                                       const char      *key);
const HgRiskControl   *hg_risk_catalogue_find_control (HgRiskCatalogue *catalogue,
                                                       const char      *key);
const HgRiskControlGroup *hg_risk_catalogue_find_group (HgRiskCatalogue *catalogue,
                                                        const char      *chapter);
/* The kind of medium whose match list holds @medium_name (compared after
 * normalising width, spaces and case), or NULL: a medium the company named
 * itself starts without threats. */
const HgRiskMediumKind *hg_risk_catalogue_match_medium (HgRiskCatalogue *catalogue,
                                                        const char      *medium_name);
/* What the interface shows for what the workbook stores. The workbook keeps
 * the catalogue's own (Japanese) text with the key of each threat it was
 * seeded with, because the documents and exports are Japanese and the
 * company may rename a threat; the English text comes from the catalogue's
 * xml:lang="en" elements, next to the Japanese they translate, rather than
 * from ja.po: the catalogue is data a company or a guideline may replace,
 * and its translations must travel with it. So: while the stored text is
 * still the catalogue's own text for that key, the catalogue's text in the
 * interface's language is shown; a text the company typed (a renamed
 * threat, its own threat, a medium it named) is shown as typed, in every
 * language. Each returns a borrowed string: the catalogue's or the argument
 * itself. @catalogue may be NULL (none loaded): the argument. */
const char       *hg_risk_catalogue_display_threat      (HgRiskCatalogue *catalogue,
                                                         const char      *key,
                                                         const char      *name);
const char       *hg_risk_catalogue_display_description (HgRiskCatalogue *catalogue,
                                                         const char      *key,
                                                         const char      *description);
const char       *hg_risk_catalogue_display_medium      (HgRiskCatalogue *catalogue,
                                                         const char      *name);
/* hg_risk_catalogue_display_medium() by the built-in catalogue, the one the
 * window's session uses: for the asset register's lists and dialogs, which
 * name media without a session. */
const char       *hg_risk_catalogue_display_builtin_medium (const char *name);
/* The reverse, for an edit: @name as the interface showed it for the threat
 * @key becomes the catalogue's own text, so that keeping what was shown is
 * not a rename; any other text is returned as it is. */
const char       *hg_risk_catalogue_own_threat          (HgRiskCatalogue *catalogue,
                                                         const char      *key,
                                                         const char      *name);
const char       *hg_risk_catalogue_own_description     (HgRiskCatalogue *catalogue,
                                                         const char      *key,
                                                         const char      *description);
/* The controls that counter the threat @threat_key, in catalogue order
 * (borrowed pointers; free the array only). */
GPtrArray        *hg_risk_catalogue_controls_for (HgRiskCatalogue     *catalogue,
                                                  const char          *threat_key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgRiskCatalogue, hg_risk_catalogue_free)

G_END_DECLS
