//! Pagination: the pages of a paginated operation, or the items in them, one `next().await`
//! at a time.
//!
//! A paginator sends the operation with the caller's input, then again with the output tokens
//! of each page as the input tokens, and stops after a page without a token (absent or empty)
//! or whose `more_results` member says it is the last.
//! A service that hands back a token it already gave ends the paginator with
//! [`Error::Pagination`] instead of looping forever. A failing page
//! ends it with that page's error.

use std::collections::{BTreeSet, VecDeque};

use crate::error::{Error, PaginationError};
use crate::http::BoxFuture;

/// Sends one page request with a client of type `C`.
type Call<C, I, O, E> = for<'a> fn(&'a C, I) -> BoxFuture<'a, Result<O, Error<E>>>;

/// How to drive one paginated operation (generated per operation).
pub struct Spec<C, I, O, E, T> {
    /// Sends one page request.
    pub call: Call<C, I, O, E>,
    /// The input of the page after `output` (sent with `input`), or `None` after the last page.
    pub next: fn(&I, &O) -> Option<I>,
    /// The tokens an input carries, as text, to spot a service repeating one.
    pub token_key: fn(&I) -> String,
    /// Sets the page size, for operations with one.
    pub set_page_size: Option<fn(&mut I, i32)>,
    /// Moves the items out of a page.
    pub items: fn(O) -> Vec<T>,
}

/// The pages of a paginated operation, sent by a client of type `C`.
pub struct Paginator<C: 'static, I: 'static, O: 'static, E: 'static, T: 'static> {
    client: C,
    input: I,
    spec: &'static Spec<C, I, O, E, T>,
    seen: BTreeSet<String>,
    done: bool,
}

impl<C, I: Clone, O, E, T> Paginator<C, I, O, E, T> {
    #[doc(hidden)]
    pub fn new(client: C, input: I, spec: &'static Spec<C, I, O, E, T>) -> Self {
        Paginator { client, input, spec, seen: BTreeSet::new(), done: false }
    }

    /// Asks for at most `size` items per page (the operation's page-size member). Ignored by
    /// operations without one.
    pub fn page_size(mut self, size: i32) -> Self {
        if let Some(set) = self.spec.set_page_size {
            set(&mut self.input, size);
        }
        self
    }

    /// The next page; `None` once the last page was returned or a page failed.
    pub async fn next(&mut self) -> Option<Result<O, Error<E>>> {
        if self.done {
            return None;
        }
        let page = match (self.spec.call)(&self.client, self.input.clone()).await {
            Ok(page) => page,
            Err(e) => {
                self.done = true;
                return Some(Err(e));
            }
        };
        match (self.spec.next)(&self.input, &page) {
            None => self.done = true,
            Some(next) => {
                let token = (self.spec.token_key)(&next);
                if !self.seen.insert(token.clone()) {
                    self.done = true;
                    return Some(Err(Error::Pagination(PaginationError { token })));
                }
                self.input = next;
            }
        }
        Some(Ok(page))
    }

    /// Every page, or the first error.
    pub async fn collect(mut self) -> Result<Vec<O>, Error<E>> {
        let mut pages = Vec::new();
        while let Some(page) = self.next().await {
            pages.push(page?);
        }
        Ok(pages)
    }

    /// The items of every page, one at a time.
    pub fn items(self) -> Items<C, I, O, E, T> {
        Items { pages: self, buffer: VecDeque::new() }
    }
}

/// The items of a paginated operation's pages.
pub struct Items<C: 'static, I: 'static, O: 'static, E: 'static, T: 'static> {
    pages: Paginator<C, I, O, E, T>,
    buffer: VecDeque<T>,
}

impl<C, I: Clone, O, E, T> Items<C, I, O, E, T> {
    /// The next item; `None` after the last one, or after an error.
    pub async fn next(&mut self) -> Option<Result<T, Error<E>>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend((self.pages.spec.items)(page)),
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Every item, or the first error.
    pub async fn collect(mut self) -> Result<Vec<T>, Error<E>> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}
