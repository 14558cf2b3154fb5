"""Events: PLOVER-typed events with arguments, modality, attribution, date and place."""

from dateline.events.extract import EventExtractor

__all__ = ["EventExtractor"]
