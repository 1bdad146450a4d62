#!/usr/bin/env python3
# Copyright The Hinagata developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sanity checks for the Flatpak manifest.

Usage: test-manifest.py [MANIFEST]

MANIFEST defaults to io.github.hinagata.Hinagata.json next to this script.
Prints every problem found and exits with status 1 if there is any,
0 otherwise (2 if the file cannot be read or is not valid JSON).
"""

import json
import os
import sys

APP_ID = "io.github.hinagata.Hinagata"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
COMMAND = "hinagata"
MAIN_MODULE = "hinagata"
MAIN_BUILDSYSTEM = "meson"

# Workbooks are opened and saved through the file chooser portal and
# Hinagata never goes online, so neither of these may ever be granted.
FORBIDDEN_SHARES = {"network"}
FORBIDDEN_FILESYSTEM_PREFIXES = ("host", "home")


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        print(f"{path}: cannot read: {e.strerror}", file=sys.stderr)
    except json.JSONDecodeError as e:
        print(f"{path}: not valid JSON: {e}", file=sys.stderr)
    sys.exit(2)


def iter_modules(modules, base_dir, where, errors):
    """Yield (label, module dict) for every module, nested ones included."""
    if not isinstance(modules, list):
        errors.append(f"{where}: 'modules' must be a list")
        return
    for i, module in enumerate(modules):
        if isinstance(module, str):
            # A module kept in a file of its own, relative to the manifest.
            path = os.path.join(base_dir, module)
            if not os.path.isfile(path):
                errors.append(f"{where}[{i}]: module file {module!r} not found")
                continue
            module = load_json(path)
        if not isinstance(module, dict):
            errors.append(f"{where}[{i}]: module must be an object")
            continue
        label = f"{where}[{i}] ({module.get('name', '<unnamed>')})"
        yield label, module
        if "modules" in module:
            yield from iter_modules(module["modules"], base_dir,
                                    f"{label}.modules", errors)


def check(manifest, base_dir):
    errors = []

    def expect(key, wanted):
        got = manifest.get(key)
        if got != wanted:
            errors.append(f"'{key}' is {got!r}, expected {wanted!r}")

    if not isinstance(manifest, dict):
        return ["the manifest must be a JSON object"]

    # 'app-id' is the older spelling of 'id'; either one must be right.
    if "id" in manifest or "app-id" not in manifest:
        expect("id", APP_ID)
    else:
        expect("app-id", APP_ID)
    expect("runtime", RUNTIME)
    expect("sdk", SDK)
    expect("command", COMMAND)
    if not isinstance(manifest.get("runtime-version"), str):
        errors.append("'runtime-version' must be a string, e.g. \"47\"")

    finish_args = manifest.get("finish-args", [])
    if not isinstance(finish_args, list):
        errors.append("'finish-args' must be a list")
        finish_args = []
    for arg in finish_args:
        if not isinstance(arg, str):
            errors.append(f"finish-args: {arg!r} is not a string")
            continue
        if arg.startswith("--share="):
            if arg.split("=", 1)[1] in FORBIDDEN_SHARES:
                errors.append(f"finish-args: {arg} is not allowed; "
                              "Hinagata works without the network")
        elif arg.startswith("--filesystem="):
            value = arg.split("=", 1)[1]
            if value.startswith(FORBIDDEN_FILESYSTEM_PREFIXES):
                errors.append(f"finish-args: {arg} is not allowed; "
                              "file access goes through the portals")

    modules = manifest.get("modules")
    if not modules:
        errors.append("'modules' is missing or empty")
        return errors

    for label, module in iter_modules(modules, base_dir, "modules", errors):
        sources = module.get("sources")
        if not isinstance(sources, list) or not sources:
            errors.append(f"{label}: has no sources")

    last = modules[-1]
    if isinstance(last, str):
        last = load_json(os.path.join(base_dir, last))
    if not isinstance(last, dict):
        errors.append("the last module must be an object")
    else:
        if last.get("name") != MAIN_MODULE:
            errors.append(f"the last module is named {last.get('name')!r}, "
                          f"expected {MAIN_MODULE!r}")
        if last.get("buildsystem") != MAIN_BUILDSYSTEM:
            errors.append(f"the last module ({last.get('name')!r}) has "
                          f"buildsystem {last.get('buildsystem')!r}, "
                          f"expected {MAIN_BUILDSYSTEM!r}")
    return errors


def main():
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1] in ("-h", "--help")):
        print(__doc__, file=sys.stderr)
        return 2
    if len(sys.argv) == 2:
        path = sys.argv[1]
    else:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            APP_ID + ".json")

    manifest = load_json(path)
    errors = check(manifest, os.path.dirname(os.path.abspath(path)))
    if errors:
        for error in errors:
            print(f"{path}: {error}", file=sys.stderr)
        print(f"FAIL: {len(errors)} problem(s) in the Flatpak manifest",
              file=sys.stderr)
        return 1
    print(f"{path}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
