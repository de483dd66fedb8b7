#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill unfinished entries of translations/mlwb_<lang>.ts from tools/<lang>.tsv.

TSV lines: source<TAB>translation (\\n \\t \\\\ escaped); a line starting with '#' without a tab is a comment.
A numerus message takes its forms from one TSV translation separated by ' || '.
Usage: fill_translations.py [de fr ...] [--check]   (--check: exit 1 if anything is missing)
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = os.path.dirname(HERE)


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def load_tsv(path):
    table = {}
    if not os.path.exists(path):
        return table
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or (line.startswith('#') and '\t' not in line):
                continue
            parts = line.split('\t')
            if len(parts) != 2:
                print(f'{path}:{no}: expected 2 columns, got {len(parts)}', file=sys.stderr)
                continue
            table[unescape(parts[0])] = unescape(parts[1])
    return table


def placeholders(s):
    import re
    return sorted(re.findall(r'%(?:\d+|n)', s))


def fill(lang):
    ts_path = os.path.join(TS_DIR, f'mlwb_{lang}.ts')
    table = load_tsv(os.path.join(HERE, f'{lang}.tsv'))
    with open(ts_path, encoding='utf-8') as f:
        head = f.read(200)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    total = filled = missing = 0
    missing_list = []
    for ctx in root.iter('context'):
        cname = ctx.findtext('name')
        for msg in ctx.iter('message'):
            total += 1
            src = msg.findtext('source') or ''
            tr = msg.find('translation')
            if tr is None:
                tr = ET.SubElement(msg, 'translation')
            done = tr.get('type') not in ('unfinished',) and (
                (tr.text or '').strip() or len(tr.findall('numerusform')))
            if tr.get('type') in ('vanished', 'obsolete'):
                continue
            if src in table:
                t = table[src]
                if any(placeholders(f) != placeholders(src) for f in t.split(' || ')):
                    print(f'[{lang}] placeholder mismatch: {src!r} -> {t!r}', file=sys.stderr)
                if msg.get('numerus') == 'yes':
                    for nf in list(tr):
                        tr.remove(nf)
                    tr.text = None
                    forms = t.split(' || ')
                    if len(forms) == 1:  # de and fr both have two forms
                        forms *= 2
                    for form in forms:
                        ET.SubElement(tr, 'numerusform').text = form
                else:
                    tr.text = t
                if 'type' in tr.attrib:
                    del tr.attrib['type']
                filled += 1
            elif done:
                filled += 1
            else:
                missing += 1
                missing_list.append((cname, src))
    ET.indent(tree, space='    ')
    # lupdate's layout: <context> at column 0, children indented by 4.
    body = '\n'.join(l[4:] if l.startswith('    ') else l
                     for l in ET.tostring(root, encoding='unicode').split('\n'))
    with open(ts_path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
    print(f'{lang}: {total} messages, {filled} translated, {missing} missing')
    return missing_list


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    langs = args or ['de', 'fr']
    any_missing = False
    for lang in langs:
        miss = fill(lang)
        for cname, src in miss:
            print(f'  [{lang}] {cname}: {escape(src)}')
        any_missing = any_missing or bool(miss)
    if '--check' in sys.argv and any_missing:
        sys.exit(1)


if __name__ == '__main__':
    main()
