//! S3's transfer helpers (`Client::upload_file`, `Client::download_file`): the S3 crate gets them
//! when the operations and members they drive are in the model as the helpers expect; if a
//! model update changes one, they are left out with a note rather than failing the crate.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Io, OpPlan, Plan};
use crate::naming::{ident, required_struct_name};

/// An operation the helpers call: its client method and input types.
#[derive(Debug, Clone)]
pub struct OpRef {
    pub method: String,
    pub input: TokenStream,
    pub required: TokenStream,
}

/// Everything the helpers' emitter names.
#[derive(Debug, Clone)]
pub struct TransferPlan {
    pub create: OpRef,
    pub upload: OpRef,
    pub complete: OpRef,
    pub abort: OpRef,
    pub head: OpRef,
    pub get: OpRef,
    pub completed_part: TokenStream,
    pub completed_upload: TokenStream,
    /// The `ChecksumAlgorithm` variant for CRC-32 (every part carries one).
    pub crc32: TokenStream,
}

/// The helpers' plan for S3; `Ok(None)` for any other service; `Err` with why when S3's model
/// lacks something they need. Members are named by their Rust field names.
pub fn plan(plan: &Plan) -> Result<Option<TransferPlan>, String> {
    if plan.svc.sdk_id != "S3" {
        return Ok(None);
    }
    let op = |name: &str, input: &[&str], output: &[&str]| {
        let op = plan.ops.iter().find(|o| o.op.name == name).ok_or_else(|| format!("no operation {name}"))?;
        has_fields(plan, op.input.shape(), input).map_err(|f| format!("{name}'s input has no `{f}`"))?;
        has_fields(plan, op.output.shape(), output).map_err(|f| format!("{name}'s output has no `{f}`"))?;
        op_ref(plan, op).ok_or_else(|| format!("{name}'s input is not its own with required members"))
    };
    let named = |name: &str, fields: &[&str]| {
        let (id, _) = plan.types.iter().find(|(_, t)| t.name == name).ok_or_else(|| format!("no type {name}"))?;
        has_fields(plan, Some(id), fields).map_err(|f| format!("{name} has no `{f}`"))?;
        Ok::<_, String>((id.clone(), plan.type_path(id)))
    };
    let (_, completed_part) = named("CompletedPart", &["part_number", "e_tag", "checksum_crc32"])?;
    let (_, completed_upload) = named("CompletedMultipartUpload", &["parts"])?;
    let (algorithm, path) = named("ChecksumAlgorithm", &[])?;
    let values = plan.shape(&algorithm).kind.enum_values().unwrap_or_default();
    let index = values.iter().position(|v| v.value == "CRC32").ok_or("ChecksumAlgorithm has no CRC32")?;
    let variant = ident(&plan.types[&algorithm].variants[index]);
    Ok(Some(TransferPlan {
        create: op("CreateMultipartUpload", &["bucket", "key", "checksum_algorithm"], &["upload_id"])?,
        upload: op(
            "UploadPart",
            &["bucket", "key", "part_number", "upload_id", "body", "checksum_algorithm"],
            &["e_tag", "checksum_crc32"],
        )?,
        complete: op("CompleteMultipartUpload", &["bucket", "key", "upload_id", "multipart_upload"], &[])?,
        abort: op("AbortMultipartUpload", &["bucket", "key", "upload_id"], &[])?,
        head: op("HeadObject", &["bucket", "key"], &["content_length", "e_tag"])?,
        get: op("GetObject", &["bucket", "key", "range", "if_match"], &["body"])?,
        completed_part,
        completed_upload,
        crc32: quote!(#path::#variant),
    }))
}

/// The first of `fields` the structure `shape` lacks.
fn has_fields<'f>(plan: &Plan, shape: Option<&str>, fields: &[&'f str]) -> Result<(), &'f str> {
    let have: Vec<String> = shape.map(|id| plan.fields(id).into_iter().map(|f| f.name).collect()).unwrap_or_default();
    match fields.iter().find(|f| !have.iter().any(|h| h == *f)) {
        Some(f) => Err(f),
        None => Ok(()),
    }
}

fn op_ref(plan: &Plan, op: &OpPlan) -> Option<OpRef> {
    let Io::Own(id) = &op.input else { return None };
    if !plan.has_required_struct(id) {
        return None;
    }
    let m = ident(&op.module);
    let (input, required) = (ident(&op.input_name), ident(&required_struct_name(&op.input_name)));
    Some(OpRef {
        method: op.module.clone(),
        input: quote!(crate::operation::#m::#input),
        required: quote!(crate::operation::#m::#required),
    })
}
