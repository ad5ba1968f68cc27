// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detailed data of a linked repository—a repository that has been registered with Proton.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct Repository {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your AWS CodeStar connection that connects Proton to your
    /// repository provider account.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// Your customer Amazon Web Services KMS encryption key.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub encryption_key: ::std::option::Option<::std::string::String>,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}
/// The required members of [`Repository`], named, for [`Repository::new`].
#[derive(Clone)]
pub struct RepositoryRequired {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of your AWS CodeStar connection that connects Proton to your
    /// repository provider account.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}
impl Repository {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositoryRequired) -> Self {
        Self {
            arn: required.arn,
            connection_arn: required.connection_arn,
            name: required.name,
            provider: required.provider,
            encryption_key: ::std::option::Option::None,
        }
    }
    /// Sets [`encryption_key`](Self::encryption_key).
    pub fn with_encryption_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_key = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for Repository {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("arn".to_owned(), crate::json::ToJson::to_json(&self.arn));
        map.insert(
            "connectionArn".to_owned(),
            crate::json::ToJson::to_json(&self.connection_arn),
        );
        if let ::std::option::Option::Some(value) = &self.encryption_key {
            map.insert("encryptionKey".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        map.insert("provider".to_owned(), crate::json::ToJson::to_json(&self.provider));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for Repository {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_connection_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_encryption_key: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_provider: ::std::option::Option<crate::types::RepositoryProvider> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "arn" => v_arn = crate::json::member(r, crate::json::FromJson::read)?,
                "connectionArn" => {
                    v_connection_arn = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "encryptionKey" => {
                    v_encryption_key = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                "provider" => {
                    v_provider = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            arn: v_arn.unwrap_or_else(crate::json::FromJson::zero_value),
            connection_arn: v_connection_arn
                .unwrap_or_else(crate::json::FromJson::zero_value),
            encryption_key: v_encryption_key,
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            provider: v_provider.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            arn: crate::json::FromJson::zero_value(),
            connection_arn: crate::json::FromJson::zero_value(),
            encryption_key: ::std::option::Option::None,
            name: crate::json::FromJson::zero_value(),
            provider: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for Repository {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.connection_arn;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("connectionArn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.encryption_key {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("encryptionKey"))?;
        }
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        ::std::result::Result::Ok(())
    }
}
