#!/usr/bin/python3
"""rdflib and pyld as peers for Exporter's linked-data formats. Never touches the network.

Usage: linked_data_peer.py DIR
  For every DIR/<case>.ttl with DIR/<case>.nt and DIR/<case>.jsonld: rdflib parses the Turtle, the N-Triples and the
  JSON-LD, pyld turns the JSON-LD into RDF offline (every remote document refused); all four graphs must be
  isomorphic (rdflib.compare.isomorphic). rdflib's own N-Triples parser must read the .nt file with the same number
  of triples; the isomorphism check reads it with rdflib's Turtle parser (N-Triples is a subset of Turtle) because
  rdflib before 6.2 decodes N-Triples escapes twice ("\\u0041" becomes "A"; RDFLib/rdflib pull request 1663). Prints "OK <case> <triples>" or "FAIL <case> <tool>: <reason>";
  exit 1 when any case failed.
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


def term(t):
    if t["type"] == "IRI":
        return rdflib.URIRef(t["value"])
    if t["type"] == "blank node":
        return rdflib.BNode(t["value"][2:])
    if t.get("language"):
        return rdflib.Literal(t["value"], lang=t["language"])
    if t.get("datatype") in (None, "http://www.w3.org/2001/XMLSchema#string"):
        return rdflib.Literal(t["value"])
    return rdflib.Literal(t["value"], datatype=rdflib.URIRef(t["datatype"]))


def pyld_graph(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    g = rdflib.Graph()
    for name, triples in jsonld.to_rdf(doc).items():
        if name != "@default":
            raise ValueError("named graph " + name)
        for t in triples:
            g.add((term(t["subject"]), term(t["predicate"]), term(t["object"])))
    return g


def rdflib_graph(path, fmt):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return g


def ntriples_graph(path):
    strict = rdflib_graph(path, "nt")
    g = rdflib_graph(path, "turtle")
    if len(strict) != len(g):
        raise ValueError("rdflib's N-Triples parser read %d triples, its Turtle parser %d" % (len(strict), len(g)))
    return g


def diff(a, b):
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    lines = ["- " + " ".join(t.n3() for t in tr) for tr in list(only_a)[:3]]
    lines += ["+ " + " ".join(t.n3() for t in tr) for tr in list(only_b)[:3]]
    return " | ".join(lines)


def main(directory):
    failed = False
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".ttl"):
            continue
        case = name[:-4]
        base = os.path.join(directory, case)
        graphs = []
        for tool, load in (("rdflib-turtle", lambda: rdflib_graph(base + ".ttl", "turtle")),
                           ("rdflib-ntriples", lambda: ntriples_graph(base + ".nt")),
                           ("rdflib-jsonld", lambda: rdflib_graph(base + ".jsonld", "json-ld")),
                           ("pyld", lambda: pyld_graph(base + ".jsonld"))):
            try:
                graphs.append((tool, load()))
            except Exception as e:  # noqa: BLE001 - report any parser failure as a case failure
                print("FAIL %s %s: %s" % (case, tool, str(e).replace("\n", " ")[:300]))
                failed = True
        if len(graphs) < 4:
            continue
        reference_tool, reference = graphs[0]
        ok = True
        for tool, g in graphs[1:]:
            if not isomorphic(reference, g):
                print("FAIL %s %s: not isomorphic to %s: %s" % (case, tool, reference_tool, diff(reference, g)))
                ok = False
        if ok:
            print("OK %s %d" % (case, len(reference)))
        else:
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
