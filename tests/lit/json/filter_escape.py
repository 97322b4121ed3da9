#!/usr/bin/env python3
# filter_escape.py DIR: reduce gc's -json=0 output under DIR to what goescape
# writes, escape analysis's records.
#
# gc also logs its SSA backend's records (nilcheck, isInBounds,
# isSliceInBounds, copy) and, without -l, the inliner's; goescape has neither.
# Each DIR/**/*.json keeps its header line and the lines whose "code" is
# "escape", "escapes" or "leak", byte for byte and in their order (gc
# stable-sorts all records by position, so the escape records' relative order
# is the same with or without the others). A file left with no record is
# deleted, because gc writes no file for a source file without records.
# Directories are kept, even empty ones, as gc creates them.
import json
import os
import sys

ESCAPE_CODES = {"escape", "escapes", "leak"}


def filter_file(path):
    with open(path, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n"):
        sys.exit(f"{path}: does not end with a newline")
    lines = data[:-1].split(b"\n")
    header, records = lines[0], lines[1:]
    if "version" not in json.loads(header):
        sys.exit(f"{path}: first line is not a header")
    kept = [r for r in records if json.loads(r).get("code") in ESCAPE_CODES]
    if not kept:
        os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(b"\n".join([header] + kept) + b"\n")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: filter_escape.py DIR")
    for root, _dirs, files in os.walk(sys.argv[1]):
        for name in files:
            if name.endswith(".json"):
                filter_file(os.path.join(root, name))


if __name__ == "__main__":
    main()
