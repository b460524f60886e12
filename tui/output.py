"""Prints rows for the command line as a table, JSON lines or CSV, with untrusted text made safe."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui.safe import plain

FORMATS = ("table", "jsonl", "csv")


def _flatten(row: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for inner, inner_value in value.items():
                flat[f"{key}_{inner}"] = inner_value
        elif isinstance(value, list):
            flat[key] = "; ".join(str(item) for item in value)
        else:
            flat[key] = value
    return flat


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, table_columns: list[tuple[str, Any]],
               title: str | None = None) -> int:
    """Write rows in `fmt`; table_columns maps a header to a key or a function of the row. Returns the count."""
    count = 0
    if fmt == "jsonl":
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = None
        for row in rows:
            flat = _flatten(row)
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(flat), extrasaction="ignore")
                writer.writeheader()
            for key in flat:
                if key not in writer.fieldnames:
                    writer.fieldnames.append(key)
            writer.writerow({k: plain(v) if isinstance(v, str) else v for k, v in flat.items()})
            count += 1
        return count
    table = Table(title=title, show_lines=False, expand=False)
    for header, _ in table_columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        cells = []
        for _, getter in table_columns:
            value = getter(row) if callable(getter) else row.get(getter)
            # A Text cell comes already made safe and styled (e.g. a snippet with its matches in bold).
            cells.append(value if isinstance(value, Text) else Text(plain(value if value is not None else "",
                                                                          newlines=False)))
        table.add_row(*cells)
        count += 1
    Console(markup=False, highlight=False).print(table)
    return count
