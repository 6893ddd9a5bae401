"""The ``termbase normalize`` options of the Parquet reader and the Dask engine.

Kept apart from the engine itself so that building the command line imports neither pandas nor
Dask; the CLI imports the engine only when a run needs it, and says which extra to install if not.
"""

from __future__ import annotations

import argparse
from pathlib import PurePath

ENGINES = ("local", "dask")
PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: this process, streamed (default); dask: partition-parallel on a Dask cluster "
        "(the termbase[dask] extra)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: an existing cluster's scheduler (tcp://host:8786); "
        "default: a local cluster on this machine",
    )
    parser.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="with --engine dask and no --scheduler: local worker processes (default: one per core)",
    )
    parser.add_argument(
        "--blocksize",
        metavar="BYTES",
        help="with --engine dask: input per partition, e.g. 16MiB (default: about 4 per worker, 1-64 MiB)",
    )


def is_parquet(path: str) -> bool:
    """A Parquet file, or a folder of them (as Dask writes), by its name."""
    name = PurePath(path.rstrip("/")).name.lower()
    return name.endswith(PARQUET_SUFFIXES)


def wants_engine(args: argparse.Namespace) -> bool:
    """Whether ``termbase normalize`` hands this run to the engine: Dask, Parquet input, or an
    engine option given (which the engine then checks)."""
    engine_options = (args.scheduler, args.workers, args.blocksize)
    return args.engine == "dask" or is_parquet(args.file) or any(o is not None for o in engine_options)
