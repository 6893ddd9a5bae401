"""The Spark recipe: ``mapInPandas`` over the same per-partition function (docs/distributed.md).

    spec = normalize_spec(["author"], glossary=["/srv/glossaries"])      # termbase.distributed.dask
    added = StructType.fromDDL(added_ddl(spec.columns))
    out = frame.mapInPandas(normalize_batches(spec), StructType(frame.schema.fields + added.fields))

Nothing here imports pyspark: Spark calls ``normalize_batches(spec)`` in its Python workers, each
of which opens the glossary once (``termbase_for``) and keeps it for every batch it is given
(Spark reuses its Python workers, ``spark.python.worker.reuse``, by default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pandas as pd

from termbase.distributed.partition import NormalizeSpec, normalize_partition
from termbase.editor.normalize import ADDED

#: Spark SQL types of the added columns, by suffix (the pandas dtypes of ``ADDED_DTYPES``).
SPARK_TYPES = {
    "id": "string",
    "normalized": "string",
    "score": "bigint",
    "match": "boolean",
    "status": "string",
    "candidates": "string",
}

Batches = Callable[[Iterator[pd.DataFrame]], Iterator[pd.DataFrame]]


def added_ddl(columns: Sequence[str]) -> str:
    """The added columns as a Spark DDL schema string (``StructType.fromDDL``)."""
    return ", ".join(f"`{column}_{suffix}` {SPARK_TYPES[suffix]}" for column in columns for suffix in ADDED)


def normalize_batches(spec: NormalizeSpec) -> Batches:
    """The function to give ``DataFrame.mapInPandas``: each Arrow batch through
    ``normalize_partition``. ``spec.columns`` must name the columns (Spark has no column order
    the CLI's numbers could rely on)."""
    if not spec.columns:
        raise ValueError("name the columns to normalize: Spark batches need an explicit schema")

    def batches(frames: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for frame in frames:
            yield normalize_partition(frame, spec)

    return batches
