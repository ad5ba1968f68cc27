//! SigV4a (`AWS4-ECDSA-P256-SHA256`): the same canonical request as SigV4, signed with an ECDSA
//! P-256 key derived from the credentials, so that one signature is valid in every region of a
//! region set (S3 Multi-Region Access Points, EventBridge global endpoints).

use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use ring::hmac;

use super::{hex, Credentials};

/// The P-256 group order minus two, big-endian: the largest candidate the key derivation keeps.
const ORDER_MINUS_TWO: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xbc, 0xe6, 0xfa,
    0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x4f,
];

/// The private key of `creds`, derived as AWS defines it (NIST SP 800-108 counter mode with
/// HMAC-SHA256 keyed by `AWS4A` + secret): the first candidate below the group order minus one,
/// plus one. A candidate is refused with probability about 2^-32, so 254 tries never all fail.
fn private_key(creds: &Credentials) -> Option<SigningKey> {
    let key = hmac::Key::new(hmac::HMAC_SHA256, format!("AWS4A{}", creds.secret_access_key).as_bytes());
    for counter in 1..=254u8 {
        let mut input = Vec::with_capacity(64);
        input.extend_from_slice(&1u32.to_be_bytes());
        input.extend_from_slice(b"AWS4-ECDSA-P256-SHA256\0");
        input.extend_from_slice(creds.access_key_id.as_bytes());
        input.push(counter);
        input.extend_from_slice(&256u32.to_be_bytes());
        let candidate: [u8; 32] = hmac::sign(&key, &input).as_ref().try_into().unwrap_or([0xff; 32]);
        if candidate <= ORDER_MINUS_TWO {
            if let Ok(signing_key) = SigningKey::from_slice(&plus_one(candidate)) {
                return Some(signing_key);
            }
        }
    }
    None
}

/// `n + 1` of a big-endian number that does not overflow (it is at most the order minus two).
fn plus_one(mut n: [u8; 32]) -> [u8; 32] {
    for byte in n.iter_mut().rev() {
        let (sum, carry) = byte.overflowing_add(1);
        *byte = sum;
        if !carry {
            break;
        }
    }
    n
}

/// The ECDSA key SigV4a signs with, derived from one set of credentials. Deriving costs a
/// scalar multiplication, so a caller signing often keeps it.
#[derive(Clone)]
pub struct SigV4aKey(SigningKey);

impl SigV4aKey {
    /// Derives the key of `creds`. Fails only if all 254 candidates are refused, which has
    /// never been seen (each is refused with probability about 2^-32).
    pub fn derive(creds: &Credentials) -> Result<Self, String> {
        private_key(creds).map(SigV4aKey).ok_or_else(|| "these credentials give no SigV4a key".to_string())
    }

    /// The public key AWS verifies the signatures with: SEC1 uncompressed (`04`, X, Y).
    pub fn public_key(&self) -> Vec<u8> {
        self.0.verifying_key().to_encoded_point(false).as_bytes().to_vec()
    }

    /// The hex DER ECDSA signature of `string_to_sign` (hashed with SHA-256, as
    /// ECDSA-P256-SHA256 asks). Deterministic (RFC 6979); AWS accepts any valid signature.
    pub(super) fn sign(&self, string_to_sign: &str) -> String {
        let signature: Signature = self.0.sign(string_to_sign.as_bytes());
        hex(signature.to_der().as_bytes())
    }
}

/// Never shows the private key.
impl std::fmt::Debug for SigV4aKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigV4aKey(..)")
    }
}
