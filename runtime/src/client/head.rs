//! What a sent request and a presigned one share: where it goes and the headers the call
//! itself gives (not the SDK's own, which a presigned request leaves out).

use super::ServiceInfo;
use crate::protocol::{HttpParts, Protocol};

pub(super) struct RequestHead<'a> {
    pub(super) scheme: &'a str,
    pub(super) authority: &'a str,
    pub(super) method: &'static str,
    pub(super) path: String,
    pub(super) query: &'a str,
    /// `Host`, `Content-Type` and the headers the input binds.
    pub(super) headers: Vec<(String, String)>,
    service: &'static ServiceInfo,
}

impl<'a> RequestHead<'a> {
    pub(super) fn new(
        endpoint: &'a crate::endpoint::Endpoint,
        service: &'static ServiceInfo,
        parts: &'a HttpParts,
    ) -> Self {
        let scheme = endpoint.url.split_once("://").map_or("https", |(s, _)| s);
        let mut headers = vec![("Host".to_string(), endpoint.authority.clone())];
        // A `Content-Type` the input binds (a payload's media type) wins over the default.
        let bound = parts.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type"));
        if let (Some(content_type), false) = (parts.content_type, bound) {
            headers.push(("Content-Type".to_string(), content_type.to_string()));
        }
        headers.extend(parts.headers.iter().cloned());
        // After any path the endpoint has: `https://host/custom` sends an RPC protocol's `/` to
        // `/custom/` (their protocol tests say so); an HTTP-bound `/` is the endpoint's path
        // itself, as botocore joins them (S3's path-style endpoint `http://host/bucket`).
        let base = endpoint.path.trim_end_matches('/');
        let http_bound = matches!(service.protocol, Protocol::RestJson | Protocol::RestXml);
        let path = if http_bound && parts.path == "/" && !base.is_empty() {
            base.to_string()
        } else {
            format!("{base}{}", parts.path)
        };
        RequestHead {
            scheme,
            authority: &endpoint.authority,
            method: parts.method,
            path,
            query: parts.query.as_str(),
            headers,
            service,
        }
    }

    /// The service's default headers, unless the request sets them.
    pub(super) fn add_defaults(&mut self) {
        for (name, value) in self.service.default_headers {
            if !self.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name)) {
                self.headers.push((name.to_string(), value.to_string()));
            }
        }
    }

    pub(super) fn url(&self, query: &str) -> String {
        match query {
            "" => format!("{}://{}{}", self.scheme, self.authority, self.path),
            q => format!("{}://{}{}?{q}", self.scheme, self.authority, self.path),
        }
    }

    /// The request signed in its query, valid as `slot` says. A query protocol's parameters
    /// move from the body to the URL (as botocore does), so the URL alone is the request; S3's
    /// payload is unsigned (the object is whatever is sent).
    pub(super) fn presign(
        mut self,
        signing: &super::Signing,
        v4a: Option<&crate::sigv4::SigV4aKey>,
        body: &[u8],
        creds: &crate::sigv4::Credentials,
        slot: &crate::presign::Slot,
    ) -> Result<crate::presign::PresignedRequest, String> {
        self.add_defaults();
        let form = matches!(self.service.protocol, Protocol::AwsQuery | Protocol::Ec2Query);
        let (query, body) = match (form, body.is_empty()) {
            (true, false) => {
                self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case("content-type"));
                let form = std::str::from_utf8(body).map_err(|_| "the query body is not text".to_string())?;
                let query = if self.query.is_empty() { form.to_string() } else { format!("{}&{form}", self.query) };
                (query, Vec::new())
            }
            _ => (self.query.to_string(), body.to_vec()),
        };
        let s3 = self.service.s3_signing;
        let signed = crate::sigv4::presign(
            &crate::sigv4::SignableRequest {
                method: self.method,
                path: &self.path,
                query: &query,
                headers: &self.headers,
                body: &body,
            },
            creds,
            &crate::sigv4::SigningScope { region: &signing.region, service: &signing.name, time: slot.start() },
            &crate::sigv4::PresignOptions {
                expires_in: slot.expires_in(),
                payload_hash: s3.then_some("UNSIGNED-PAYLOAD"),
                rules: if s3 { crate::sigv4::Rules::S3 } else { crate::sigv4::Rules::Standard },
                algorithm: signing.algorithm(v4a),
            },
        )?;
        let url = self.url(&signed.query);
        let headers = self.headers.into_iter().filter(|(k, _)| !k.eq_ignore_ascii_case("host")).collect();
        Ok(crate::presign::PresignedRequest { method: self.method, url, headers, body })
    }
}
