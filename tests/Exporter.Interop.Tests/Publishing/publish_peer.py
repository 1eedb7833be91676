"""Reads a site made by `exporter publish` as a crawler would: for every record page, extruct finds the embedded
JSON-LD, which must be exactly one document equal to the .jsonld written beside the page; rdflib then parses that
document (its context is inline: nothing is fetched) and the .ttl beside the page, and the two graphs must be
isomorphic. Prints 'ok N' (N pages) or the first mismatches, exit 1.
Usage: publish_peer.py SITE_DIR RECORDS_SUBDIR"""
import glob
import json
import os
import socket
import sys

import extruct
from rdflib import Graph
from rdflib.compare import isomorphic


def no_network(*args, **kwargs):
    raise RuntimeError("publish_peer.py does not use the network")


socket.socket.connect = no_network


def main(site, records):
    pages = sorted(glob.glob(os.path.join(site, records, "*.html")))
    problems = []
    for page in pages:
        stem = page[: -len(".html")]
        with open(page, encoding="utf-8") as f:
            html = f.read()
        found = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
        with open(stem + ".jsonld", encoding="utf-8") as f:
            expected = json.load(f)
        if len(found) != 1:
            problems.append(f"{page}: {len(found)} JSON-LD documents found, expected 1")
            continue
        if found[0] != expected:
            problems.append(f"{page}: the embedded JSON-LD differs from {stem}.jsonld")
            continue
        embedded = Graph().parse(data=json.dumps(found[0]), format="json-ld")
        turtle = Graph().parse(stem + ".ttl", format="turtle")
        if len(embedded) == 0 or not isomorphic(embedded, turtle):
            problems.append(f"{page}: embedded graph ({len(embedded)} triples) is not the Turtle's ({len(turtle)} triples)")
    if not pages:
        problems.append("no record pages found")
    if problems:
        print("\n".join(problems[:10]))
        return 1
    print(f"ok {len(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
