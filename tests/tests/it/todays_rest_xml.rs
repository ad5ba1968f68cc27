//! restXml services of today's botocore release (as `todays_rest_json`): Route 53, S3 Control
//! and CloudFront, built with warnings denied, and a program that sends each through an
//! in-process transport (so a host like `123456789012.s3-control...` needs no DNS) and reads
//! canned XML answers back: a body whose root takes the input's name and namespace, nested
//! lists with renamed members, a payload structure, labels, query, headers, a typed error from
//! `<ErrorResponse><Error>`, and two rules beyond the models: Route 53 ids given with their
//! `/hostedzone/` or `/change/` prefix are trimmed, and S3 Control's account id goes into the
//! host once (its rules put it there; the model's host prefix is not added again).

const SAMPLE: &[&str] = &["route53", "s3control", "cloudfront"];

const PROGRAM: &str = r##"
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default)]
struct Fake {
    sent: Arc<Mutex<Vec<route53_client::http::Request>>>,
}

fn reply(status: u16, body: &str) -> route53_client::http::Response {
    route53_client::http::Response {
        status,
        headers: vec![("Content-Type".to_string(), "text/xml".to_string()), ("x-amz-request-id".to_string(), "req-1".to_string())],
        body: body.as_bytes().to_vec(),
    }
}

impl route53_client::http::HttpClient for Fake {
    fn send(&self, r: route53_client::http::Request) -> route53_client::http::BoxFuture<'_, Result<route53_client::http::Response, route53_client::http::HttpError>> {
        let path = r.url.split_once("://").map(|(_, rest)| rest).and_then(|rest| rest.find('/').map(|i| rest[i..].to_string())).unwrap_or_default();
        let answer = match (r.method, path.as_str()) {
            ("POST", "/2013-04-01/hostedzone/Z1D633PJN98FT9/rrset/") => reply(200, r#"<?xml version="1.0"?>
<ChangeResourceRecordSetsResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id><Status>PENDING</Status><SubmittedAt>2017-03-10T01:36:41.958Z</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>"#),
            ("GET", "/2013-04-01/change/C2682N5HXP0BZ4") => reply(200, r#"<GetChangeResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id><Status>INSYNC</Status><SubmittedAt>2017-03-10T01:36:41Z</SubmittedAt></ChangeInfo></GetChangeResponse>"#),
            ("GET", "/2013-04-01/hostedzone/ZMISSING") => reply(404, r#"<ErrorResponse xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Error><Type>Sender</Type><Code>NoSuchHostedZone</Code><Message>No hosted zone found with ID: ZMISSING</Message></Error><RequestId>r-2</RequestId></ErrorResponse>"#),
            ("GET", "/v20180820/configuration/publicAccessBlock") => reply(200, r#"<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>false</IgnorePublicAcls></PublicAccessBlockConfiguration>"#),
            ("GET", p) if p.starts_with("/2020-05-31/distribution") => reply(200, r#"<DistributionList><Marker></Marker><MaxItems>10</MaxItems><IsTruncated>false</IsTruncated><Quantity>1</Quantity><Items><DistributionSummary><Id>EDFDVBD6EXAMPLE</Id><DomainName>d111111abcdef8.cloudfront.net</DomainName><Aliases><Quantity>2</Quantity><Items><CNAME>a.example.com</CNAME><CNAME>b.example.com</CNAME></Items></Aliases></DistributionSummary></Items></DistributionList>"#),
            ("POST", "/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation") => route53_client::http::Response {
                status: 201,
                headers: vec![("Location".to_string(), "https://cloudfront.amazonaws.com/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation/I1".to_string())],
                body: br#"<Invalidation><Id>I1</Id><Status>InProgress</Status><CreateTime>2024-01-01T00:00:00Z</CreateTime><InvalidationBatch><Paths><Quantity>1</Quantity><Items><Path>/index.html</Path></Items></Paths><CallerReference>ref-1</CallerReference></InvalidationBatch></Invalidation>"#.to_vec(),
            },
            _ => reply(400, &format!("<Error><Code>Unexpected</Code><Message>{} {}</Message></Error>", r.method, r.url)),
        };
        self.sent.lock().unwrap().push(r);
        Box::pin(async move { Ok(answer) })
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fake = Fake::default();
    let config = route53_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("https://xml.example")
        .credentials(route53_client::sigv4::Credentials::new("AKID", "SECRET", None))
        .max_attempts(1)
        .http_client(fake.clone())
        .build();

    // Route 53: a change batch, the zone id given as Route 53's own answers give it.
    use route53_client::operation::change_resource_record_sets::{ChangeResourceRecordSetsInput, ChangeResourceRecordSetsInputRequired};
    use route53_client::types::{Change, ChangeAction, ChangeBatch, ChangeRequired, ResourceRecord, ResourceRecordSet, ResourceRecordSetRequired, RrType};
    let r53 = route53_client::Client::new(&config);
    let record = ResourceRecordSet::new(ResourceRecordSetRequired { name: "www.example.com".into(), r#type: RrType::from("A") })
        .with_ttl(300)
        .with_resource_records(vec![ResourceRecord::new("192.0.2.44"), ResourceRecord::new("192.0.2.45")]);
    let batch = ChangeBatch::new(vec![Change::new(ChangeRequired { action: ChangeAction::from("UPSERT"), resource_record_set: record })]).with_comment("a & b");
    let changed = r53
        .change_resource_record_sets(ChangeResourceRecordSetsInput::new(ChangeResourceRecordSetsInputRequired {
            change_batch: batch,
            hosted_zone_id: "/hostedzone/Z1D633PJN98FT9".into(),
        }))
        .await
        .unwrap();
    assert_eq!(changed.change_info.id, "/change/C2682N5HXP0BZ4");
    assert_eq!(changed.change_info.status.as_str(), "PENDING");
    assert_eq!(changed.change_info.submitted_at.to_string(), "2017-03-10T01:36:41.958Z");
    // The id as the answer gave it goes back in the next call.
    let change = r53.get_change(route53_client::operation::get_change::GetChangeInput::new(changed.change_info.id.clone())).await.unwrap();
    assert_eq!(change.change_info.status.as_str(), "INSYNC");
    let err = r53.get_hosted_zone(route53_client::operation::get_hosted_zone::GetHostedZoneInput::new("ZMISSING")).await.unwrap_err();
    match err.into_service_error() {
        Some(route53_client::operation::get_hosted_zone::GetHostedZoneError::NoSuchHostedZone(e)) => {
            assert_eq!(e.message(), Some("No hosted zone found with ID: ZMISSING"));
        }
        other => panic!("expected NoSuchHostedZone, got {other:?}"),
    }

    // S3 Control: the account id in the host, once; a payload structure read back.
    let s3c = s3control_client::Client::new(&config);
    let block = s3c
        .get_public_access_block(s3control_client::operation::get_public_access_block::GetPublicAccessBlockInput::new("123456789012"))
        .await
        .unwrap();
    let conf = block.public_access_block_configuration.unwrap();
    assert_eq!((conf.block_public_acls, conf.ignore_public_acls), (Some(true), Some(false)));

    // CloudFront: a page of distributions (nested lists with renamed members), an
    // invalidation (a payload structure sent, a header read).
    let cf = cloudfront_client::Client::new(&config);
    let list = cf.list_distributions(cloudfront_client::operation::list_distributions::ListDistributionsInput::new().with_max_items("10")).await.unwrap();
    let summary = &list.distribution_list.unwrap().items.unwrap()[0];
    assert_eq!(summary.id, "EDFDVBD6EXAMPLE");
    assert_eq!(summary.aliases.items.as_deref().unwrap(), ["a.example.com", "b.example.com"]);
    use cloudfront_client::operation::create_invalidation::{CreateInvalidationInput, CreateInvalidationInputRequired};
    use cloudfront_client::types::{InvalidationBatch, InvalidationBatchRequired, Paths};
    let invalidation = cf
        .create_invalidation(CreateInvalidationInput::new(CreateInvalidationInputRequired {
            distribution_id: "EDFDVBD6EXAMPLE".into(),
            invalidation_batch: InvalidationBatch::new(InvalidationBatchRequired {
                paths: Paths::new(1).with_items(vec!["/index.html".to_string()]),
                caller_reference: "ref-1".into(),
            }),
        }))
        .await
        .unwrap();
    assert_eq!(invalidation.location.as_deref(), Some("https://cloudfront.amazonaws.com/2020-05-31/distribution/EDFDVBD6EXAMPLE/invalidation/I1"));
    assert_eq!(invalidation.invalidation.unwrap().status, "InProgress");

    // What went over the wire.
    let sent = fake.sent.lock().unwrap().clone();
    let header = |r: &route53_client::http::Request, n: &str| r.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.clone());
    let rrset = &sent[0];
    assert_eq!(rrset.url, "https://xml.example/2013-04-01/hostedzone/Z1D633PJN98FT9/rrset/");
    assert_eq!(header(rrset, "content-type").as_deref(), Some("application/xml"));
    let body = String::from_utf8(rrset.body.clone()).unwrap();
    assert_eq!(
        body,
        concat!(
            r#"<ChangeResourceRecordSetsRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><ChangeBatch><Comment>a &amp; b</Comment><Changes>"#,
            r#"<Change><Action>UPSERT</Action><ResourceRecordSet><Name>www.example.com</Name><Type>A</Type><TTL>300</TTL>"#,
            r#"<ResourceRecords><ResourceRecord><Value>192.0.2.44</Value></ResourceRecord><ResourceRecord><Value>192.0.2.45</Value></ResourceRecord></ResourceRecords>"#,
            r#"</ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>"#
        )
    );
    assert_eq!(sent[1].url, "https://xml.example/2013-04-01/change/C2682N5HXP0BZ4");
    let block = &sent[3];
    assert_eq!(block.url, "https://123456789012.xml.example/v20180820/configuration/publicAccessBlock");
    assert_eq!(header(block, "x-amz-account-id").as_deref(), Some("123456789012"));
    assert!(header(block, "authorization").unwrap().contains("/us-east-1/s3/aws4_request"), "S3 Control signs as s3");
    assert_eq!(sent[4].url, "https://xml.example/2020-05-31/distribution?MaxItems=10");
    let inv = String::from_utf8(sent[5].body.clone()).unwrap();
    assert_eq!(
        inv,
        r#"<InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Paths><Quantity>1</Quantity><Items><Path>/index.html</Path></Items></Paths><CallerReference>ref-1</CallerReference></InvalidationBatch>"#
    );
    println!("rest-xml models ok");
}
"##;

#[test]
fn a_sample_of_todays_rest_xml_services_builds_and_talks_xml() {
    let dir = tests::generate_todays(SAMPLE, "todays-rest-xml", |service, protocol, omitted| {
        assert_eq!(protocol, smithy_ir::Protocol::RestXml, "{service}");
        assert!(omitted.is_empty(), "{service}: {omitted:?}");
    });
    let stdout = tests::run_program(&dir, SAMPLE, PROGRAM, &[]);
    assert_eq!(stdout.trim(), "rest-xml models ok");
}
