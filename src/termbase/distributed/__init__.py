"""Normalization beyond one process: Dask DataFrames and clusters, Spark (docs/distributed.md).

    from termbase.distributed.partition import GlossarySpec, NormalizeSpec, normalize_partition
    from termbase.distributed.dask import normalize_dataframe      # needs the termbase[dask] extra

``normalize_partition`` is the one per-partition function: a pandas DataFrame in, the same rows
with the columns ``termbase normalize`` adds out. The Dask engine maps it over partitions, the
Spark recipe over ``mapInPandas`` batches, and ``termbase normalize FILE.parquet`` runs it in one
process. Each process opens a glossary once (``termbase_for``), however many partitions it is given.
Nothing here is imported by ``import termbase``: pandas and Dask stay optional.
"""
