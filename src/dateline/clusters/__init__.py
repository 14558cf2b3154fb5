"""Event clusters: the reports of one real-world event, across articles and outlets."""

from dateline.clusters.match import Mention, compatible, effective_interval, status_of
from dateline.clusters.update import ClusterUpdate, ensure_schema, update_clusters

__all__ = ["ClusterUpdate", "Mention", "compatible", "effective_interval", "ensure_schema",
           "status_of", "update_clusters"]
