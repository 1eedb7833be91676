#!/usr/bin/env python3
"""Writes the saved fuzz corpus (tests/data/fuzz/<target>/): hand-made damaged inputs of the four readers the
coverage-guided harnesses fuzz (fuzz/), from the repository's own examples and corpus. Run from the repository
root; the files are committed, so CI replays them without running this. See docs/fuzzing.md."""
import os

root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(root, "..", "..", ".."))


def read(*p):
    with open(os.path.join(repo, *p), "rb") as f:
        return f.read()


def put(target, name, data):
    d = os.path.join(root, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


# ISO 2709 ------------------------------------------------------------------------------------------------------
marc = read("tests", "data", "corpus", "marc", "marc4j", "pride-and-prejudice-fixed.mrc")
first = marc[: marc.index(b"\x1d") + 1]
second = marc[len(first): marc.index(b"\x1d", len(first)) + 1]
put("iso2709", "leader-only.mrc", b"00026nam a2200025 a 4500\x1e\x1d")
put("iso2709", "declared-99999-on-30-bytes.mrc", b"99999nam a2299999 a 4500\x1e\x1d\x1d\x1d\x1d")
put("iso2709", "terminators-only.mrc", b"\x1d" * 64)
put("iso2709", "filler-then-record.mrc", b"\x00" * 40 + b"\n  \r\n" + first)
put("iso2709", "truncated-record.mrc", first[:100])
put("iso2709", "base-address-not-digits.mrc", first[:12] + b"abcde" + first[17:] + second)
d = bytearray(first)
d[24 + 3: 24 + 7] = b"9999"  # first directory entry: length 9999
put("iso2709", "directory-length-past-the-end.mrc", bytes(d) + second)
d = bytearray(first)
d[24 + 7: 24 + 12] = b"99999"  # first directory entry: start 99999
put("iso2709", "directory-start-past-the-end.mrc", bytes(d) + second)
put("iso2709", "no-field-terminators.mrc", first.replace(b"\x1e", b"") + second)
put("iso2709", "marc8-escape-cut.mrc", first[:9] + b" " + first[10:-2] + b"\x1b$1\x21" + first[-2:])
put("iso2709", "record-in-the-middle-cut.mrc", first + second[: len(second) // 2] + first)

# MARCXML -------------------------------------------------------------------------------------------------------
xml = read("examples", "out", "catalog.marc.xml")
starts = [i for i in range(len(xml)) if xml.startswith(b"<marc:record", i) or xml.startswith(b"<record", i)]
put("marcxml", "record-2-without-end-tag.xml", xml.replace(b"</record>", b"", 2).replace(b"</marc:record>", b"", 2) if starts else xml[: len(xml) // 2])
put("marcxml", "cut-in-half.xml", xml[: len(xml) // 2])
put("marcxml", "no-namespace.xml", b'<collection><record><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="1" ind2="0"><subfield code="a">T</subfield></datafield></record></collection>')
put("marcxml", "wrong-namespace.xml", b'<collection xmlns="urn:not-marc"><record><leader>00000nam a2200000 a 4500</leader></record></collection>')
put("marcxml", "short-leader-and-bad-tags.xml", b'<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>00000</leader><controlfield>x</controlfield><datafield tag="24" ind1="99"><subfield>y</subfield></datafield></record></collection>')
put("marcxml", "deep-nesting.xml", b'<collection xmlns="http://www.loc.gov/MARC21/slim"><record>' + b"<x>" * 5000 + b"</x>" * 5000 + b"</record></collection>")
put("marcxml", "doctype-entity.xml", b'<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>&e;</leader></record></collection>')
put("marcxml", "utf16-with-bom.xml", "\ufeff".encode("utf-16-le") + xml.decode("utf-8").encode("utf-16-le")[: 4000])
put("marcxml", "invalid-utf8-in-subfield.xml", xml.replace(b'<subfield code="a">', b'<subfield code="a">\xc3\x28\xff', 1))
put("marcxml", "unknown-entity.xml", xml.replace(b'<subfield code="a">', b'<subfield code="a">&unknown;', 1))

# catalog text --------------------------------------------------------------------------------------------------
text = read("examples", "catalog.txt")
put("text", "bom-only.txt", b"\xef\xbb\xbf")
put("text", "form-feeds-only.txt", b"\f\n" * 50)
put("text", "labels-without-values.txt", b"Title:\nPublisher:\nISBN:\n\f\nAuthor:\n")
put("text", "one-endless-line.txt", b"Title: " + b"x" * 20000)
put("text", "invalid-utf8.txt", text[:200] + b"\xc0\xaf\xed\xa0\x80\xf8" + text[200:])
put("text", "cr-line-ends.txt", text.replace(b"\n", b"\r"))
put("text", "record-2-of-labels-only.txt", text.split(b"\f")[0] + b"\f\nPublisher:\xc2\xa0 no title here\n\f" + b"\f".join(text.split(b"\f")[1:]))
put("text", "nul-bytes.txt", text.replace(b"e", b"\x00", 50))

# Turtle --------------------------------------------------------------------------------------------------------
ttl = read("examples", "out", "catalog.ttl")
put("turtle", "unterminated-string.ttl", ttl[: ttl.index(b'"') + 5])
put("turtle", "undefined-prefix.ttl", b"nope:a nope:b nope:c .\n")
put("turtle", "deep-blank-nodes.ttl", b"<http://x/s> <http://x/p> " + b"[ <http://x/p> " * 10000 + b"1" + b" ]" * 10000 + b" .\n")
put("turtle", "escape-beyond-unicode.ttl", b'<http://x/s> <http://x/p> "\\U0011FFFF" .\n')
put("turtle", "invalid-utf8.ttl", ttl[:300] + b"\xff\xfe" + ttl[300:])
put("turtle", "unclosed-long-string.ttl", b'<http://x/s> <http://x/p> """never closed .\n')
put("turtle", "unclosed-collection.ttl", b"<http://x/s> <http://x/p> ( 1 2 3 .\n")
put("turtle", "relative-base.ttl", b"@base <relative/> .\n<a> <b> <c> .\n")
put("turtle", "statement-cut-mid-file.ttl", ttl[: len(ttl) // 2] + b" .\n" + ttl[len(ttl) // 2:])
