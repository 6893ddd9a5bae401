"""Term verification and the entry verification derived from it.

A term states how its form is known (checked against a cited source, as the article writes it,
reconstructed by the editors, machine-made, imported from a dictionary); only an attested one
(checked or article) may be preferred. An entry is verified when its native terms all are.
"""

from __future__ import annotations

from collections import Counter

from termbase.glossary.collect import Collector
from termbase.glossary.records import Record
from termbase.model import Status, Term, TermVerification, Verification

#: Scripts of the terms whose verification decides an entry's (its native forms).
_NATIVE_SCRIPTS = frozenset({"Jpan", "Hani", "Hans", "Hant", "Cyrl"})


def term_verification(c: Collector, record: Record, status: Status | None) -> TermVerification | None:
    """The term's own verification state (None when not given); unattested forms are never preferred."""
    if "verification" not in record.data:
        return None
    verification = c.choice(record, "verification", TermVerification)
    if status is Status.PREFERRED and verification is not None and not verification.attested:
        c.add(
            record.problem(
                "status",
                "unattested-preferred",
                f"a {verification.value} form cannot be preferred: no source shows it",
                "make it admitted, or cite the source that writes it and mark it checked",
            )
        )
    return verification


def derived_verification(
    c: Collector, record: Record, stated: Verification | None, terms: list[Term]
) -> tuple[Verification | None, str]:
    """An entry is verified when it has native terms (if it has an origin) and all are attested.

    Only where every term states its verification; otherwise the entry's own field stands. A
    stated entry field must agree with its terms. The derived note names the unattested forms.
    """
    if not terms or any(t.verification is None for t in terms):
        return stated, ""
    native = [t for t in terms if t.script in _NATIVE_SCRIPTS]
    weak = [t for t in native if t.verification is not None and not t.verification.attested]
    unshown = bool(record.data.get("origin")) and not native  # a foreign name with no native form
    derived = Verification.UNVERIFIED if weak or unshown else Verification.VERIFIED
    if "verification" in record.data and stated is not None and stated is not derived:
        c.add(
            record.problem(
                "verification",
                "verification-mismatch",
                f"entry says {stated.value}, but its native terms make it {derived.value}",
                "drop the entry's verification: it is derived from the terms' verification",
            )
        )
    # Languages and states, not the forms: the note is shown as plain text, without language tags.
    counts = Counter(f"{t.lang} {t.verification}" for t in weak)
    shown = ", ".join(f"{n} {what}" if n > 1 else what for what, n in counts.items())
    if weak:
        return derived, f"Native terms no cited source attests: {shown} (termbase list --unverified)."
    return derived, "No native form is attested." if unshown else ""
