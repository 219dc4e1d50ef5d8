//! Comparing cases: the nearest past cases and the need clusters.

pub mod cluster;
pub mod profile;
pub mod similar;

pub use cluster::{cluster, Cluster, CLUSTER_COUNT};
pub use profile::PastCase;
pub use similar::{nearest, usual_provision, SimilarCase};
