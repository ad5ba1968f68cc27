//! S3's `upload_file` and `download_file`: the runtime's transfer loops
//! (`awsgen_runtime::transfer`) driven by this crate's operations.

use proc_macro2::TokenStream;
use quote::quote;

use crate::naming::ident;
use crate::plan::transfer::TransferPlan;

pub fn transfer_rs(t: &TransferPlan) -> TokenStream {
    let method = |m: &str| ident(m);
    let (create, upload, complete, abort, head, get) = (
        method(&t.create.method),
        method(&t.upload.method),
        method(&t.complete.method),
        method(&t.abort.method),
        method(&t.head.method),
        method(&t.get.method),
    );
    let (create_in, create_req) = (&t.create.input, &t.create.required);
    let (upload_in, upload_req) = (&t.upload.input, &t.upload.required);
    let (complete_in, complete_req) = (&t.complete.input, &t.complete.required);
    let (abort_in, abort_req) = (&t.abort.input, &t.abort.required);
    let (head_in, head_req) = (&t.head.input, &t.head.required);
    let (get_in, get_req) = (&t.get.input, &t.get.required);
    let (part, upload_type, crc32) = (&t.completed_part, &t.completed_upload, &t.crc32);
    let result = quote!(::std::result::Result);
    let boxed = quote!(::awsgen_runtime::stream::BoxError);
    let future = quote!(::awsgen_runtime::http::BoxFuture);
    quote! {
        //! Large objects: a file uploaded in parts and downloaded by ranges, several at a time.

        impl crate::Client {
            /// Uploads the file at `path` to `bucket`/`key` in parts (8 MiB by default, 8 at a
            /// time; see [`TransferConfig`](::awsgen_runtime::transfer::TransferConfig)), read
            /// from the file as they are sent. Each part carries its CRC-32 and is retried as any
            /// call is; if a part fails for good, the upload is aborted so no parts are left
            /// stored.
            pub async fn upload_file(
                &self,
                bucket: &str,
                key: &str,
                path: impl ::std::convert::AsRef<::std::path::Path>,
                config: &::awsgen_runtime::transfer::TransferConfig,
            ) -> #result<::awsgen_runtime::transfer::Uploaded, ::awsgen_runtime::transfer::TransferError> {
                let object = Object { client: self, bucket, key };
                ::awsgen_runtime::transfer::upload_file(&object, path.as_ref(), config).await
            }

            /// Downloads `bucket`/`key` to a new file at `path` by ranges, several at a time,
            /// each written where it goes as it arrives (checked against its checksum when the
            /// configuration checks them). A range of an object changed meanwhile is refused.
            pub async fn download_file(
                &self,
                bucket: &str,
                key: &str,
                path: impl ::std::convert::AsRef<::std::path::Path>,
                config: &::awsgen_runtime::transfer::TransferConfig,
            ) -> #result<u64, ::awsgen_runtime::transfer::TransferError> {
                let object = Object { client: self, bucket, key };
                ::awsgen_runtime::transfer::download_file(&object, path.as_ref(), config).await
            }
        }

        /// One object, as the transfer loops reach it.
        struct Object<'a> {
            client: &'a crate::Client,
            bucket: &'a str,
            key: &'a str,
        }

        fn boxed<E: ::std::error::Error + ::std::marker::Send + ::std::marker::Sync + 'static>(e: E) -> #boxed {
            ::std::boxed::Box::new(e)
        }

        fn missing(what: &str) -> #boxed {
            let mut message = ::std::string::String::from("the response has no ");
            message.push_str(what);
            ::std::convert::From::from(message)
        }

        impl ::awsgen_runtime::transfer::MultipartTarget for Object<'_> {
            fn create(&self) -> #future<'_, #result<::std::string::String, #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let input = #create_in::new(#create_req { bucket: self.bucket.to_owned(), key: self.key.to_owned() })
                        .with_checksum_algorithm(#crc32);
                    let output = self.client.#create(input).await.map_err(boxed)?;
                    output.upload_id.ok_or_else(|| missing("UploadId"))
                })
            }

            fn upload_part<'a>(
                &'a self,
                upload_id: &'a str,
                number: i32,
                body: ::awsgen_runtime::primitives::ByteStream,
            ) -> #future<'a, #result<::awsgen_runtime::transfer::UploadedPart, #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let required = #upload_req {
                        bucket: self.bucket.to_owned(),
                        key: self.key.to_owned(),
                        part_number: number,
                        upload_id: upload_id.to_owned(),
                    };
                    let input = #upload_in::new(required).with_body(body).with_checksum_algorithm(#crc32);
                    let output = self.client.#upload(input).await.map_err(boxed)?;
                    ::std::result::Result::Ok(::awsgen_runtime::transfer::UploadedPart {
                        number,
                        e_tag: output.e_tag.ok_or_else(|| missing("ETag"))?,
                        checksum_crc32: output.checksum_crc32,
                    })
                })
            }

            fn complete<'a>(
                &'a self,
                upload_id: &'a str,
                parts: ::std::vec::Vec<::awsgen_runtime::transfer::UploadedPart>,
            ) -> #future<'a, #result<(), #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let parts = parts.into_iter().map(|p| {
                        let part = #part::new().with_part_number(p.number).with_e_tag(p.e_tag);
                        match p.checksum_crc32 {
                            ::std::option::Option::Some(sum) => part.with_checksum_crc32(sum),
                            ::std::option::Option::None => part,
                        }
                    });
                    let required = #complete_req {
                        bucket: self.bucket.to_owned(),
                        key: self.key.to_owned(),
                        upload_id: upload_id.to_owned(),
                    };
                    let input = #complete_in::new(required).with_multipart_upload(#upload_type::new().with_parts(parts.collect::<::std::vec::Vec<_>>()));
                    self.client.#complete(input).await.map(|_| ()).map_err(boxed)
                })
            }

            fn abort<'a>(&'a self, upload_id: &'a str) -> #future<'a, #result<(), #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let required = #abort_req {
                        bucket: self.bucket.to_owned(),
                        key: self.key.to_owned(),
                        upload_id: upload_id.to_owned(),
                    };
                    self.client.#abort(#abort_in::new(required)).await.map(|_| ()).map_err(boxed)
                })
            }
        }

        impl ::awsgen_runtime::transfer::RangedSource for Object<'_> {
            fn head(&self) -> #future<'_, #result<(u64, ::std::option::Option<::std::string::String>), #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let input = #head_in::new(#head_req { bucket: self.bucket.to_owned(), key: self.key.to_owned() });
                    let output = self.client.#head(input).await.map_err(boxed)?;
                    let size = output.content_length.ok_or_else(|| missing("Content-Length"))?;
                    let size = u64::try_from(size).map_err(boxed)?;
                    ::std::result::Result::Ok((size, output.e_tag))
                })
            }

            fn range<'a>(
                &'a self,
                first: u64,
                last: u64,
                e_tag: ::std::option::Option<&'a str>,
            ) -> #future<'a, #result<::awsgen_runtime::primitives::ByteStream, #boxed>> {
                ::std::boxed::Box::pin(async move {
                    let mut range = ::std::string::String::from("bytes=");
                    range.push_str(&first.to_string());
                    range.push('-');
                    range.push_str(&last.to_string());
                    let input = #get_in::new(#get_req { bucket: self.bucket.to_owned(), key: self.key.to_owned() })
                        .with_range(range);
                    let input = match e_tag {
                        ::std::option::Option::Some(tag) => input.with_if_match(tag.to_owned()),
                        ::std::option::Option::None => input,
                    };
                    let output = self.client.#get(input).await.map_err(boxed)?;
                    output.body.ok_or_else(|| missing("body"))
                })
            }
        }
    }
}
