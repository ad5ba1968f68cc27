//! The order members are written in a model document. serde_json's maps are sorted, so the
//! loaders see members in name order (which the generated code keeps); XML bodies are written
//! in model order, as botocore and the other AWS SDKs write them, and some XML services check
//! it. This reads the document once more, keeping only the members' keys, in order.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};

/// Each shape's member names in document order, by shape key (botocore's shape name, Smithy's
/// absolute shape id: what the IR uses as ids). A list of documents gives all their shapes.
pub fn member_order(text: &str) -> BTreeMap<String, Vec<String>> {
    serde_json::from_str::<Document>(text).map(|d| d.0).unwrap_or_default()
}

struct Document(BTreeMap<String, Vec<String>>);
struct Shapes(BTreeMap<String, Vec<String>>);
struct Shape(Vec<String>);
struct Keys(Vec<String>);

/// A map whose values are read by `value`, the others skipped; `key` decides which.
fn visit_map<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    mut map: A,
    wanted: impl Fn(&str) -> bool,
    mut found: impl FnMut(String, T),
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<String>()? {
        if wanted(&key) {
            let value = map.next_value::<T>()?;
            found(key, value);
        } else {
            map.next_value::<IgnoredAny>()?;
        }
    }
    Ok(())
}

macro_rules! map_visitor {
    ($ty:ident, $expecting:literal, |$map:ident| $body:expr) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_map<A: MapAccess<'de>>(self, $map: A) -> Result<$ty, A::Error> {
                        $body
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Document;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a model document, or a list of them")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Document, A::Error> {
                let mut out = BTreeMap::new();
                visit_map(map, |k| k == "shapes", |_, shapes: Shapes| out = shapes.0)?;
                Ok(Document(out))
            }
            // A list of documents (the protocol tests' suites): their shapes together.
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(Document(shapes)) = seq.next_element::<Document>()? {
                    out.extend(shapes);
                }
                Ok(Document(out))
            }
        }
        d.deserialize_any(V)
    }
}

map_visitor!(Shapes, "the shapes", |map| {
    let mut out = BTreeMap::new();
    visit_map(
        map,
        |_| true,
        |k, shape: Shape| {
            out.insert(k, shape.0);
        },
    )?;
    Ok(Shapes(out))
});

map_visitor!(Shape, "a shape", |map| {
    let mut out = Vec::new();
    visit_map(map, |k| k == "members", |_, keys: Keys| out = keys.0)?;
    Ok(Shape(out))
});

map_visitor!(Keys, "members", |map| {
    let mut out = Vec::new();
    visit_map(map, |_| true, |k, _: IgnoredAny| out.push(k))?;
    Ok(Keys(out))
});
