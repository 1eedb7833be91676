#!/usr/bin/python3
"""Independent JSON-LD processors (rdflib, pyld) as peers for Exporter's JSON-LD codec. Never touches the network.

Usage:
  jsonld_peer.py check DIR            for every DIR/<case>.jsonld with DIR/<case>.nt: parse the JSON-LD with rdflib
                                      and with pyld (to_rdf), compare each to the N-Triples with rdflib.compare.isomorphic
  jsonld_peer.py expand IN OUT        pyld jsonld.expand(IN) -> OUT (JSON)
  jsonld_peer.py same A.nt B.nt       isomorphic? (exit 0 yes, 1 no)
  jsonld_peer.py schemaorg IN CTX OUT pyld to_rdf of IN, serving schema.org context URLs from the local file CTX;
                                      writes N-Triples with http://schema.org/ rewritten to https://schema.org/
Prints one line per case: "OK <case>" or "FAIL <case> <tool>: <reason>".
"""
import json
import os
import sys

import rdflib
from rdflib.compare import isomorphic, graph_diff, to_isomorphic
from pyld import jsonld

rdflib.NORMALIZE_LITERALS = False


def refuse(url, options=None):
    raise RuntimeError("network access refused: " + url)


jsonld.set_document_loader(refuse)


def nt_graph(path):
    g = rdflib.Graph()
    g.parse(path, format="nt")
    return g


def pyld_term(t):
    if t["type"] == "IRI":
        return rdflib.URIRef(t["value"])
    if t["type"] == "blank node":
        return rdflib.BNode(t["value"][2:])
    if t.get("language"):
        return rdflib.Literal(t["value"], lang=t["language"])
    if t.get("datatype") in (None, "http://www.w3.org/2001/XMLSchema#string"):
        return rdflib.Literal(t["value"])
    return rdflib.Literal(t["value"], datatype=rdflib.URIRef(t["datatype"]))


def pyld_graph(doc):
    """pyld's dataset turned into rdflib terms directly (not through rdflib's N-Triples parser, which mis-decodes
    an escaped backslash followed by 'u0041')."""
    dataset = jsonld.to_rdf(doc)
    g = rdflib.Graph()
    for name, triples in dataset.items():
        if name != "@default":
            raise ValueError("named graph " + name)
        for t in triples:
            g.add((pyld_term(t["subject"]), pyld_term(t["predicate"]), pyld_term(t["object"])))
    return g


def diff(a, b):
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = ["- " + " ".join(t.n3() for t in tr) for tr in list(only_a)[:5]]
    lines += ["+ " + " ".join(t.n3() for t in tr) for tr in list(only_b)[:5]]
    return " | ".join(lines)


def check(directory):
    failures = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".jsonld"):
            continue
        case = name[:-7]
        expected = nt_graph(os.path.join(directory, case + ".nt"))
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            text = f.read()
        results = []
        try:
            g = rdflib.Graph()
            g.parse(data=text, format="json-ld")
            results.append(("rdflib", g))
        except Exception as e:  # noqa: BLE001 - report any parser failure
            results.append(("rdflib", e))
        try:
            results.append(("pyld", pyld_graph(json.loads(text))))
        except Exception as e:  # noqa: BLE001
            results.append(("pyld", e))
        ok = True
        for tool, g in results:
            if isinstance(g, Exception):
                print(f"FAIL {case} {tool}: {type(g).__name__}: {g}")
                ok = False
            elif not isomorphic(g, expected):
                print(f"FAIL {case} {tool}: not isomorphic ({len(g)} vs {len(expected)} triples) {diff(expected, g)}")
                ok = False
        if ok:
            print(f"OK {case}")
        else:
            failures += 1
    return 1 if failures else 0


def schemaorg(inp, ctx_path, out):
    with open(ctx_path, encoding="utf-8") as f:
        ctx = json.load(f)

    def loader(url, options=None):
        bare = url.split("://", 1)[-1].rstrip("/")
        if bare in ("schema.org", "www.schema.org", "schema.org/docs/jsonldcontext.json", "schema.org/docs/jsonldcontext.jsonld"):
            return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": ctx}
        raise RuntimeError("network access refused: " + url)

    jsonld.set_document_loader(loader)
    with open(inp, encoding="utf-8") as f:
        doc = json.load(f)
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    with open(out, "w", encoding="utf-8") as f:
        # the two documented differences of the offline stand-in: https vocabulary, no "@type": "Date" coercion
        f.write(nquads.replace("<http://schema.org/", "<https://schema.org/").replace("^^<https://schema.org/Date>", ""))
    return 0


def main(argv):
    if argv[1] == "check":
        return check(argv[2])
    if argv[1] == "expand":
        with open(argv[2], encoding="utf-8") as f:
            doc = json.load(f)
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump(jsonld.expand(doc), f, ensure_ascii=False, indent=1)
        return 0
    if argv[1] == "same":
        a, b = nt_graph(argv[2]), nt_graph(argv[3])
        if isomorphic(a, b):
            print("OK")
            return 0
        print("FAIL " + diff(a, b))
        return 1
    if argv[1] == "schemaorg":
        return schemaorg(argv[2], argv[3], argv[4])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
