//! Which certificate authorities the default HTTP client trusts.
//!
//! By default both the Mozilla roots compiled into the crate and the platform's trust store:
//! a CA installed on the machine (a corporate one, a TLS-inspecting proxy's) works without
//! configuration, and a container without `ca-certificates` still reaches AWS. A CA bundle
//! (`AWS_CA_BUNDLE`, the profile's `ca_bundle`) replaces both, as it does for the AWS CLI
//! (botocore hands it to its HTTP stack as the only bundle).

use std::fmt;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;

use crate::error::ConfigError;

/// The certificate authorities TLS connections trust. Cheap to clone.
#[derive(Clone)]
pub struct TrustConfig {
    /// `None` for the default, read from the platform only when a client is built with it: a
    /// configuration whose transport is set in code (a test's fake) never reads the store.
    roots: Option<Arc<RootCertStore>>,
    /// Where the roots came from, for `Debug`.
    sources: Vec<String>,
}

impl TrustConfig {
    /// The Mozilla roots bundled in the crate and the platform's trust store (the default).
    pub fn bundled_and_platform() -> Self {
        TrustConfig { roots: None, sources: vec!["bundled roots".into(), "platform store".into()] }
    }

    /// Only the Mozilla roots bundled in the crate: the same on every machine.
    pub fn bundled() -> Self {
        TrustConfig { roots: Some(Arc::new(bundled_store())), sources: vec!["bundled roots".into()] }
    }

    /// Only the platform's trust store (on Linux, the files `openssl` would read; on macOS the
    /// keychain; on Windows the system store).
    pub fn platform() -> Self {
        let mut roots = RootCertStore::empty();
        roots.add_parsable_certificates(platform_certificates().iter().cloned());
        TrustConfig { roots: Some(Arc::new(roots)), sources: vec!["platform store".into()] }
    }

    /// Only the certificates of a PEM file (one or several), as `AWS_CA_BUNDLE` does. A file
    /// that cannot be read, holds no certificate or a malformed one is an error now, not at
    /// the first call.
    pub fn from_pem_file(path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        Self::empty().add_pem_file(path)
    }

    /// Only the certificates of PEM text.
    pub fn from_pem(pem: &[u8]) -> Result<Self, ConfigError> {
        Self::empty().add_pem(pem)
    }

    /// These roots and the certificates of a PEM file.
    pub fn add_pem_file(self, path: impl AsRef<Path>) -> Result<Self, ConfigError> {
        let path = path.as_ref();
        self.add_pem_file_as(&format!("CA bundle {}", path.display()), path)
    }

    /// These roots and the certificates of PEM text.
    pub fn add_pem(self, pem: &[u8]) -> Result<Self, ConfigError> {
        self.add(pem, "CA bundle", "PEM text")
    }

    /// [`from_pem_file`](Self::from_pem_file), with errors naming `setting` (`AWS_CA_BUNDLE`).
    pub(crate) fn from_pem_file_as(setting: &str, path: &Path) -> Result<Self, ConfigError> {
        Self::empty().add_pem_file_as(setting, path)
    }

    fn add_pem_file_as(self, setting: &str, path: &Path) -> Result<Self, ConfigError> {
        let pem = std::fs::read(path)
            .map_err(|e| ConfigError::new(setting, format!("cannot read {}: {e}", path.display())))?;
        self.add(&pem, setting, &path.display().to_string())
    }

    fn empty() -> Self {
        TrustConfig { roots: Some(Arc::new(RootCertStore::empty())), sources: Vec::new() }
    }

    fn add(mut self, pem: &[u8], setting: &str, source: &str) -> Result<Self, ConfigError> {
        let roots = Arc::make_mut(self.roots.get_or_insert_with(bundled_and_platform_store));
        let mut count = 0;
        for cert in CertificateDer::pem_slice_iter(pem) {
            count += 1;
            let cert = cert.map_err(|e| ConfigError::new(setting, format!("certificate {count}: not PEM: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| ConfigError::new(setting, format!("certificate {count}: not a usable CA: {e}")))?;
        }
        if count == 0 {
            return Err(ConfigError::new(setting, "no PEM certificate (`-----BEGIN CERTIFICATE-----`) in it"));
        }
        self.sources.push(format!("{source} ({count} certificates)"));
        Ok(self)
    }

    pub(crate) fn roots(&self) -> Arc<RootCertStore> {
        self.roots.clone().unwrap_or_else(bundled_and_platform_store)
    }
}

impl Default for TrustConfig {
    fn default() -> Self {
        Self::bundled_and_platform()
    }
}

impl fmt::Debug for TrustConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.roots {
            Some(roots) => write!(f, "TrustConfig({}; {} roots)", self.sources.join(" + "), roots.len()),
            None => write!(f, "TrustConfig({})", self.sources.join(" + ")),
        }
    }
}

/// The default roots, built once: every configuration (and the credential chain's) shares them.
fn bundled_and_platform_store() -> Arc<RootCertStore> {
    static BOTH: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    BOTH.get_or_init(|| {
        let mut roots = bundled_store();
        roots.add_parsable_certificates(platform_certificates().iter().cloned());
        Arc::new(roots)
    })
    .clone()
}

fn bundled_store() -> RootCertStore {
    RootCertStore::from_iter(webpki_roots::TLS_SERVER_ROOTS.iter().cloned())
}

/// Read once per process: on Linux it parses a few hundred certificates from disk.
fn platform_certificates() -> &'static [CertificateDer<'static>] {
    static CERTS: OnceLock<Vec<CertificateDer<'static>>> = OnceLock::new();
    // A store that cannot be read (no `ca-certificates` in a container) adds nothing: the
    // bundled roots still apply, and a bundle set on purpose reports its own errors.
    CERTS.get_or_init(|| rustls_native_certs::load_native_certs().certs)
}
