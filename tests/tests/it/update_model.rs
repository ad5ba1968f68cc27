//! `cargo xtask update-model` vendors a model from a wheel, a folder or a Smithy file, records
//! its provenance, and changes nothing when the new model is broken.

use std::io::Write;
use std::path::Path;

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(tests::root().join("tests/fixtures/botocore").join(name)).expect("fixture file")
}

/// A fake botocore wheel holding the botocore fixture, gzipped like the real package.
fn wheel(dir: &Path, service_json: &[u8]) -> std::path::PathBuf {
    let path = dir.join("botocore-9.9.9-py3-none-any.whl");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).expect("create wheel"));
    let opts = zip::write::SimpleFileOptions::default();
    for version in ["2020-01-01", "2024-01-01"] {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(service_json).expect("gzip");
        zip.start_file(format!("botocore/data/widgets/{version}/service-2.json.gz"), opts).expect("entry");
        zip.write_all(&gz.finish().expect("gzip")).expect("write");
    }
    zip.start_file("botocore/data/widgets/2024-01-01/paginators-1.json", opts).expect("entry");
    zip.write_all(&fixture("paginators-1.json")).expect("write");
    zip.finish().expect("finish wheel");
    path
}

#[test]
fn vendors_from_a_wheel_with_provenance() {
    let dir = tests::scratch("update-wheel");
    let wheel = wheel(&dir, &fixture("service-2.json"));
    let dest = dir.join("vendored");
    let v = xtask::update_model(&wheel, "widgets", &dest).expect("vendors");
    assert_eq!(v.package_version.as_deref(), Some("9.9.9"));
    assert_eq!(read(&dest, "service-2.json").as_bytes(), fixture("service-2.json"), "decompressed, byte for byte");
    assert!(dest.join("paginators-1.json").exists());
    let prov: serde_json::Value = serde_json::from_str(&read(&dest, "provenance.json")).expect("JSON");
    assert_eq!(prov["version"], "9.9.9");
    assert!(prov["source"].as_str().expect("source").contains("widgets/2024-01-01"), "newest version folder");
    assert_eq!(prov["sha256"]["service-2.json"].as_str().map(str::len), Some(64));
    assert!(smithy_ir::load_path(&dest).is_ok());
}

#[test]
fn vendors_from_a_folder_and_from_a_smithy_file() {
    let dir = tests::scratch("update-folder");
    let dest = dir.join("vendored");
    xtask::update_model(&tests::root().join("tests/fixtures/botocore"), "widgets", &dest).expect("folder");
    assert!(dest.join("waiters-2.json").exists());
    xtask::update_model(&tests::root().join("tests/fixtures/errors.json"), "widgets", &dest).expect("smithy file");
    assert!(dest.join("model.json").exists() && !dest.join("service-2.json").exists(), "the folder is replaced whole");
    assert_eq!(smithy_ir::load_path(&dest).expect("loads").sdk_id, "Fixture Errors");
}

#[test]
fn a_broken_model_changes_nothing() {
    let dir = tests::scratch("update-broken");
    let dest = dir.join("vendored");
    xtask::update_model(&tests::root().join("tests/fixtures/botocore"), "widgets", &dest).expect("first");
    let before = read(&dest, "provenance.json");
    let broken = String::from_utf8(fixture("service-2.json"))
        .expect("utf8")
        .replace("\"shape\": \"WidgetId\"", "\"shape\": \"Missing\"");
    let err = xtask::update_model(&wheel(&dir, broken.as_bytes()), "widgets", &dest).expect_err("broken");
    assert!(format!("{err:#}").contains("does not exist"), "{err:#}");
    assert_eq!(read(&dest, "provenance.json"), before);
    assert_eq!(read(&dest, "service-2.json").as_bytes(), fixture("service-2.json"));
}
