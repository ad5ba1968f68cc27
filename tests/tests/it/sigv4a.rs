//! SigV4a against the signing suite (`../shared/testdata/signing-suite/v4a`): canonical requests
//! and strings to sign compared exactly, signatures verified with the suite's public keys (ECDSA
//! signatures differ each time, so they cannot be compared), and the key derivation against
//! `sigv4a-key-derivation.json`.

use awsgen_runtime::sigv4::{
    presign, sign_as, Algorithm, Credentials, PresignOptions, Rules, SigV4aKey, SignableRequest, SigningScope,
};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

fn public_key(x: &str, y: &str) -> Vec<u8> {
    [vec![4u8], unhex(x), unhex(y)].concat()
}

fn verify(public: &[u8], string_to_sign: &str, signature_hex: &str) -> bool {
    let key = VerifyingKey::from_sec1_bytes(public).expect("a P-256 point");
    let Ok(signature) = Signature::from_der(&unhex(signature_hex)) else { return false };
    key.verify(string_to_sign.as_bytes(), &signature).is_ok()
}

#[test]
fn key_derivation_matches_aws() {
    let path = tests::shared().join("testdata/signing-suite/sigv4a-key-derivation.json");
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).expect("vectors")).expect("JSON");
    let cases = v["cases"].as_array().expect("cases");
    for case in cases {
        let s = |k: &str| case[k].as_str().expect(k).to_string();
        let key = SigV4aKey::derive(&Credentials::new(s("access_key_id"), s("secret_access_key"), None)).expect("key");
        let (x, y) = (case["public_key"]["x"].as_str().expect("x"), case["public_key"]["y"].as_str().expect("y"));
        assert_eq!(key.public_key(), public_key(x, y), "{}", s("access_key_id"));
        assert_eq!(format!("{key:?}"), "SigV4aKey(..)", "the private key is never shown");
    }
    assert_eq!(cases.len(), 3);
}

/// Each complete case, signed in headers and in the query. The unnormalised-path cases ask for
/// a variant this signer does not have (double encoding without normalising); they are counted
/// and left out.
#[test]
fn sigv4a_matches_the_signing_suite() {
    let suite = tests::shared().join("testdata/signing-suite/v4a");
    let mut cases: Vec<_> = std::fs::read_dir(&suite).expect("v4a").map(|e| e.expect("entry").path()).collect();
    cases.sort();
    let (mut ran, mut left_out, mut theirs_verified) = (0, Vec::new(), 0);
    for case in cases {
        let name = case.file_name().expect("name").to_string_lossy().into_owned();
        let read = |f: &str| std::fs::read_to_string(case.join(f)).unwrap_or_else(|e| panic!("{name}/{f}: {e}"));
        if !case.join("header-canonical-request.txt").exists() {
            left_out.push(name);
            continue;
        }
        let context: serde_json::Value = serde_json::from_str(&read("context.json")).expect("context");
        if context["normalize"] == false {
            left_out.push(name);
            continue;
        }
        let unfolded = tests::unfold_request(&read("request.txt"));
        let (head, body) = unfolded.split_once("\n\n").unwrap_or((&unfolded, ""));
        let mut lines = head.lines();
        let request_line = lines.next().expect("request line");
        let method = request_line.split(' ').next().expect("method");
        let target = &request_line[method.len() + 1..request_line.rfind(" HTTP/").expect("version")];
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let mut headers: Vec<(String, String)> =
            lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
        // The harness hashes the body only when asked, and then sends the hash as a header.
        let body = match context["sign_body"] == true {
            true => {
                headers.push(("x-amz-content-sha256".into(), awsgen_runtime::sigv4::sha256_hex(body.as_bytes())));
                body.as_bytes()
            }
            false => b"",
        };
        let c = &context["credentials"];
        let token = c["token"].as_str().filter(|_| context["omit_session_token"] != true).map(str::to_string);
        let creds = Credentials::new(
            c["access_key_id"].as_str().expect("id"),
            c["secret_access_key"].as_str().expect("key"),
            token,
        );
        let key = SigV4aKey::derive(&creds).expect("key");
        let pk: serde_json::Value = serde_json::from_str(&read("public-key.json")).expect("public key");
        let public = public_key(pk["X"].as_str().expect("X"), pk["Y"].as_str().expect("Y"));
        assert_eq!(key.public_key(), public, "{name}: derived key");

        let time = awsgen_runtime::DateTime::from_rfc3339(context["timestamp"].as_str().expect("time")).expect("time");
        let scope = SigningScope { region: context["region"].as_str().expect("region"), service: "service", time };
        let req = SignableRequest { method, path, query, headers: &headers, body };
        let signed = sign_as(&req, &creds, &scope, Rules::Standard, Algorithm::V4a(&key));
        assert_eq!(signed.canonical_request, read("header-canonical-request.txt"), "{name}: canonical request");
        assert_eq!(signed.string_to_sign, read("header-string-to-sign.txt"), "{name}: string to sign");
        assert!(verify(&public, &signed.string_to_sign, &signed.signature), "{name}: our signature verifies");
        let authorization = &signed.headers.iter().find(|(k, _)| k == "Authorization").expect("authorization").1;
        let expected = read("header-signed-request.txt");
        let theirs = expected.lines().find_map(|l| l.strip_prefix("Authorization:")).expect("their authorization");
        let prefix = |a: &str| a[..a.find("Signature=").expect("signature")].to_string();
        assert_eq!(prefix(authorization), prefix(theirs), "{name}: authorization");
        // Their signature verifies with our reading of the string to sign and our key.
        assert!(verify(&public, &signed.string_to_sign, read("header-signature.txt").trim()), "{name}: theirs");
        theirs_verified += 1;

        if context["sign_body"] != true && context["omit_session_token"] != true {
            let options = PresignOptions {
                expires_in: std::time::Duration::from_secs(context["expiration_in_seconds"].as_u64().expect("expiry")),
                payload_hash: None,
                rules: Rules::Standard,
                algorithm: Algorithm::V4a(&key),
            };
            let signed = presign(&req, &creds, &scope, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(signed.canonical_request, read("query-canonical-request.txt"), "{name}: query canonical");
            assert_eq!(signed.string_to_sign, read("query-string-to-sign.txt"), "{name}: query string to sign");
            assert!(verify(&public, &signed.string_to_sign, &signed.signature), "{name}: our query signature");
            assert!(verify(&public, &signed.string_to_sign, read("query-signature.txt").trim()), "{name}: theirs");
        }
        ran += 1;
    }
    // A wrong string to sign does not verify: the checks above can fail.
    let key = SigV4aKey::derive(&Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None))
        .expect("key");
    let signature = read_signature(&suite);
    assert!(!verify(&key.public_key(), "AWS4-ECDSA-P256-SHA256\nsomething else", &signature));
    assert_eq!((ran, theirs_verified, left_out.len()), (31, 31, 9), "left out: {left_out:?}");
}

fn read_signature(suite: &std::path::Path) -> String {
    std::fs::read_to_string(suite.join("get-vanilla/header-signature.txt")).expect("signature").trim().to_string()
}
