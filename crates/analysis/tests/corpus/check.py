#!/usr/bin/env python3
"""Mechanical checks for the gold annotation corpus.

Usage: python3 check.py [corpus-dir]

For every *.ann.txt under the corpus directory:
  * the inline markup [[surface|kind|key]] parses, kinds are valid, keys are lower-case-hyphenated,
    no stray "[[", "]]" remain once the marks are removed, marks do not nest;
  * surfaces have no leading/trailing space or punctuation, no leading "the", no possessive;
  * for seeds/<name>.ann.txt the stripped text equals <repo>/seeds/<name>.txt byte for byte;
  * for dev/ and unseen/ articles the stripped text is 250-600 words;
  * inside one story folder a key always has the same kind, and a surface always has one key;
  * (warning) a surface marked somewhere in the story folder that also occurs unmarked in a file.
Prints per-file counts by kind and keys with 2+ mentions, then per-set totals.
Exit status is 1 if any error was found (warnings alone do not fail).

With --caps, also list (for review only) capitalised words outside any mark that do not start a
line or a sentence: candidates for missed mentions.
"""
import os
import re
import sys
from collections import Counter, defaultdict

KINDS = ("person", "organization", "place", "group")
MARK = re.compile(r"\[\[([^\[\]|]*)\|([^\[\]|]*)\|([^\[\]|]*)\]\]")
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EDGE_PUNCT = " \t\n\u00a0.,;:!?\"'“”‘’()[]{}«»—–-"

# names that really end in 's (not a possessive)
POSSESSIVE_NAMES = {"Moody's", "Moody’s", "McDonald's", "Sainsbury's"}

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(text):
    """Return (stripped_text, mentions, errors). mentions: list of (start, end, surface, kind, key)."""
    out = []
    mentions = []
    errors = []
    pos = 0
    plain_len = 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        plain_len += len(chunk)
        surface, kind, key = m.group(1), m.group(2), m.group(3)
        line = text.count("\n", 0, m.start()) + 1
        if kind not in KINDS:
            errors.append(f"line {line}: bad kind {kind!r} in {m.group(0)!r}")
        if not KEY.match(key):
            errors.append(f"line {line}: bad key {key!r} in {m.group(0)!r}")
        if not surface:
            errors.append(f"line {line}: empty surface in {m.group(0)!r}")
        if "\n" in surface:
            errors.append(f"line {line}: surface spans a line break: {m.group(0)!r}")
        # U.S., U.N., Inc., Co.: the dot belongs to the name
        abbrev = re.search(r"(?:(?:^|\W)(?:[A-Za-z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St)\.)$", surface)
        if surface and (surface[0] in EDGE_PUNCT or (surface[-1] in EDGE_PUNCT and not abbrev)):
            errors.append(f"line {line}: surface starts/ends with space or punctuation: {surface!r}")
        if re.match(r"(?i)the\s", surface):
            errors.append(f"line {line}: surface starts with 'the': {surface!r}")
        if re.search(r"['’]s?$", surface) and surface not in POSSESSIVE_NAMES:
            errors.append(f"line {line}: possessive inside surface: {surface!r}")
        mentions.append((plain_len, plain_len + len(surface), surface, kind, key))
        out.append(surface)
        plain_len += len(surface)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]"):
        i = plain.find(bad)
        if i >= 0:
            line = plain.count("\n", 0, i) + 1
            errors.append(f"line {line}: stray {bad!r} after removing marks (malformed or nested mark)")
    return plain, mentions, errors


def word_count(text):
    return len(re.findall(r"[A-Za-z0-9\u00c0-\u024f]+(?:[’'\-][A-Za-z0-9\u00c0-\u024f]+)*", text))


def is_word_char(c):
    return c.isalnum()


def unmarked_occurrences(plain, mentions, surface):
    """Occurrences of surface in plain that are whole-word and do not overlap any mark."""
    hits = []
    start = 0
    while True:
        i = plain.find(surface, start)
        if i < 0:
            break
        j = i + len(surface)
        start = i + 1
        if i > 0 and is_word_char(plain[i - 1]):
            continue
        if j < len(plain) and is_word_char(plain[j]):
            continue
        if any(not (j <= s or i >= e) for s, e, *_ in mentions):
            continue
        hits.append(i)
    return hits


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    caps = "--caps" in sys.argv[1:]
    root = os.path.abspath(args[0]) if args else HERE
    repo = os.path.abspath(os.path.join(root, "..", "..", "..", ".."))
    seeds_dir = os.path.join(repo, "seeds")

    files = []
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            if n.endswith(".ann.txt"):
                files.append(os.path.join(dirpath, n))
    files.sort()

    n_err = 0
    n_warn = 0
    parsed = {}
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            print(f"ERROR {path}: not UTF-8: {e}")
            n_err += 1
            continue
        plain, mentions, errors = parse(text)
        rel = os.path.relpath(path, root)
        for e in errors:
            print(f"ERROR {rel}: {e}")
        n_err += len(errors)
        parts = rel.split(os.sep)
        set_name = parts[0]
        if set_name == "seeds":
            story = "seeds"
            src = os.path.join(seeds_dir, os.path.basename(path)[: -len(".ann.txt")] + ".txt")
            if not os.path.exists(src):
                print(f"ERROR {rel}: no seed file {src}")
                n_err += 1
            else:
                with open(src, "rb") as f:
                    orig = f.read()
                got = plain.encode("utf-8")
                if got != orig:
                    k = next((i for i in range(min(len(got), len(orig))) if got[i] != orig[i]),
                             min(len(got), len(orig)))
                    print(f"ERROR {rel}: stripped text differs from seed at byte {k}: "
                          f"got {got[max(0, k - 30):k + 30]!r} want {orig[max(0, k - 30):k + 30]!r}")
                    n_err += 1
        else:
            story = os.path.join(*parts[:-1])
            wc = word_count(plain)
            if not (250 <= wc <= 600):
                print(f"ERROR {rel}: {wc} words, want 250-600")
                n_err += 1
        parsed[rel] = (set_name, story, plain, mentions)

    # story-level consistency
    stories = defaultdict(list)
    for rel, (set_name, story, plain, mentions) in parsed.items():
        stories[story].append(rel)
    for story, rels in sorted(stories.items()):
        key_kind = defaultdict(set)
        surf_key = defaultdict(set)
        for rel in rels:
            for _s, _e, surface, kind, key in parsed[rel][3]:
                key_kind[key].add(kind)
                surf_key[surface].add(key)
        for key, kinds in sorted(key_kind.items()):
            if len(kinds) > 1:
                print(f"ERROR {story}: key {key!r} used with several kinds {sorted(kinds)}")
                n_err += 1
        for surface, keys in sorted(surf_key.items()):
            if len(keys) > 1:
                print(f"WARN  {story}: surface {surface!r} linked to several keys {sorted(keys)}")
                n_warn += 1
        for rel in rels:
            plain, mentions = parsed[rel][2], parsed[rel][3]
            for surface in sorted(surf_key):
                for i in unmarked_occurrences(plain, mentions, surface):
                    line = plain.count("\n", 0, i) + 1
                    ctx = plain[max(0, i - 25):i + len(surface) + 25].replace("\n", "⏎")
                    print(f"WARN  {rel}: line {line}: unmarked {surface!r}: …{ctx}…")
                    n_warn += 1

    if caps:
        print()
        for rel, (set_name, story, plain, mentions) in sorted(parsed.items()):
            seen = Counter()
            for m in re.finditer(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'’.-]*", plain):
                i = m.start()
                if any(s <= i < e for s, e, *_ in mentions):
                    continue
                before = plain[:i].rstrip(" \u00a0\"“‘'(")
                if not before or before[-1] in ".!?:\n»|—-–":
                    continue
                seen[m.group(0)] += 1
            if seen:
                print(f"CAPS  {rel}: " + ", ".join(f"{w}×{n}" if n > 1 else w for w, n in sorted(seen.items())))

    # report
    print()
    print(f"{'file':60} {'per':>4} {'org':>4} {'plc':>4} {'grp':>4} {'all':>4} {'keys':>4} {'2+':>3}")
    set_tot = defaultdict(Counter)
    set_keys = defaultdict(Counter)
    for rel, (set_name, story, plain, mentions) in sorted(parsed.items()):
        c = Counter(k for *_x, k, _key in mentions)
        keys = Counter(key for *_x, key in mentions)
        multi = sum(1 for v in keys.values() if v >= 2)
        print(f"{rel:60} {c['person']:4} {c['organization']:4} {c['place']:4} {c['group']:4} "
              f"{len(mentions):4} {len(keys):4} {multi:3}")
        set_tot[set_name].update(c)
        for key, v in keys.items():
            set_keys[set_name][(story, key)] += v
    print()
    for set_name in sorted(set_tot):
        c = set_tot[set_name]
        keys = set_keys[set_name]
        multi = sum(1 for v in keys.values() if v >= 2)
        n_files = sum(1 for v in parsed.values() if v[0] == set_name)
        n_stories = len({v[1] for v in parsed.values() if v[0] == set_name})
        print(f"SET {set_name}: {n_files} files, {n_stories} stories, mentions person={c['person']} "
              f"organization={c['organization']} place={c['place']} group={c['group']} "
              f"total={sum(c.values())}; keys={len(keys)} (story-level), keys with 2+ mentions={multi}")
    print(f"\n{n_err} error(s), {n_warn} warning(s)")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
