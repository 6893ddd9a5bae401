"""termbase lookup QUERY: find the entry for any spelling."""

from __future__ import annotations

import argparse

from termbase.cli.context import load_termbase
from termbase.cli.output import print_json, print_table
from termbase.wire import lookup_response, to_json


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("lookup", help="find the entry for any spelling in any script")
    parser.add_argument("query", help="a name or term, e.g. 'Mao Tse-tung' or 野坂参三")
    parser.add_argument("--lang", help="language hint: ja, zh, ru, en ...")
    parser.add_argument(
        "--from",
        dest="from_lang",
        metavar="LANG",
        help="language of the text the spelling came from (de, fr, pl, ko, vi ...)",
    )
    parser.add_argument("--limit", type=int, default=10, help="most results (default 10)")
    parser.add_argument("--json", action="store_true", help="print the API's JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = load_termbase(args).lookup(
        args.query, lang=args.lang, from_lang=args.from_lang, limit=args.limit
    )
    if args.json:
        print_json(to_json(lookup_response(result)))
        return 0 if result.results else 1
    if not result.results:
        print(f"no entry matches {result.query!r}")
        return 1
    rows = []
    for c in result.results:
        m = c.matched
        via = m.via + (f" ({m.system})" if m.system else "")
        status = m.status.value + (f" -> {m.preferred.form}" if m.preferred else "")
        rows.append([str(c.score), "yes" if c.match else "", c.entry.id, c.entry.label, m.form, via, status])
    print_table(["score", "match", "id", "label", "matched form", "via", "status"], rows)
    return 0
