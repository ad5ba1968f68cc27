//! Loader behaviour on small inline models.

use serde_json::json;
use smithy_ir::{botocore::Companions, load_str, AcceptorState, Comparator, HttpBinding, Matcher, Protocol, ShapeKind};

fn smithy(shapes: serde_json::Value) -> String {
    let mut all = json!({
        "ex#Svc": {"type": "service", "version": "1", "resources": [{"target": "ex#Thing"}],
                   "operations": [{"target": "ex#Ping"}],
                   "traits": {"aws.protocols#awsJson1_1": {}, "aws.api#service": {"sdkId": "Ex"}}},
        "ex#Thing": {"type": "resource", "read": {"target": "ex#GetThing"}, "resources": [{"target": "ex#Part"}]},
        "ex#Part": {"type": "resource", "collectionOperations": [{"target": "ex#ListParts"}]},
        "ex#Ping": {"type": "operation"},
        "ex#GetThing": {"type": "operation", "input": {"target": "ex#GetThingInput"}},
        "ex#ListParts": {"type": "operation", "output": {"target": "smithy.api#Unit"}},
        "ex#GetThingInput": {"type": "structure", "members": {"id": {"target": "smithy.api#String"}}}
    });
    for (k, v) in shapes.as_object().expect("object") {
        all[k] = v.clone();
    }
    json!({"smithy": "2.0", "shapes": all}).to_string()
}

#[test]
fn operations_bound_through_nested_resources_are_found() {
    let svc = load_str(&smithy(json!({})), "t", &Companions::default()).expect("loads");
    assert_eq!(svc.operations.keys().collect::<Vec<_>>(), ["ex#GetThing", "ex#ListParts", "ex#Ping"]);
    assert_eq!(svc.protocols, [Protocol::AwsJson1_1]);
    assert_eq!(svc.target_prefix.as_deref(), Some("Svc"));
    assert_eq!(svc.signing_name, "ex");
    assert_eq!(svc.operations["ex#ListParts"].output, None, "Unit means no output");
}

#[test]
fn apply_adds_traits_to_shapes_and_members() {
    let svc = load_str(
        &smithy(json!({
            "ex#GetThingInput$id": {"type": "apply", "traits": {"smithy.api#required": {}, "smithy.api#documentation": "The id."}},
            "ex#GetThingInput": {"type": "structure", "members": {"id": {"target": "smithy.api#String"}}},
            "ex#GetThingInput2": {"type": "apply", "traits": {}},
        })),
        "t",
        &Companions::default(),
    );
    // Applying to a shape that does not exist is an error naming it.
    let err = svc.expect_err("dangling apply");
    assert!(err.to_string().contains("ex#GetThingInput2"), "{err}");

    let svc = load_str(
        &smithy(json!({"ex#GetThingInput$id": {"type": "apply", "traits": {"smithy.api#required": {}, "smithy.api#sensitive": {}}}})),
        "t",
        &Companions::default(),
    )
    .expect("loads");
    let m = &svc.shapes["ex#GetThingInput"].kind.members()[0];
    assert!(m.required && m.sensitive);
}

#[test]
fn enums_of_both_styles_and_int_enums() {
    let svc = load_str(
        &smithy(json!({
            "ex#GetThingInput": {"type": "structure", "members": {
                "a": {"target": "ex#Old"}, "b": {"target": "ex#New"}, "c": {"target": "ex#Num"}}},
            "ex#Old": {"type": "string", "traits": {"smithy.api#enum": [{"value": "x-1", "name": "X1"}, {"value": "y"}]}},
            "ex#New": {"type": "enum", "members": {"RED": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "red"}}}},
            "ex#Num": {"type": "intEnum", "members": {"ONE": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 1}}}},
        })),
        "t",
        &Companions::default(),
    )
    .expect("loads");
    let old = svc.shapes["ex#Old"].kind.enum_values().expect("enum");
    assert_eq!((old[0].value.as_str(), old[0].name.as_deref()), ("x-1", Some("X1")));
    assert_eq!(old[1].name, None);
    assert_eq!(svc.shapes["ex#New"].kind.enum_values().expect("enum")[0].value, "red");
    assert!(matches!(&svc.shapes["ex#Num"].kind, ShapeKind::IntEnum { values } if values[0].value == 1));
}

#[test]
fn smithy_1_primitives_default_to_zero() {
    let text = smithy(json!({"ex#GetThingInput": {"type": "structure", "members": {
        "n": {"target": "smithy.api#PrimitiveInteger"}, "b": {"target": "smithy.api#PrimitiveBoolean"},
        "boxed": {"target": "smithy.api#PrimitiveLong", "traits": {"smithy.api#box": {}}}}}}))
    .replace("\"2.0\"", "\"1.0\"");
    let svc = load_str(&text, "t", &Companions::default()).expect("loads");
    let m = svc.shapes["ex#GetThingInput"].kind.members();
    let by = |n: &str| m.iter().find(|x| x.name == n).expect("member");
    assert_eq!(by("n").default, Some(json!(0)));
    assert_eq!(by("b").default, Some(json!(false)));
    assert_eq!(by("boxed").default, None);
}

#[test]
fn required_cycles_are_rejected() {
    let err = load_str(
        &smithy(json!({
            "ex#GetThingInput": {"type": "structure", "members": {"a": {"target": "ex#A", "traits": {"smithy.api#required": {}}}}},
            "ex#A": {"type": "structure", "members": {"b": {"target": "ex#B", "traits": {"smithy.api#required": {}}}}},
            "ex#B": {"type": "structure", "members": {"a": {"target": "ex#A", "traits": {"smithy.api#required": {}}}}},
        })),
        "t",
        &Companions::default(),
    )
    .expect_err("no finite value");
    assert!(err.to_string().contains("ex#A -> ex#B"), "{err}");
}

#[test]
fn botocore_companions_become_paginators_and_waiters() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/botocore");
    let svc = smithy_ir::load_path(&dir).expect("loads");
    assert_eq!(svc.protocols, [Protocol::AwsJson1_1]);
    assert_eq!(svc.target_prefix.as_deref(), Some("Widgets_20240101"));
    let p = svc.operations["ListWidgets"].paginated.as_ref().expect("paginated");
    assert_eq!(
        (p.input_tokens.as_slice(), p.items.as_slice(), p.page_size.as_deref()),
        (&["nextToken".to_string()][..], &["widgets".to_string()][..], Some("maxResults"))
    );
    let w = &svc.operations["GetWidget"].waiters["WidgetReady"];
    assert_eq!((w.min_delay, w.max_delay), (3, 30));
    assert_eq!(w.acceptors[0].state, AcceptorState::Success);
    assert!(
        matches!(&w.acceptors[0].matcher, Matcher::Output { path, comparator: Comparator::Equals, expected } if path == "widget.state" && expected == "READY")
    );
    assert!(matches!(&w.acceptors[2].matcher, Matcher::ErrorType(e) if e == "WidgetNotFound"));
    let shape = &svc.shapes["WidgetId"];
    assert_eq!(shape.constraints.length.as_ref().and_then(|l| l.max), Some(36.0));
    assert!(svc.shapes["Secret"].sensitive);
    use smithy_ir::ContextParam;
    let params = &svc.operations["GetWidget"].context_params;
    assert_eq!(params["OperationType"], ContextParam::Static(json!("control")));
    assert_eq!(params["Strict"], ContextParam::Static(json!(true)));
    assert_eq!(params["WidgetIds"], ContextParam::Path("keys(id)".into()));
    let ShapeKind::Structure { members } = &svc.shapes["GetWidgetRequest"].kind else { panic!("structure") };
    assert_eq!(members[0].context_param.as_deref(), Some("WidgetId"));
    assert!(members[0].host_label);
    assert_eq!(svc.operations["GetWidget"].host_prefix.as_deref(), Some("{id}."));
    assert!(svc.operations["GetWidget"]
        .deprecated
        .as_ref()
        .is_some_and(|d| d.message.as_deref() == Some("Use ListWidgets.")));
}

#[test]
fn collections_that_contain_themselves_are_rejected() {
    // Found by the fuzzer: a list whose member is the list itself has no Rust type.
    let err = load_str(
        &smithy(json!({
            "ex#GetThingInput": {"type": "structure", "members": {"l": {"target": "ex#L"}}},
            "ex#L": {"type": "list", "member": {"target": "ex#M"}},
            "ex#M": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "ex#L"}},
        })),
        "t",
        &Companions::default(),
    )
    .expect_err("no finite type");
    assert!(err.to_string().contains("list or map contains itself") && err.to_string().contains("ex#L"), "{err}");
}

/// A botocore model with the given metadata, one operation, and companions.
fn botocore(metadata: serde_json::Value, companions: &Companions) -> smithy_ir::Result<smithy_ir::Service> {
    let model = json!({
        "metadata": metadata,
        "operations": {"ListThings": {"name": "ListThings", "input": {"shape": "In"}, "output": {"shape": "Out"}}},
        "shapes": {
            "In": {"type": "structure", "members": {"Next": {"shape": "S"}, "Max": {"shape": "N"}}},
            "Out": {"type": "structure", "members": {"Items": {"shape": "L"}, "Count": {"shape": "N"}, "Next": {"shape": "S"}}},
            "L": {"type": "list", "member": {"shape": "S"}},
            "S": {"type": "string"},
            "N": {"type": "integer"}
        }
    });
    load_str(&model.to_string(), "t", companions)
}

#[test]
fn botocore_protocols_keep_the_models_order_and_skip_unknown_names() {
    let meta = |protocols: serde_json::Value| json!({"protocols": protocols, "jsonVersion": "1.0", "serviceId": "X", "targetPrefix": "X_1"});
    let svc = botocore(meta(json!(["smithy-rpc-v2-cbor", "json", "query"])), &Companions::default()).expect("loads");
    assert_eq!(svc.protocols, [Protocol::RpcV2Cbor, Protocol::AwsJson1_0, Protocol::AwsQuery]);
    let svc = botocore(meta(json!(["some-future-protocol", "rest-json"])), &Companions::default()).expect("loads");
    assert_eq!(svc.protocols, [Protocol::RestJson1]);
    let err = botocore(meta(json!(["some-future-protocol"])), &Companions::default()).expect_err("none known");
    assert!(
        err.to_string().contains("metadata.protocols") && err.to_string().contains("some-future-protocol"),
        "{err}"
    );
    // The single `protocol` of older models; `json` without a version is 1.1.
    let svc = botocore(json!({"protocol": "json", "serviceId": "X"}), &Companions::default()).expect("loads");
    assert_eq!(svc.protocols, [Protocol::AwsJson1_1]);
}

#[test]
fn botocore_paginators_with_several_keys_and_status_waiters() {
    let companions = Companions {
        paginators: Some(json!({"pagination": {"ListThings": {
            "input_token": ["Next"], "output_token": "Next", "result_key": ["Items", "Count"],
            "limit_key": "Max", "more_results": "Out.More"}}})),
        waiters: Some(
            json!({"version": 2, "waiters": {"Listed": {"operation": "ListThings", "delay": 5, "maxAttempts": 3,
            "acceptors": [
                {"matcher": "status", "expected": 404, "state": "retry"},
                {"matcher": "pathAll", "argument": "Items[].x", "expected": true, "state": "success"}]}}}),
        ),
        endpoint_rules: None,
    };
    let meta = json!({"protocol": "json", "jsonVersion": "1.1", "serviceId": "X", "targetPrefix": "X"});
    let svc = botocore(meta.clone(), &companions).expect("loads");
    let p = svc.operations["ListThings"].paginated.as_ref().expect("paginated");
    assert_eq!(p.items, ["Items", "Count"]);
    assert_eq!(p.more_results.as_deref(), Some("Out.More"));
    let w = &svc.operations["ListThings"].waiters["Listed"];
    assert_eq!(w.acceptors[0].matcher, Matcher::Status(404));
    assert_eq!(
        w.acceptors[1].matcher,
        Matcher::Output { path: "Items[].x".into(), expected: json!(true), comparator: Comparator::AllEqual }
    );
    let bad = Companions {
        paginators: Some(
            json!({"pagination": {"ListThings": {"input_token": ["Next", "Max"], "output_token": "Next"}}}),
        ),
        ..Companions::default()
    };
    let err = botocore(meta, &bad).expect_err("unpaired tokens");
    assert!(err.to_string().contains("pagination.ListThings"), "{err}");
}

#[test]
fn smithy_boolean_equals_expects_a_boolean() {
    let waiter = |expected: &str| {
        smithy(json!({"ex#GetThing": {"type": "operation", "input": {"target": "ex#GetThingInput"},
            "traits": {"smithy.waiters#waitable": {"Ready": {"acceptors": [{"state": "success",
                "matcher": {"output": {"path": "ok", "expected": expected, "comparator": "booleanEquals"}}}]}}}}}))
    };
    let svc = load_str(&waiter("true"), "t", &Companions::default()).expect("loads");
    let m = &svc.operations["ex#GetThing"].waiters["Ready"].acceptors[0].matcher;
    assert!(matches!(m, Matcher::Output { expected, comparator: Comparator::Equals, .. } if *expected == json!(true)));
    let err = load_str(&waiter("yes"), "t", &Companions::default()).expect_err("not a boolean");
    assert!(err.to_string().contains("booleanEquals"), "{err}");
}

#[test]
fn smithy_http_traits_become_bindings() {
    let svc = load_str(
        &smithy(json!({
            "ex#GetThing": {"type": "operation", "input": {"target": "ex#GetThingInput"},
                            "traits": {"smithy.api#http": {"method": "GET", "uri": "/things/{id}?v=1", "code": 202}}},
            "ex#GetThingInput": {"type": "structure", "members": {
                "id": {"target": "smithy.api#String", "traits": {"smithy.api#httpLabel": {}, "smithy.api#required": {}}},
                "q": {"target": "smithy.api#String", "traits": {"smithy.api#httpQuery": "q"}},
                "all": {"target": "ex#Map", "traits": {"smithy.api#httpQueryParams": {}}},
                "h": {"target": "smithy.api#String", "traits": {"smithy.api#httpHeader": "X-H"}},
                "p": {"target": "ex#Map", "traits": {"smithy.api#httpPrefixHeaders": "x-p-"}},
                "body": {"target": "smithy.api#Blob", "traits": {"smithy.api#httpPayload": {}}}}},
            "ex#Map": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}}
        })),
        "t",
        &Companions::default(),
    )
    .expect("loads");
    let op = &svc.operations["ex#GetThing"];
    let http = op.http.as_ref().expect("http");
    assert_eq!((http.method.as_str(), http.uri.as_str(), http.code), ("GET", "/things/{id}?v=1", Some(202)));
    let ShapeKind::Structure { members } = &svc.shapes["ex#GetThingInput"].kind else { panic!("structure") };
    let binding = |n: &str| members.iter().find(|m| m.name == n).expect(n).http.clone();
    assert_eq!(binding("id"), HttpBinding::Label("id".into()));
    assert_eq!(binding("q"), HttpBinding::Query("q".into()));
    assert_eq!(binding("all"), HttpBinding::QueryParams);
    assert_eq!(binding("h"), HttpBinding::Header("X-H".into()));
    assert_eq!(binding("p"), HttpBinding::PrefixHeaders("x-p-".into()));
    assert_eq!(binding("body"), HttpBinding::Payload);

    // Two binding traits on one member are an error naming it.
    let err = load_str(
        &smithy(json!({"ex#GetThingInput": {"type": "structure", "members": {"id": {"target": "smithy.api#String",
            "traits": {"smithy.api#httpLabel": {}, "smithy.api#httpHeader": "X"}}}}})),
        "t",
        &Companions::default(),
    )
    .expect_err("two bindings");
    assert!(
        err.to_string().contains("GetThingInput$id") && err.to_string().contains("more than one HTTP binding"),
        "{err}"
    );
}
