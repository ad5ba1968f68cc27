//! `mocks.rs` (behind `test-util`): one marker type per operation, naming it to a
//! [`Mock`](awsgen_runtime::mock::Mock) with its input, output and error types.

use proc_macro2::TokenStream;
use quote::quote;

use crate::naming::ident;
use crate::plan::Plan;

pub fn mocks_rs(plan: &Plan) -> TokenStream {
    let markers = plan.ops.iter().map(|op| {
        let marker = ident(&op.mock_name);
        let m = ident(&op.module);
        let (input, output, error) = op.type_paths();
        let doc = format!(" The `{}` operation, to stub on a [`Mock`](crate::mock::Mock).", op.op.name);
        quote! {
            #[doc = #doc]
            #[derive(Debug)]
            pub enum #marker {}

            impl ::awsgen_runtime::mock::Mocked for #marker {
                const NAME: &'static str = crate::operation::#m::OPERATION_NAME;
                type Input = #input;
                type Output = #output;
                type Error = #error;
            }
        }
    });
    quote! {
        //! One type per operation, to stub it on a [`Mock`](crate::mock::Mock) and read back the
        //! inputs it was sent: `mock.on::<mocks::Operation>()`. A client built from the mock's
        //! configuration is answered by its stubs and never reaches the network.
        #![allow(deprecated)]

        #(#markers)*
    }
}
