#!/usr/bin/env python3
"""A config made format 2 for a golden case: `format: 2` put at the top of SOURCE, then each
OLD text replaced by its NEW once (each must be there), printed to stdout.

    format2_of.py SOURCE [OLD NEW]...
"""
import sys

source, *pairs = sys.argv[1:]
text = "format: 2\n" + open(source, encoding="utf-8").read()
for old, new in zip(pairs[::2], pairs[1::2]):
    assert old in text, old
    text = text.replace(old, new, 1)
print(text, end="")
