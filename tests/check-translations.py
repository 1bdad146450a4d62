#!/usr/bin/env python3
"""Fails when any string of the sources lacks a finished Japanese translation.

Checking po/ja.po alone is not enough: a string added to the code but never
merged into ja.po would go unnoticed. So this extracts the strings afresh from
po/POTFILES.in, as `ninja hinagata-pot` would, merges ja.po into them and then
counts what is untranslated or fuzzy.
"""
import os
import re
import subprocess
import sys
import tempfile

src = sys.argv[1]
po_dir = os.path.join(src, "po")

XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments", "--package-name=hinagata",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_set_error:4:c-format", "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
]

with open(os.path.join(po_dir, "POTFILES.in"), encoding="utf-8") as f:
    files = [l.strip() for l in f if l.strip() and not l.startswith("#")]

missing_from_potfiles = []
for root in ("src", "ui"):
    for dirpath, _, names in os.walk(os.path.join(src, root)):
        for name in names:
            rel = os.path.relpath(os.path.join(dirpath, name), src)
            if not name.endswith((".c", ".ui")) or rel in files:
                continue
            text = open(os.path.join(src, rel), encoding="utf-8").read()
            if re.search(r'\b(_|N_|C_|g_dngettext)\s*\(|translatable="yes"', text):
                missing_from_potfiles.append(rel)
if missing_from_potfiles:
    print("Files with translatable strings missing from po/POTFILES.in:")
    for rel in missing_from_potfiles:
        print("  " + rel)
    sys.exit(1)

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, "hinagata.pot")
    merged = os.path.join(tmp, "ja.po")
    subprocess.run(["xgettext", *XGETTEXT_ARGS, "-o", pot, *files], cwd=src, check=True)
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                    os.path.join(po_dir, "ja.po"), pot], check=True)
    stats = subprocess.run(["msgfmt", "-c", "--check-format", "--statistics", "-o", os.devnull,
                            merged], capture_output=True, text=True)
    print(stats.stderr.strip())
    if stats.returncode != 0:
        sys.exit(1)
    bad = subprocess.run(["msgattrib", "--untranslated", "--only-fuzzy", merged],
                         capture_output=True, text=True).stdout
    bad += subprocess.run(["msgattrib", "--untranslated", merged],
                          capture_output=True, text=True).stdout
    if "untranslated" in stats.stderr or "fuzzy" in stats.stderr:
        print("Strings without a finished Japanese translation:")
        print(bad)
        sys.exit(1)
