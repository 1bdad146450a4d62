#!/usr/bin/env python3
"""Checks a risk catalogue against the template pack whose rules it follows.

    check-risk-catalogue.py CATALOGUE PACK [--media ASSET_REGISTER_SQL]

Fails (exit status 1, one line per problem, with the line in the catalogue)
when:
  - a key (medium, threat or control) is used twice;
  - a control counters a key that is not a threat, or counters nothing;
  - a threat is countered by fewer than two controls;
  - a name, description, title or text has no English version, has no
    version in the catalogue's own language, or has a language twice;
  - there are fewer than 60 controls;
  - a group's chapter is not a chapter of the pack, or its step is not a
    step of the pack;
  - a suggestion names a question the pack does not have, or a value that is
    not a valid answer to it (boolean: true or false; choice: one of its
    choices; number: a number within min and max; role: a role the pack
    uses; free-text, list and date questions cannot be suggested).
With --media, also fails when a medium's match names a medium that is not a
default of the asset register, or a default medium is matched by no medium or
by more than one.

Only the standard library is used, so it runs wherever meson does.
"""
import argparse
import re
import sys
import xml.parsers.expat
from collections import Counter, defaultdict

XML_LANG = "http://www.w3.org/XML/1998/namespace lang"
SECOND_LANGUAGE = "en"
MIN_CONTROLS = 60
MIN_COUNTERS_PER_THREAT = 2


class Node:
    __slots__ = ("tag", "attrib", "children", "text", "line")

    def __init__(self, tag, attrib, line):
        self.tag = tag
        self.attrib = attrib
        self.children = []
        self.text = ""
        self.line = line

    def findall(self, tag):
        return [c for c in self.children if c.tag == tag]

    def iter(self, tag):
        if self.tag == tag:
            yield self
        for c in self.children:
            yield from c.iter(tag)


def parse(path):
    """A small tree with line numbers (ElementTree keeps none)."""
    parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
    stack = []
    root = []

    def start(tag, attrib):
        node = Node(tag, attrib, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(tag):
        stack.pop()

    def chars(data):
        if stack:
            stack[-1].text += data

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    with open(path, "rb") as f:
        parser.ParseFile(f)
    return root[0]


class Report:
    def __init__(self, path):
        self.path = path
        self.problems = []

    def __call__(self, node, message):
        line = node.line if node is not None else 0
        self.problems.append(f"{self.path}:{line}: {message}")


def pack_model(pack):
    steps = set()
    questions = {}
    for step in pack.findall("step"):
        steps.add(step.attrib["id"])
        for q in step.findall("question"):
            questions[q.attrib["id"]] = q
    chapters = {c.attrib["id"] for doc in pack.findall("document")
                for c in doc.findall("chapter")}
    roles = {r.attrib["role"] for r in pack.iter("rule") if "role" in r.attrib}
    return steps, questions, chapters, roles


def check_value(question, value, roles):
    """None when value is a valid answer to question, else why not."""
    qtype = question.attrib["type"]
    if qtype == "boolean":
        return None if value in ("true", "false") else "is not true or false"
    if qtype == "choice":
        choices = [c.attrib["value"] for c in question.findall("choice")]
        return None if value in choices else "is not one of " + ", ".join(choices)
    if qtype == "number":
        try:
            number = float(value)
        except ValueError:
            return "is not a number"
        lo = question.attrib.get("min")
        hi = question.attrib.get("max")
        if lo is not None and number < float(lo):
            return f"is below the minimum {lo}"
        if hi is not None and number > float(hi):
            return f"is above the maximum {hi}"
        return None
    if qtype == "role":
        return None if value in roles else "is not a role of the pack"
    return f"cannot be suggested: the question is of type {qtype}"


def check_texts(node, tags, default_lang, report, what):
    """Each tag in tags must appear once in the catalogue's language and once in English."""
    for tag in tags:
        elements = node.findall(tag)
        langs = Counter(e.attrib.get(XML_LANG, default_lang) for e in elements)
        for lang, n in langs.items():
            if n > 1:
                report(node, f"{what}: <{tag}> in language {lang} given {n} times")
        if default_lang not in langs:
            report(node, f"{what}: <{tag}> has no version in the catalogue's language ({default_lang})")
        if SECOND_LANGUAGE not in langs:
            report(node, f"{what}: <{tag}> has no English version (xml:lang=\"{SECOND_LANGUAGE}\")")
        for e in elements:
            if not e.text.strip():
                report(e, f"{what}: empty <{tag}>")


def register_media(sql_path):
    text = open(sql_path, encoding="utf-8").read()
    m = re.search(r"INSERT\s+INTO\s+medium\s*\([^)]*\)\s*VALUES(.*?);", text, re.S | re.I)
    if not m:
        sys.exit(f"{sql_path}: no INSERT INTO medium")
    return re.findall(r"\(\s*'([^']*)'", m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("catalogue")
    ap.add_argument("pack")
    ap.add_argument("--media", help="the SQL file that inserts the register's default media")
    args = ap.parse_args()

    cat = parse(args.catalogue)
    steps, questions, chapters, roles = pack_model(parse(args.pack))
    report = Report(args.catalogue)
    lang = cat.attrib.get(XML_LANG, "")
    if cat.tag != "risk-catalogue":
        report(cat, f"root element is <{cat.tag}>, not <risk-catalogue>")

    keys = {}

    def claim(node, kind):
        key = node.attrib.get("key", "")
        if key in keys:
            report(node, f"{kind} key {key!r} is already used on line {keys[key].line}")
        else:
            keys[key] = node
        return key

    threats = {}
    matched = defaultdict(list)
    for medium in cat.findall("medium"):
        mkey = claim(medium, "medium")
        check_texts(medium, ("name",), lang, report, f"medium {mkey}")
        for name in medium.attrib.get("match", "").split("|"):
            matched[name.strip()].append(medium)
        if not medium.findall("threat"):
            report(medium, f"medium {mkey} has no threats")
        for threat in medium.findall("threat"):
            tkey = claim(threat, "threat")
            threats[tkey] = threat
            if threat.attrib.get("likelihood") not in ("1", "2", "3"):
                report(threat, f"threat {tkey}: likelihood must be 1, 2 or 3")
            check_texts(threat, ("name", "description"), lang, report, f"threat {tkey}")

    countered_by = defaultdict(list)
    n_controls = 0
    for controls in cat.findall("controls"):
        for group in controls.findall("group"):
            chapter = group.attrib.get("chapter", "")
            step = group.attrib.get("step", "")
            if chapter not in chapters:
                report(group, f"group chapter {chapter!r} is not a chapter of the pack")
            if step not in steps:
                report(group, f"group step {step!r} is not a step of the pack")
            check_texts(group, ("title",), lang, report, f"group {chapter}")
            for control in group.findall("control"):
                n_controls += 1
                ckey = claim(control, "control")
                check_texts(control, ("text",), lang, report, f"control {ckey}")
                counters = control.attrib.get("counters", "").split()
                if not counters:
                    report(control, f"control {ckey} counters no threat")
                for t in counters:
                    if t not in threats:
                        report(control, f"control {ckey} counters {t!r}, which is not a threat")
                    else:
                        countered_by[t].append(ckey)
                for dup, n in Counter(counters).items():
                    if n > 1:
                        report(control, f"control {ckey} counters {dup!r} {n} times")
                for s in control.findall("suggest"):
                    qid = s.attrib.get("question", "")
                    value = s.attrib.get("value", "")
                    q = questions.get(qid)
                    if q is None:
                        report(s, f"control {ckey}: suggested question {qid!r} is not in the pack")
                        continue
                    why = check_value(q, value, roles)
                    if why:
                        report(s, f"control {ckey}: value {value!r} for question {qid!r} {why}")

    for tkey, threat in threats.items():
        n = len(countered_by[tkey])
        if n < MIN_COUNTERS_PER_THREAT:
            report(threat, f"threat {tkey} is countered by {n} control(s), fewer than {MIN_COUNTERS_PER_THREAT}")

    if n_controls < MIN_CONTROLS:
        report(cat, f"{n_controls} controls, fewer than {MIN_CONTROLS}")

    if args.media:
        defaults = register_media(args.media)
        for name, media in matched.items():
            if name not in defaults:
                report(media[0], f"medium match {name!r} is not a default medium of the register")
        for name in defaults:
            if not matched.get(name):
                report(cat, f"default medium {name!r} is matched by no medium")
            elif len(matched[name]) > 1:
                report(matched[name][1], f"default medium {name!r} is matched by more than one medium")

    if report.problems:
        print("\n".join(report.problems))
        return 1
    n_suggest = sum(1 for _ in cat.iter("suggest"))
    print(f"{args.catalogue}: {len(cat.findall('medium'))} media, {len(threats)} threats, "
          f"{n_controls} controls, {n_suggest} suggestions: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
