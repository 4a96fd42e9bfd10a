//! Fast, stable hashes for telling whether something changed: the files
//! an output was made from, the bytes of an output. Not for security:
//! nothing hashed here is secret or adversarial, and a collision would only
//! skip a re-render.

use std::hash::{Hash, Hasher};

use xxhash_rust::xxh3::Xxh3;

/// The hash of any hashable value.
pub fn hash(value: impl Hash) -> u64 {
    let mut hasher = Xxh3::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// The hash of a file's bytes.
pub fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}
