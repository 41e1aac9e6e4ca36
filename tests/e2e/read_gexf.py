#!/usr/bin/env python3
"""Reads a GEXF file written by newskg with networkx's GEXF reader and prints what the
end-to-end tests check, as JSON: node and edge counts, every meeting node with its kind,
status and time, and the role holders without any edge.

networkx 2.8 (Debian bookworm) knows the GEXF 1.1 and 1.2 namespaces only; GEXF 1.3 has the
same elements networkx reads, so its namespace is registered here under the version "1.3".
"""
import json
import sys

import networkx as nx
from networkx.readwrite import gexf


def main(path):
    gexf.GEXF.versions.setdefault("1.3", {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    })
    graph = nx.read_gexf(path, version="1.3")
    types = {}
    meetings = {}
    isolated_role_holders = []
    for node, data in graph.nodes(data=True):
        kind = data.get("type", "")
        types[kind] = types.get(kind, 0) + 1
        if kind == "Meeting":
            meetings[node] = {
                "label": data.get("label"),
                "kind": data.get("meeting kind"),
                "status": data.get("status"),
                "start": data.get("start"),
                "end": data.get("end"),
                "date_source": data.get("date source"),
            }
        if data.get("roles") and graph.degree(node) == 0:
            isolated_role_holders.append(data.get("label"))
    relations = {}
    for _, _, data in graph.edges(data=True):
        relation = data.get("relation", "")
        relations[relation] = relations.get(relation, 0) + 1
    json.dump({
        "networkx": nx.__version__,
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "types": types,
        "relations": relations,
        "meetings": meetings,
        "isolated_role_holders": isolated_role_holders,
        "isolated": sum(1 for node in graph.nodes if graph.degree(node) == 0),
    }, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
