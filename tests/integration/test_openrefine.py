"""OpenRefine 3.6 itself reconciles a column against a running termbase, through its own command API.

The calls are OpenRefine's (main/src/com/google/refine/commands in its 3.6.2 source):
get-csrf-token; create-project-from-upload (CSRF token in the URL, the file as multipart);
guess-types-of-column (its first 10 distinct values, one ``queries=`` batch); reconcile with a
StandardReconConfig (``autoMatch``: the top candidate is matched only when the service says
``match``); preview-extend-data and extend-data with two properties; get-processes until the
long operations end; get-rows and get-models to read the cells back.

The column: real spellings from benchmarks/data/multilingual.tsv (each row keeps its source),
in Latin, Cyrillic, Han, kana, Hangul, Arabic, Persian, Thai and Greek script; three spellings
whose right entry must stay a candidate, not an auto-match; and three near misses (another person
with a shared word, a family name alone) that must stay unmatched.
"""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

NAMES = Path(__file__).parent / "fixtures" / "openrefine_names.tsv"
COLUMN = "name"
PROPERTIES = [{"id": "preferred-en", "name": "Preferred English form"}, {"id": "kind", "name": "Kind"}]
ENGINE = json.dumps({"facets": [], "mode": "row-based"})


@dataclass(frozen=True)
class Name:
    name: str
    judgment: str  # matched, candidate (the entry is the top candidate, not matched) or unmatched
    entry: str
    preferred_en: str
    kind: str


def names() -> list[Name]:
    with NAMES.open(encoding="utf-8") as f:
        return [
            Name(r["name"], r["judgment"], r["entry"], r["preferred_en"], r["kind"])
            for r in csv.DictReader(f, delimiter="\t")
        ]


class OpenRefine:
    """The few commands a reconciliation session needs, as OpenRefine's own front end sends them."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url + "/command/core", timeout=60)

    def close(self) -> None:
        self.http.close()

    def token(self) -> str:
        return str(self.http.get("/get-csrf-token").json()["token"])

    def create_project(self, name: str, csv_text: str) -> int:
        params = {
            "csrf_token": self.token(),
            "format": "text/line-based/*sv",
            "options": json.dumps({"separator": ",", "headerLines": 1, "encoding": "UTF-8"}),
        }
        files = {"project-file": ("names.csv", csv_text.encode("utf-8"), "text/csv")}
        answer = self.http.post(
            "/create-project-from-upload", params=params, data={"project-name": name}, files=files
        )
        assert answer.status_code == 302, answer.text[:500]
        query = urllib.parse.urlparse(answer.headers["location"]).query
        return int(urllib.parse.parse_qs(query)["project"][0])

    def post(self, command: str, project: int, **form: str) -> dict[str, Any]:
        answer = self.http.post(
            f"/{command}", params={"project": project}, data={"csrf_token": self.token(), **form}
        )
        answer.raise_for_status()
        body: dict[str, Any] = answer.json()
        assert body.get("code") != "error", body
        return body

    def wait(self, project: int) -> None:
        """Long operations (reconcile, extend) run in the background: poll until none is left."""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            state = self.http.get("/get-processes", params={"project": project}).json()
            assert not state.get("exceptions"), state["exceptions"]
            if not state["processes"]:
                return
            time.sleep(0.2)
        raise AssertionError("OpenRefine's operation did not finish in 120 s")

    def rows(self, project: int) -> tuple[list[str], list[list[Any]], dict[str, Any]]:
        """Column names, each row's cells in column order, and the recon pool by id."""
        model = self.http.get("/get-models", params={"project": project}).json()["columnModel"]
        columns = [(c["name"], c["cellIndex"]) for c in model["columns"]]
        got = self.http.get("/get-rows", params={"project": project, "start": 0, "limit": 1000}).json()
        rows = []
        for row in got["rows"]:
            cells = row["cells"]
            rows.append([cells[i] if i < len(cells) else None for _, i in columns])
        return [name for name, _ in columns], rows, got["pool"]["recons"]


@pytest.fixture(scope="module")
def session(openrefine_started: object, termbase_url: str, openrefine_url: str) -> dict[str, Any]:
    """One whole session: create, guess types, reconcile with auto-match, extend."""
    refine = OpenRefine(openrefine_url)
    try:
        return run_session(refine, termbase_url + "/reconcile")
    finally:
        refine.close()


def run_session(refine: OpenRefine, service: str) -> dict[str, Any]:
    with httpx.Client() as client:
        manifest = client.get(service).json()
    column = io.StringIO()
    writer = csv.writer(column, lineterminator="\n")
    writer.writerow([COLUMN])
    writer.writerows([n.name] for n in names())
    project = refine.create_project("termbase names", column.getvalue())

    guessed = refine.post("guess-types-of-column", project, columnName=COLUMN, service=service)["types"]

    # The column mixes people, places, bodies and events: reconciled against no particular type.
    config = {
        "mode": "standard-service",
        "service": service,
        "identifierSpace": manifest["identifierSpace"],
        "schemaSpace": manifest["schemaSpace"],
        "type": None,
        "autoMatch": True,
        "columnDetails": [],
        "limit": 0,
    }
    refine.post("reconcile", project, columnName=COLUMN, config=json.dumps(config), engine=ENGINE)
    refine.wait(project)

    extension = json.dumps({"properties": [{"id": p["id"], "settings": {"limit": "1"}} for p in PROPERTIES]})
    count = len(names())
    preview = refine.post(
        "preview-extend-data",
        project,
        columnName=COLUMN,
        rowIndices=json.dumps(list(range(count))),
        extension=extension,
    )
    refine.post(
        "extend-data",
        project,
        baseColumnName=COLUMN,
        columnInsertIndex="1",
        endpoint=service,
        identifierSpace=manifest["identifierSpace"],
        schemaSpace=manifest["schemaSpace"],
        extension=extension,
        engine=ENGINE,
    )
    refine.wait(project)
    columns, rows, recons = refine.rows(project)
    return {"guessed": guessed, "preview": preview, "columns": columns, "rows": rows, "recons": recons}


def recon_of(session: dict[str, Any], row: list[Any]) -> dict[str, Any]:
    return session["recons"][row[0]["r"]]  # type: ignore[no-any-return]


def test_every_row_is_kept_in_order(session: dict[str, Any]) -> None:
    assert [row[0]["v"] for row in session["rows"]] == [n.name for n in names()]


def test_guessed_types_are_the_services_kinds(session: dict[str, Any]) -> None:
    # The first ten values are people and places; OpenRefine ranks the types it was sent.
    guessed = [t["id"] for t in session["guessed"]]
    assert guessed[0] == "person"
    assert "place" in guessed


def test_known_names_are_auto_matched_to_their_entry(session: dict[str, Any]) -> None:
    for expected, row in zip(names(), session["rows"], strict=True):
        if expected.judgment != "matched":
            continue
        recon = recon_of(session, row)
        assert (recon["j"], recon.get("m", {}).get("id")) == ("matched", expected.entry), expected.name


def test_nothing_is_matched_wrongly_and_near_misses_stay_unmatched(session: dict[str, Any]) -> None:
    judged = {"matched": 0, "candidate": 0, "unmatched": 0}
    for expected, row in zip(names(), session["rows"], strict=True):
        recon = recon_of(session, row)
        if expected.judgment == "matched":
            judged["matched"] += recon["j"] == "matched"
            continue
        assert recon["j"] == "none", (expected.name, recon.get("m"))
        if expected.judgment == "candidate":
            assert recon["c"][0]["id"] == expected.entry, expected.name
        judged[expected.judgment] += 1
    assert judged == {"matched": 33, "candidate": 3, "unmatched": 3}


def test_extension_adds_the_two_properties_for_matched_rows(session: dict[str, Any]) -> None:
    assert session["columns"][:3] == [COLUMN, "Preferred English form", "Kind"]
    for expected, row in zip(names(), session["rows"], strict=True):
        added = [cell["v"] if cell else None for cell in row[1:3]]
        if expected.judgment == "matched":
            assert added == [expected.preferred_en, expected.kind], expected.name
        else:
            assert added == [None, None], expected.name


def test_the_preview_shows_the_same_values(session: dict[str, Any]) -> None:
    preview = session["preview"]
    assert [c["id"] for c in preview["columns"]] == [p["id"] for p in PROPERTIES]
    matched = [n for n in names() if n.judgment == "matched"]
    shown = [row for row in preview["rows"] if len(row) == 3]
    assert [row[1:] for row in shown] == [[n.preferred_en, n.kind] for n in matched]
