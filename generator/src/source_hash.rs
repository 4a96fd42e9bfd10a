//! Source hashes: which version of its source a translation was made from.

use std::fmt::Write as _;

use sha2::{Digest, Sha256};

/// How many hex digits of the SHA-256 a source hash keeps.
pub const HASH_LEN: usize = 12;

/// The source hash of a file's bytes: the first 12 hex digits of their
/// SHA-256.
pub fn source_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(HASH_LEN);
    for b in digest.iter().take(HASH_LEN / 2) {
        let _ = write!(hex, "{b:02x}");
    }
    hex
}

/// Whether `text` looks like a [`source_hash`].
pub fn is_source_hash(text: &str) -> bool {
    text.len() == HASH_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hashes_are_twelve_hex_digits() {
        let hash = source_hash(b"+++\ntitle = \"A\"\n+++\n");
        assert_eq!(hash.len(), 12);
        assert!(is_source_hash(&hash));
        assert_eq!(source_hash(b""), "e3b0c44298fc");
        assert!(!is_source_hash("E3B0C44298FC"));
        assert!(!is_source_hash("e3b0c44298f"));
    }
}
