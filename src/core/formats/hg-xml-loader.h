/* hg-xml-loader.h: what loading one of our XML formats (template packs, the
 * risk catalogue) shares — safe parsing, RELAX NG, problems with their
 * line, texts in the reader's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct _HgXmlLoader HgXmlLoader;

/* @name names the source in every problem ("pack.xml:12: …"). @languages
 * lists the wanted languages, most preferred first, as tags ("en", "pt-BR")
 * or locale names ("en_US.UTF-8"); NULL means the language the interface
 * speaks (hg_xml_loader_interface_language()). "C" and "POSIX" ask for no
 * language in particular. */
/* The language gettext translates the interface into, as a tag ("ja"), or
 * "en" when it translates nothing (the source strings are English). */
const char  *hg_xml_loader_interface_language (void);
HgXmlLoader *hg_xml_loader_new             (const char          *name,
                                            const char * const  *languages);
void         hg_xml_loader_free            (HgXmlLoader         *loader);
const char  *hg_xml_loader_get_name        (HgXmlLoader         *loader);

/* Adds "NAME:LINE: message" to the problems. */
void         hg_xml_loader_problem         (HgXmlLoader         *loader,
                                            guint                line,
                                            const char          *format,
                                            ...) G_GNUC_PRINTF (3, 4);
guint        hg_xml_loader_count_problems  (HgXmlLoader         *loader);
/* The problems found so far (of char *), leaving none behind. */
GPtrArray   *hg_xml_loader_steal_problems  (HgXmlLoader         *loader);

/* Parses @data without network, DTD or entities. A file over @max_size
 * gets the problem @too_large; a DOCTYPE or ENTITY declaration, where entity
 * tricks live ("billion laughs", external entities), gets @refused with its
 * line and is never shown to libxml2. XML errors are problems with their
 * line. Returns NULL when there was a problem. */
xmlDoc      *hg_xml_loader_parse           (HgXmlLoader         *loader,
                                            const char          *data,
                                            gsize                length,
                                            gsize                max_size,
                                            const char          *too_large,
                                            const char          *refused);
/* Checks @doc against the RELAX NG schema in the core's resources at
 * @schema_path; each violation is a problem with its line. */
gboolean     hg_xml_loader_validate        (HgXmlLoader         *loader,
                                            xmlDoc              *doc,
                                            const char          *schema_path);

/* The document's own language: the xml:lang of its root, which the texts
 * without xml:lang are in. Call before hg_xml_loader_text(). */
void         hg_xml_loader_set_own_language (HgXmlLoader        *loader,
                                             xmlNode            *root);
const char  *hg_xml_loader_get_own_language (HgXmlLoader        *loader);

/* The text of @parent's @name children in the best wanted language, else the
 * document's own, else any; NULL when there is none. @own (if not NULL)
 * gets the text in the document's own language, the child without xml:lang.
 * A language written twice is a problem with its line. */
char        *hg_xml_loader_text            (HgXmlLoader         *loader,
                                            xmlNode             *parent,
                                            const char          *name,
                                            char               **own);

/* Plain reading helpers. */
char        *hg_xml_prop                   (xmlNode             *node,
                                            const char          *name);
char        *hg_xml_text_of                (xmlNode             *node);
xmlNode     *hg_xml_child_element          (xmlNode             *node,
                                            const char          *name);
gboolean     hg_xml_is_element             (xmlNode             *node,
                                            const char          *name);
guint        hg_xml_line                   (xmlNode             *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HgXmlLoader, hg_xml_loader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
