"""The W3C Reconciliation Service API (0.2, what OpenRefine 3.x speaks) over the termbase core.

Pure: no FastAPI here. Entities are glossary entries (ids are entry ids), types are entry kinds,
candidates come from :func:`termbase.lookup.lookup` with its scores and ``match`` flag, and data
extension offers native forms, readings and every system's rendering as properties::

    reconciler = Reconciler(Termbase.load())
    reconciler.reconcile_batch('{"q0": {"query": "Mao Tse-tung"}}', max_batch=1000)
    -> {"q0": {"result": [{"id": "mao-zedong", "name": "Mao Zedong", "score": 100, "match": true, ...}]}}

Modules: ``queries`` (parsing), ``candidates`` (lookup -> candidates), ``suggest`` (prefix index),
``properties`` and ``extend`` (data extension), ``preview`` (HTML card), ``manifest``, ``draft``
(the 1.0 draft's shapes), ``service`` (``Reconciler``, what the HTTP routes call).
"""

from __future__ import annotations

from termbase.errors import ReconcileQueryError, UnknownPropertyError, UnknownTypeError
from termbase.reconcile.manifest import manifest
from termbase.reconcile.service import Reconciler

__all__ = ["ReconcileQueryError", "Reconciler", "UnknownPropertyError", "UnknownTypeError", "manifest"]
