"""Placeholder command group, filled in by the work on its issue."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    del commands
