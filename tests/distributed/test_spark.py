"""The Spark recipe of docs/distributed.md on a local Spark (when pyspark and Java are here):
``mapInPandas`` over the same per-partition function gives the single process's frame."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from termbase.distributed.dask import normalize_spec
from termbase.distributed.partition import normalize_frame, normalizer_for
from termbase.distributed.spark import added_ddl, normalize_batches
from tests.editor.conftest import HOUSE

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'termbase[spark]'")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java, and there is none on PATH", allow_module_level=True)

# pyspark 4.3 warns that it does not fully support pandas 3, and its own conversion code passes
# pandas 3 a deprecated keyword; neither is the recipe's doing.
pytestmark = [
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

NAMES = ["Mao Tse-tung", "Nosaka Sanzo", "Chang Kai-shek", "Tsitsihar", "Nobody Here", "", None, "Harbin"]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # Spark's Python workers run PYSPARK_PYTHON (default: python3 on PATH), which must be this
    # environment's interpreter, where termbase is installed.
    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("termbase-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if previous is None:
        del os.environ["PYSPARK_PYTHON"]
    else:
        os.environ["PYSPARK_PYTHON"] = previous


def test_map_in_pandas_gives_the_single_process_frame(spark: Any) -> None:
    from pyspark.sql.types import StructType

    names = [NAMES[n % len(NAMES)] for n in range(64)]
    frame = pd.DataFrame({"n": range(len(names)), "name": pd.Series(names, dtype=object)})
    spec = normalize_spec(["name"], glossary=[HOUSE])
    source = spark.createDataFrame(frame, "n bigint, name string").repartition(4, "n")
    schema = StructType(source.schema.fields + StructType.fromDDL(added_ddl(spec.columns)).fields)
    got = source.mapInPandas(normalize_batches(spec), schema).toPandas().sort_values("n", ignore_index=True)
    expected, _ = normalize_frame(frame, normalizer_for(spec), spec.columns)
    assert got["n"].tolist() == list(range(len(names)))
    for column in expected.columns[2:]:
        assert [None if pd.isna(v) else v for v in got[column]] == [
            None if pd.isna(v) else v for v in expected[column]
        ], column
