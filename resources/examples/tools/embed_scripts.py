#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps the example components and pipelines in sync with their sources.

1. components/<name>/component.yaml: the code item after `- -c` in `command` is replaced by the
   text of components/<name>/<name>.py (a YAML block literal), KFP lightweight-component style:
   `python3 -u -c <code> <args...>`, so the scripts need not be baked into the image.
2. *.pipeline.yaml: every `componentRef: {name: ..., url: <file>, digest: <hex>}` gets the
   sha256 of the referenced file's bytes.

Only those lines change; the rest of each file is kept as written.
Usage: embed_scripts.py [--check]   (--check: change nothing, exit 1 if anything is stale)
"""
import argparse
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIGEST_RE = re.compile(r"(url:\s*)([^,}\s]+)(\s*,\s*digest:\s*)([0-9a-fA-F]*)")


def embed(yaml_text, code, where):
    lines = yaml_text.split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)- -c\s*$", line)
        if m and i + 1 < len(lines) and re.match(r"^\s*- \|[-+]?\s*$", lines[i + 1]):
            indent = m.group(1)
            end = i + 2
            while end < len(lines) and (lines[end].strip() == "" or
                                        len(lines[end]) - len(lines[end].lstrip()) > len(indent) + 1):
                end += 1
            # Keep blank lines that separate the block from the next key out of the block.
            while end > i + 2 and lines[end - 1].strip() == "":
                end -= 1
            body = [(indent + "  " + c) if c.strip() else "" for c in code.rstrip("\n").split("\n")]
            return "\n".join(lines[:i + 1] + [indent + "- |"] + body + lines[end:])
    raise SystemExit(f"{where}: no `- -c` followed by a `- |` block in command")


def check_code(text, code, where):
    try:
        import yaml  # optional: verifies the result parses back to exactly the script
    except ImportError:
        return
    spec = yaml.safe_load(text)
    command = spec["implementation"]["container"]["command"]
    embedded = command[command.index("-c") + 1]
    if embedded != code.rstrip("\n") + "\n":
        raise SystemExit(f"{where}: embedded code does not round-trip through YAML")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    args = parser.parse_args()
    stale = []

    for spec_path in sorted(ROOT.glob("components/*/component.yaml")):
        script = spec_path.parent / (spec_path.parent.name + ".py")
        if not script.exists():
            continue
        code = script.read_text(encoding="utf-8")
        old = spec_path.read_text(encoding="utf-8")
        new = embed(old, code, spec_path)
        check_code(new, code, spec_path)
        if new != old:
            stale.append(spec_path)
            if not args.check:
                spec_path.write_text(new, encoding="utf-8", newline="\n")

    for pipeline in sorted(ROOT.glob("*.pipeline.yaml")):
        old = pipeline.read_text(encoding="utf-8")

        def digest(m):
            target = ROOT / m.group(2)
            if not target.exists():
                raise SystemExit(f"{pipeline.name}: componentRef url {m.group(2)} does not exist")
            return m.group(1) + m.group(2) + m.group(3) + hashlib.sha256(target.read_bytes()).hexdigest()

        new = DIGEST_RE.sub(digest, old)
        if new != old:
            stale.append(pipeline)
            if not args.check:
                pipeline.write_text(new, encoding="utf-8", newline="\n")

    for path in stale:
        print(("stale: " if args.check else "updated: ") + str(path.relative_to(ROOT)))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
