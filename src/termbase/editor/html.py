"""The HTML reports: the whole text with findings highlighted, then the findings and groups, and
(with ``mentions``) every name found with the entry it was linked to; and a clustered table.

One self-contained file: inline CSS, no scripts, no external resources; every piece of the text,
the glossary and the style is escaped. Each highlight links to its row in the findings table and
back, and carries the explanation as a tooltip.
"""

from __future__ import annotations

from html import escape

from termbase.editor.cluster import Cluster, ClusterReport
from termbase.editor.findings import CheckResult, Finding
from termbase.editor.report import MENTION_HEADERS, cluster_summary_line, mention_row, summary_line

_CSS = """
body { font: 15px/1.55 Georgia, 'Noto Serif', serif; margin: 2em auto; max-width: 60em; padding: 0 1em;
       color: #1d1d1d; background: #fdfdfb; }
h1, h2 { font-family: system-ui, sans-serif; }
.summary { font-family: system-ui, sans-serif; background: #f0f0ea; padding: .6em 1em; border-radius: 4px; }
.text { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; background: #fff; }
mark { padding: 0 .1em; border-radius: 2px; border-bottom: 2px solid; }
mark a { color: inherit; text-decoration: none; }
.erroneous { background: #fdd; border-color: #c00; }
.deprecated { background: #fed; border-color: #d70; }
.house-style { background: #eef; border-color: #36c; }
.inconsistent { background: #efe; border-color: #393; }
table { border-collapse: collapse; width: 100%; font-family: system-ui, sans-serif; font-size: 13px; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
tr:target { background: #ffc; }
.legend mark { margin-right: 1em; }
.name { border-bottom: 1px dotted #777; }
.name a { color: inherit; text-decoration: none; }
"""


def _mark(text: str, finding: Finding, number: int) -> str:
    title = finding.message + (f" ({finding.note})" if finding.note else "")
    if finding.suggestion:
        title += f" — write: {finding.suggestion}"
    return (
        f'<mark id="m{number}" class="{escape(finding.reasons[0])}" title="{escape(title)}">'
        f'<a href="#f{number}">{escape(text)}</a></mark>'
    )


def _name(text: str, title: str, number: int) -> str:
    """A mention with no finding: underlined, linked to its row in the list of names."""
    link = f'<a href="#r{number}">{escape(text)}</a>'
    return f'<span id="n{number}" class="name" title="{escape(title)}">{link}</span>'


def _highlighted(result: CheckResult, *, mentions: bool) -> str:
    """The text with each finding marked and, with ``mentions``, every other name underlined."""
    spans: list[tuple[int, int, str]] = []
    for number, finding in enumerate(result.findings, 1):
        spans.append(
            (finding.start, finding.end, _mark(result.text[finding.start : finding.end], finding, number))
        )
    if mentions:
        marked = {f.start for f in result.findings}
        for number, m in enumerate(result.linked, 1):
            if m.start not in marked:
                spans.append((m.start, m.end, _name(result.text[m.start : m.end], m.label, number)))
    pieces: list[str] = []
    position = 0
    for start, end, piece in sorted(spans):
        if start < position:
            continue
        pieces.append(escape(result.text[position:start]))
        pieces.append(piece)
        position = end
    pieces.append(escape(result.text[position:]))
    return "".join(pieces)


def _mention_rows(result: CheckResult) -> str:
    findings = {f.start: n for n, f in enumerate(result.findings, 1)}
    rows = []
    for number, mention in enumerate(result.linked, 1):
        cells = [escape(c) for c in mention_row(mention)]
        target = f"m{findings[mention.start]}" if mention.start in findings else f"n{number}"
        cells[0] = f'<a href="#{target}">{cells[0]}</a>'
        rows.append(f'<tr id="r{number}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return "\n".join(rows)


def _mention_section(result: CheckResult) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in MENTION_HEADERS)
    return (
        f"<h2>Every name found ({len(result.linked)})</h2>\n"
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{_mention_rows(result)}\n</tbody>\n</table>\n"
    )


def _rows(result: CheckResult) -> str:
    rows = []
    for number, f in enumerate(result.findings, 1):
        cells = [
            f'<a href="#m{number}">{f.line}:{f.column}</a>',
            escape(", ".join(f.reasons)),
            escape(f.found),
            escape(f.suggestion or "—"),
            escape(f.label),
            escape(f.message + (f" ({f.note})" if f.note else "")),
        ]
        rows.append(f'<tr id="f{number}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return "\n".join(rows)


def _groups(result: CheckResult) -> str:
    items = []
    for group in result.groups:
        spellings = ", ".join(f"<q>{escape(form)}</q> ×{count}" for form, count in group.spellings)
        items.append(
            f"<li><strong>{escape(group.label)}</strong> (house style: <q>{escape(group.house)}</q>): "
            f"{spellings}</li>"
        )
    return "<ul>" + "\n".join(items) + "</ul>" if items else "<p>None.</p>"


def _unknown(result: CheckResult) -> str:
    items = []
    for group in result.unknown:
        spellings = ", ".join(f"<q>{escape(form)}</q> ×{count}" for form, count in group.variants)
        places = ", ".join(f"{line}:{column}" for line, column, _ in group.places)
        items.append(
            f"<li><strong>{escape(group.proposed)}</strong> (proposed): {spellings} — at {places}</li>"
        )
    return "<ul>" + "\n".join(items) + "</ul>" if items else "<p>None.</p>"


def html_report(result: CheckResult, *, title: str, mentions: bool = False) -> str:
    """The report as one HTML document; ``mentions`` adds every name found, linked both ways."""
    legend = " ".join(
        f'<mark class="{r}">{r}</mark>' for r in ("erroneous", "deprecated", "house-style", "inconsistent")
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>termbase check: {escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>termbase check: {escape(title)}</h1>
<p class="summary">{escape(summary_line(result))}<br>House style: {escape(result.style.name)}</p>
<p class="legend">{legend}</p>
<h2>Text</h2>
<div class="text">{_highlighted(result, mentions=mentions)}</div>
<h2>Findings</h2>
<table>
<thead><tr><th>where</th><th>why</th><th>found</th><th>write</th><th>entry</th><th>explanation</th></tr></thead>
<tbody>
{_rows(result)}
</tbody>
</table>
<h2>Written several ways</h2>
{_groups(result)}
<h2>Names in no glossary written several ways</h2>
{_unknown(result)}
{_mention_section(result) if mentions else ""}</body>
</html>
"""


def _cluster_rows(clusters: tuple[Cluster, ...]) -> str:
    rows = []
    for number, cluster in enumerate(clusters, 1):
        entry = (
            f"{escape(cluster.label or '')} (<code>{escape(cluster.entry)}</code>)"
            if cluster.entry
            else escape("variants linked to " + ", ".join(cluster.entries))
            if cluster.entries
            else "in no glossary"
        )
        variants = "<br>".join(
            f"<q>{escape(v.form)}</q> ×{v.count}"
            + (f" <small>[{escape(v.entry)}]</small>" if v.entry and v.entry != cluster.entry else "")
            + f" <small>line{'s' if len(v.lines) > 1 else ''} {', '.join(map(str, v.lines))}"
            + (" …" if v.count > len(v.lines) else "")
            + "</small>"
            for v in cluster.variants
        )
        rows.append(
            f'<tr id="c{number}"><td><a href="#c{number}">{number}</a></td>'
            f"<td><strong>{escape(cluster.proposed)}</strong></td><td>{entry}</td>"
            f"<td>{cluster.count}</td><td>{variants}</td></tr>"
        )
    return "\n".join(rows)


def _problems(report: ClusterReport) -> str:
    if not report.summary.problems:
        return "<p>None.</p>"
    items = "\n".join(f"<li>line {line}: {escape(problem)}</li>" for line, problem in report.summary.problems)
    more = report.summary.malformed - len(report.summary.problems)
    return f"<ul>{items}</ul>" + (f"<p>… and {more} more.</p>" if more > 0 else "")


def cluster_html(report: ClusterReport, *, title: str, every: bool = False) -> str:
    """A clustered table as one HTML document an editor can review: each cluster with its proposed
    form, the entry it matches, its variants with counts and line numbers; malformed rows listed."""
    clusters = report.reported(every=every)
    which = "All clusters" if every else "Names written several ways"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>termbase cluster: {escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>termbase cluster: {escape(title)}</h1>
<p class="summary">{escape(cluster_summary_line(report))}<br>Columns: {escape(", ".join(report.columns))}</p>
<h2>{which} ({len(clusters)})</h2>
<table>
<thead><tr><th>#</th><th>proposed</th><th>entry</th><th>values</th>
<th>variants (count, first lines)</th></tr></thead>
<tbody>
{_cluster_rows(clusters)}
</tbody>
</table>
<h2>Malformed rows ({report.summary.malformed})</h2>
{_problems(report)}
</body>
</html>
"""
