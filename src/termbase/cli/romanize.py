"""termbase romanize TEXT and termbase systems."""

from __future__ import annotations

import argparse

from termbase.cli.context import load_termbase
from termbase.cli.output import print_fitted, print_json, print_table
from termbase.romanize import POLICIES, parse_policy, systems
from termbase.wire import romanize_response, system_view, to_json


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("romanize", help="spell a name or text in every romanization system")
    parser.add_argument("text", help="native-script text (野坂参三, Берия) or a glossary name")
    parser.add_argument(
        "--lang", choices=["ja", "zh", "ru"], help="language of the text (needed for Han alone)"
    )
    parser.add_argument("--system", default="all", help="a system id (see 'termbase systems') or 'all'")
    parser.add_argument("--errors", default="keep", choices=POLICIES, help="unmappable characters policy")
    parser.add_argument("--given-first", action="store_true", help="write a person's given name first")
    parser.add_argument("--json", action="store_true", help="print the API's JSON")
    parser.set_defaults(run=run)

    listing = commands.add_parser("systems", help="list the romanization systems and their authorities")
    listing.add_argument("--lang", choices=["ja", "zh", "ru", "han"])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_systems)


def run(args: argparse.Namespace) -> int:
    result = load_termbase(args).romanize(
        args.text,
        lang=args.lang,
        system=args.system,
        errors=parse_policy(args.errors),
        given_first=args.given_first,
    )
    if args.json:
        print_json(to_json(romanize_response(result)))
        return 0
    origin = f"glossary entry {result.entry}" if result.entry else result.reading_source
    print(f"reading ({result.lang}, from {origin}): {result.reading}")
    if result.note:
        print(f"note: {result.note}")
    print_table(["system", "name", "rendering"], [[s.system, s.name, s.text] for s in result.spellings])
    return 0


def run_systems(args: argparse.Namespace) -> int:
    chosen = systems(args.lang)
    if args.json:
        print_json({"systems": [to_json(system_view(s)) for s in chosen]})
        return 0
    rows = [[s.id, s.lang, s.text_lang, s.target, s.name, s.authority] for s in chosen]
    print_fitted(["id", "lang", "text", "writes", "name", "authority"], rows)
    return 0
