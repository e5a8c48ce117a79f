"""Entities and figures: who, where and how many, marked in each article's blocks.

Analysis runs at ingest and on demand, never when an article is opened: its result is stored
as marks. Importing this package is cheap; spaCy loads with the first model, once per process.
"""

from reader.core.analysis.language import detect_language
from reader.core.analysis.pipeline import analyse_blocks, analyse_many, analyse_pending

__all__ = ["analyse_blocks", "analyse_many", "analyse_pending", "detect_language"]
