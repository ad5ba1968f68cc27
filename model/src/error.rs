use std::fmt;

/// A model that could not be loaded. `at` names where: a shape id (`ns#Shape$member`) or a JSON
/// path (`shapes.Foo.members.bar`), so a maintainer can find the problem in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub at: String,
    pub message: String,
}

impl LoadError {
    pub fn new(at: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError { at: at.into(), message: message.into() }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.at, self.message)
        }
    }
}

impl std::error::Error for LoadError {}

pub type Result<T> = std::result::Result<T, LoadError>;
