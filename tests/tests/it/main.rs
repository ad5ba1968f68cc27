//! The integration tests, as one test binary so the suite links once (rust-analyzer's
//! `slow-tests` shape). `environment.rs` changes process environment variables and
//! `fuzz_corpus.rs` silences the process-wide panic hook while it fuzzes, so those two stay test
//! binaries of their own.

mod api_diff;
mod checksums;
mod client;
mod cross_format;
mod endpoint_rules;
mod endpoints;
mod event_streams;
mod eventstream;
mod examples;
mod fixtures_compile;
mod freshness;
mod generated_api;
mod http_bindings;
mod injection;
mod interrupted;
mod malformed;
mod mocks;
mod moto;
mod network;
mod other_services;
mod paginators;
mod paging;
mod protocol_tests;
mod record_replay;
mod s3_compatible;
mod shapes;
mod sigv4;
mod sigv4a;
mod snapshots;
mod todays_models;
mod todays_rest_json;
mod todays_rest_xml;
mod tokens_and_errors;
mod tracing;
mod update_model;
mod waiters;
mod wire;
