//! Glacier's SHA-256 tree hash: the SHA-256 of each 1 MiB block of a body, then the hashes of
//! adjacent pairs, level by level, to one root (an odd one out moves up as it is). Glacier
//! refuses an upload whose `x-amz-sha256-tree-hash` does not match; AWS's SDKs compute it.

use ring::digest::{digest, Context, Digest, SHA256};

const BLOCK: usize = 1 << 20;

/// Hashes a body fed in pieces of any size: only the 32-byte hash of each finished block is
/// kept, so a body of any size needs no more memory than its block hashes.
pub(crate) struct TreeHasher {
    blocks: Vec<Digest>,
    current: Context,
    in_block: usize,
}

impl TreeHasher {
    pub(crate) fn new() -> Self {
        TreeHasher { blocks: Vec::new(), current: Context::new(&SHA256), in_block: 0 }
    }

    pub(crate) fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            let take = (BLOCK - self.in_block).min(data.len());
            self.current.update(&data[..take]);
            self.in_block += take;
            data = &data[take..];
            if self.in_block == BLOCK {
                let full = std::mem::replace(&mut self.current, Context::new(&SHA256));
                self.blocks.push(full.finish());
                self.in_block = 0;
            }
        }
    }

    /// The root, in lower-case hex. An empty body is one empty block, as botocore computes it.
    pub(crate) fn finish(mut self) -> String {
        if self.in_block > 0 || self.blocks.is_empty() {
            self.blocks.push(self.current.finish());
        }
        let mut level = self.blocks;
        while level.len() > 1 {
            let mut next = Vec::with_capacity(level.len().div_ceil(2));
            let mut hashes = level.into_iter();
            while let Some(a) = hashes.next() {
                next.push(match hashes.next() {
                    Some(b) => {
                        let mut ctx = Context::new(&SHA256);
                        ctx.update(a.as_ref());
                        ctx.update(b.as_ref());
                        ctx.finish()
                    }
                    None => a,
                });
            }
            level = next;
        }
        let root = level.pop().unwrap_or_else(|| digest(&SHA256, b""));
        crate::sigv4::hex(root.as_ref())
    }
}

/// The tree hash of a body held in memory.
pub(crate) fn tree_hash_hex(body: &[u8]) -> String {
    let mut hasher = TreeHasher::new();
    hasher.update(body);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bodies of byte `i % 251` at `i`, and their tree hashes as botocore 1.43.11's
    /// `calculate_tree_hash` gives them: around the block size, an odd block out (3 blocks and
    /// a piece) and an even tree (4 blocks).
    const CASES: &[(usize, &str)] = &[
        (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (1, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"),
        (1_048_575, "8b55c6a2d3444092a316985030e00c1e6f8608eaf912c896dee7c374d440ed11"),
        (1_048_576, "631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769"),
        (1_048_577, "a9c574ce937d2371daf87cdd0e75396b096d7f74a66c764e4c656bd12b2e7bf9"),
        (3_145_733, "c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f"),
        (4_194_304, "c7d749cd55cefa8ed8fbc208202e18d019b7701f29886f7c5d662d77b3903833"),
    ];

    fn body(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn matches_botocore_whole_and_fed_in_uneven_pieces() {
        for (n, expected) in CASES {
            let data = body(*n);
            assert_eq!(tree_hash_hex(&data), *expected, "{n} bytes");
            let mut hasher = TreeHasher::new();
            for piece in data.chunks(65_537) {
                hasher.update(piece);
            }
            assert_eq!(hasher.finish(), *expected, "{n} bytes in pieces");
        }
    }
}
