#!/usr/bin/env python3
# Copyright The Hinagata developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that the shared-mime-info rules tell workbooks apart by content.

Builds a private MIME database from the system's freedesktop.org.xml and
our package file, writes three SQLite databases without file name
extensions (one with application_id 'HINA', one without application_id,
one with another application_id) and asks GIO for their content types.

Usage: test-mime.py MIME_XML
Exit status 77 (skipped) when the system MIME package or a tool is missing.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

WORKBOOK_TYPE = "application/x-hinagata-workbook"
SQLITE_TYPE = "application/vnd.sqlite3"
APPLICATION_ID = 0x48494E41  # 'HINA'
SYSTEM_PACKAGE = "/usr/share/mime/packages/freedesktop.org.xml"

SKIP = 77


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def make_db(path, application_id):
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA application_id = {int(application_id)}")
        con.execute("CREATE TABLE t (x)")
        con.commit()
    finally:
        con.close()


def content_type(path, env):
    out = subprocess.run(
        ["gio", "info", "--attributes=standard::content-type", path],
        env=env, check=True, capture_output=True, text=True,
    ).stdout
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("standard::content-type:"):
            return line.split(":", 3)[-1].strip()
    fail(f"gio info printed no content type for {path}:\n{out}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    mime_xml = sys.argv[1]

    for tool in ("update-mime-database", "gio"):
        if shutil.which(tool) is None:
            print(f"SKIP: {tool} not found", file=sys.stderr)
            return SKIP
    if not os.path.exists(SYSTEM_PACKAGE):
        print(f"SKIP: {SYSTEM_PACKAGE} not found", file=sys.stderr)
        return SKIP

    with tempfile.TemporaryDirectory(prefix="hinagata-mime-") as tmp:
        packages = os.path.join(tmp, "mime", "packages")
        os.makedirs(packages)
        shutil.copy(SYSTEM_PACKAGE, packages)
        shutil.copy(mime_xml, packages)
        result = subprocess.run(
            ["update-mime-database", "-V", os.path.join(tmp, "mime")],
            capture_output=True, text=True,
        )
        if result.returncode != 0:
            fail(f"update-mime-database rejected the rules:\n{result.stderr}")
        if not os.path.exists(os.path.join(tmp, "mime", "application",
                                           "x-hinagata-workbook.xml")):
            fail(f"{WORKBOOK_TYPE} is missing from the generated database")

        env = dict(os.environ)
        env["XDG_DATA_HOME"] = tmp
        env["XDG_DATA_DIRS"] = tmp
        env["GIO_USE_VFS"] = "local"

        cases = [
            ("workbook", APPLICATION_ID, WORKBOOK_TYPE),
            ("plain-sqlite", 0, SQLITE_TYPE),
            ("other-application", 0x12345678, SQLITE_TYPE),
        ]
        for name, application_id, expected in cases:
            path = os.path.join(tmp, name)
            make_db(path, application_id)
            got = content_type(path, env)
            if got != expected:
                fail(f"{name} (application_id 0x{application_id:08X}) "
                     f"was detected as {got}, expected {expected}")
            print(f"ok: {name} -> {got}")

        # The glob alone is enough, whatever the content says.
        path = os.path.join(tmp, "named.hinagata")
        make_db(path, 0)
        got = content_type(path, env)
        if got != WORKBOOK_TYPE:
            fail(f"*.hinagata was detected as {got}, expected {WORKBOOK_TYPE}")
        print(f"ok: named.hinagata -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
