//! Loader behaviour on small inline models.

use serde_json::json;
use smithy_ir::{botocore::Companions, load_str, AcceptorState, Comparator, Matcher, Protocol, ShapeKind};

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
    assert_eq!(svc.protocol, Protocol::AwsJson1_1 { target_prefix: "Svc".into() });
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
    assert_eq!(svc.protocol, Protocol::AwsJson1_1 { target_prefix: "Widgets_20240101".into() });
    let p = svc.operations["ListWidgets"].paginated.as_ref().expect("paginated");
    assert_eq!(
        (p.input_token.as_deref(), p.items.as_deref(), p.page_size.as_deref()),
        (Some("nextToken"), Some("widgets"), Some("maxResults"))
    );
    let w = &svc.operations["GetWidget"].waiters["WidgetReady"];
    assert_eq!((w.min_delay, w.max_delay), (3, 30));
    assert_eq!(w.acceptors[0].state, AcceptorState::Success);
    assert!(
        matches!(&w.acceptors[0].matcher, Matcher::Output { path, comparator: Comparator::StringEquals, .. } if path == "widget.state")
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
