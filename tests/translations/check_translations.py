#!/usr/bin/env python3
"""Checks the shipped .ts files of D1 Exporter.

Fails when a .ts has an unfinished, vanished or obsolete entry, an empty translation, a placeholder
(%1..%9, %n, %L1) that differs from the source, the wrong number of plural forms for its language,
a lost keyboard mnemonic (&), or when lupdate finds strings in the current sources that the .ts
does not have (or the .ts has strings the sources no longer have).

Usage: check_translations.py [--lupdate LUPDATE --sources DIR...] --ts TS_FILE...
Prints one line per check and a closing "N passed, M failed"; exits 1 when any check failed.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt uses per language (qttools src/linguist/shared/numerus.cpp).
NUMERUS_FORMS = {"de": 2, "fr": 2, "es": 2, "ja": 1, "zh_CN": 1, "en": 2}
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")
# A mnemonic: & before a letter or digit, not "&&" and not an entity such as "&amp;".
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;)(\w)")


def messages(path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def forms(message):
    translation = message.find("translation")
    if translation is None:
        return translation, []
    if message.get("numerus") == "yes":
        return translation, [f.text or "" for f in translation.iter("numerusform")]
    return translation, [translation.text or ""]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def language_of(path, root_language):
    if root_language:
        return root_language
    base = os.path.basename(path)[: -len(".ts")]
    return base.split("_", 1)[1] if "_" in base else "en"


def lupdate_keys(lupdate, sources):
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        result = subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", fresh],
                                capture_output=True, text=True)
        if result.returncode != 0 or not os.path.exists(fresh):
            raise RuntimeError("lupdate failed: " + (result.stderr or result.stdout).strip())
        return {key(c, m) for c, m in messages(fresh)}


def short(k):
    context, source, comment = k
    text = source if len(source) < 70 else source[:67] + "..."
    return f"[{context}] {text!r}" + (f" ({comment})" if comment else "")


def check_file(path, current_keys):
    """Returns a list of (check name, problems)."""
    root = ET.parse(path).getroot()
    language = language_of(path, root.get("language"))
    results = {name: [] for name in ("state", "empty", "placeholders", "plural forms", "mnemonics",
                                     "whitespace", "in step with the sources")}
    keys = set()
    for context, message in messages(path):
        k = key(context, message)
        keys.add(k)
        source = message.findtext("source") or ""
        translation, texts = forms(message)
        state = translation.get("type") if translation is not None else "missing"
        if state in ("unfinished", "vanished", "obsolete", "missing"):
            results["state"].append(f"{state}: {short(k)}")
        if not texts or any(not t.strip() for t in texts):
            results["empty"].append(short(k))
            continue
        for text in texts:
            if placeholders(text) != placeholders(source):
                results["placeholders"].append(f"{short(k)} -> {text!r}")
        if message.get("numerus") == "yes":
            wanted = NUMERUS_FORMS.get(language, NUMERUS_FORMS.get(language.split("_")[0]))
            if wanted is not None and len(texts) != wanted:
                results["plural forms"].append(f"{len(texts)} instead of {wanted}: {short(k)}")
        if "<" not in source:
            for text in texts:
                had, has = len(MNEMONIC.findall(source)), len(MNEMONIC.findall(text))
                if had != has:
                    results["mnemonics"].append(f"{short(k)} -> {text!r}")
            # Leading and trailing spaces glue pieces together ("Warning: " + text): keep them,
            # except that Japanese and Chinese need no space after their full-width punctuation.
            if not language.startswith(("ja", "zh")):
                for text in texts:
                    if (source[:1] == " ") != (text[:1] == " ") or (source[-1:] == " ") != (text[-1:] == " "):
                        results["whitespace"].append(f"{short(k)} -> {text!r}")
    if current_keys is not None:
        for k in sorted(current_keys - keys):
            results["in step with the sources"].append(f"new in the sources (run update_translations): {short(k)}")
        for k in sorted(keys - current_keys):
            results["in step with the sources"].append(f"no longer in the sources: {short(k)}")
    return list(results.items()), len(keys)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", help="lupdate program; without it the sources are not compared")
    parser.add_argument("--sources", nargs="+", default=[], help="folders or files lupdate scans")
    parser.add_argument("--ts", dest="ts_files", nargs="+", required=True, help=".ts files to check")
    args = parser.parse_args()

    passed = failed = 0
    current = None
    if args.lupdate:
        try:
            current = lupdate_keys(args.lupdate, args.sources)
            print(f"PASS lupdate: {len(current)} strings in the sources")
            passed += 1
        except (RuntimeError, OSError) as error:
            print(f"FAIL lupdate: {error}")
            failed += 1
    for path in args.ts_files:
        name = os.path.basename(path)
        try:
            results, count = check_file(path, current)
        except (ET.ParseError, OSError) as error:
            print(f"FAIL {name}: cannot be read: {error}")
            failed += 1
            continue
        for check, problems in results:
            if problems:
                failed += 1
                print(f"FAIL {name}: {check}: {len(problems)} problem(s)")
                for problem in problems[:40]:
                    print(f"    {problem}")
                if len(problems) > 40:
                    print(f"    ... and {len(problems) - 40} more")
            else:
                passed += 1
                print(f"PASS {name}: {check} ({count} strings)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
