"""Commands for meetings (filled by the issue that builds this capability)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """No commands yet."""
