//! Typed mocks, for testing code that calls generated clients without AWS.
//!
//! A [`Mock`] answers calls in place of the transport: a client built from
//! [`Mock::config`] validates its input, fills idempotency tokens, builds and signs the
//! request, retries and paginates exactly as it would against AWS, but each attempt is answered
//! by the first stub that matches it, and nothing ever reaches the network. The answers are
//! typed (the operation's output, one of its errors, or a transport failure), so a test says
//! what the service answers, not how its protocol encodes it. Retry and waiter delays are
//! skipped rather than slept.
//!
//! Stubs are set per operation through its marker type, which generated crates define in their
//! `mocks` module behind their `test-util` feature (`proton::mocks::GetService`), tying the
//! operation to its input, output and error:
//!
//! ```ignore
//! let mock = Mock::new();
//! mock.on::<mocks::GetService>()
//!     .matching(|input| input.name == "web")
//!     .error(GetServiceError::ThrottlingException(ThrottlingException::new("slow down")))
//!     .output(GetServiceOutput::new());
//! let client = Client::new(&mock.config());
//! // ... the code under test ...
//! assert_eq!(mock.inputs::<mocks::GetService>()[0].name, "web");
//! ```
//!
//! One mock can serve clients of several services: build them all from its configuration.

use std::any::{Any, TypeId};
use std::collections::VecDeque;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::config::Config;
use crate::error::{Error, ResponseError, ServiceError};
use crate::http::{HttpError, HttpErrorKind};

/// An operation a mock can answer: generated crates implement it on a marker type per
/// operation (in their `mocks` module, behind their `test-util` feature).
pub trait Mocked: 'static {
    /// The operation's name, as the model gives it (`GetService`).
    const NAME: &'static str;
    /// The operation's input.
    type Input: AnyInput + Clone;
    /// The operation's output.
    type Output: Clone + Send + Sync + 'static;
    /// The operation's error.
    type Error: ServiceError + Clone;
}

/// An input as the client hands it over to be answered: any operation's, seen through its
/// `Debug` (which redacts sensitive members) and kept as a copy.
pub trait AnyInput: Any + fmt::Debug + Send + Sync {
    /// A copy, to keep.
    fn boxed(&self) -> Box<dyn AnyInput>;
    /// For matching and reading back as the concrete input type.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any + fmt::Debug + Clone + Send + Sync> AnyInput for T {
    fn boxed(&self) -> Box<dyn AnyInput> {
        Box::new(self.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Stubbed answers and the calls made, shared by every client built from its configuration.
/// Cheap to clone: clones are the same mock.
#[derive(Clone, Default)]
pub struct Mock {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    rules: Vec<Arc<Mutex<Rule>>>,
    calls: Vec<Call>,
    unexpected: Vec<String>,
    skipped: Duration,
}

struct Call {
    service: &'static str,
    operation: &'static str,
    input: Box<dyn AnyInput>,
}

type Matcher = Box<dyn Fn(&dyn Any) -> bool + Send + Sync>;
type MakeAnswer = Arc<dyn Fn() -> Result<Answer, HttpError> + Send + Sync>;

struct Rule {
    /// The operation's name and input type: together, one operation of one service.
    operation: &'static str,
    input: TypeId,
    matcher: Option<Matcher>,
    replies: VecDeque<MakeAnswer>,
    /// Whether the last reply keeps answering once the others are used.
    repeat_last: bool,
    used: usize,
}

/// A typed answer, handed to the generated code as if the response had been parsed into it.
pub(crate) enum Answer {
    Output(Box<dyn Any + Send>),
    Error { error: Box<dyn Any + Send>, code: Option<String>, status: u16 },
}

impl Answer {
    /// The status the call reports, as a response's would be.
    pub(crate) fn status(&self) -> u16 {
        match self {
            Answer::Output(_) => 200,
            Answer::Error { status, .. } => *status,
        }
    }

    /// The error code of an error answer.
    pub(crate) fn code(&self) -> Option<&str> {
        match self {
            Answer::Output(_) => None,
            Answer::Error { code, .. } => code.as_deref(),
        }
    }

    /// The answer as the operation's result. The stub was found by the input's type, so the
    /// types match; should they not, the call fails rather than panics.
    pub(crate) fn into_result<O: 'static, E: 'static>(self) -> Result<O, Error<E>> {
        let wrong = || Error::Response(ResponseError::new(200, None, "a mock answered with another operation's type"));
        match self {
            Answer::Output(output) => output.downcast::<O>().map(|o| *o).map_err(|_| wrong()),
            Answer::Error { error, status, .. } => match error.downcast::<E>() {
                Ok(error) => Err(Error::Service { error: *error, status, request_id: None }),
                Err(_) => Err(wrong()),
            },
        }
    }
}

impl Mock {
    /// A mock with no stubs: every call is unexpected until stubs are added.
    pub fn new() -> Self {
        Mock::default()
    }

    /// A configuration whose clients are answered by this mock: region `us-east-1`, fixed test
    /// credentials, and no way to the network: its HTTP client refuses every request, and
    /// mocked calls are signed with the test credentials whatever provider is set later, so
    /// none is asked. Change other settings with [`Config::to_builder`]; the mock stays.
    pub fn config(&self) -> Config {
        Config::builder().region("us-east-1").credentials(test_credentials()).mock(self).build()
    }

    /// A stub for the operation `M`. It answers nothing until given replies; stubs are tried
    /// in the order they were made, and the first that matches answers.
    pub fn on<M: Mocked>(&self) -> Stub<M> {
        let rule = Arc::new(Mutex::new(Rule {
            operation: M::NAME,
            input: TypeId::of::<M::Input>(),
            matcher: None,
            replies: VecDeque::new(),
            repeat_last: false,
            used: 0,
        }));
        self.state().rules.push(rule.clone());
        Stub { rule, _input: PhantomData }
    }

    /// Every input of the operation `M` the code sent, in order (one per call, however many
    /// attempts it took).
    pub fn inputs<M: Mocked>(&self) -> Vec<M::Input> {
        let state = self.state();
        let of_m = state.calls.iter().filter(|c| c.operation == M::NAME);
        of_m.filter_map(|c| c.input.as_any().downcast_ref::<M::Input>().cloned()).collect()
    }

    /// Every call made, in order, as `Service.Operation` (`PROTON.GetService`, by the
    /// service's `AWS_ENDPOINT_URL_<ID>` suffix).
    pub fn calls(&self) -> Vec<String> {
        self.state().calls.iter().map(|c| format!("{}.{}", c.service, c.operation)).collect()
    }

    /// What each call no stub answered was told, in order (empty when every call was expected).
    pub fn unexpected(&self) -> Vec<String> {
        self.state().unexpected.clone()
    }

    /// The retry and waiter delays skipped, in all: what the calls would have slept.
    pub fn skipped_delays(&self) -> Duration {
        self.state().skipped
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock has failed already; the state is still
        // whole (every change is one push).
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Answers one attempt of a call: the first matching stub's next reply, or a failure
    /// naming the operation and showing the input.
    pub(crate) fn answer(
        &self,
        service: &'static str,
        operation: &'static str,
        input: &dyn AnyInput,
        attempt: u32,
    ) -> Result<Answer, HttpError> {
        let mut state = self.state();
        if attempt == 1 {
            state.calls.push(Call { service, operation, input: input.boxed() });
        }
        let mut stubbed = false;
        for rule in &state.rules {
            let mut rule = rule.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            if rule.operation != operation || rule.input != input.as_any().type_id() {
                continue;
            }
            stubbed = true;
            if !rule.matcher.as_ref().is_none_or(|m| m(input.as_any())) {
                continue;
            }
            let reply = match (rule.replies.len(), rule.repeat_last) {
                (0, _) => continue,
                (1, true) => rule.replies.front().cloned(),
                _ => rule.replies.pop_front(),
            };
            if let Some(reply) = reply {
                rule.used += 1;
                drop(rule);
                drop(state);
                return reply();
            }
        }
        let why = match stubbed {
            true => "no stub of this operation matches it, or they have given all their replies",
            false => "this operation has no stub",
        };
        let message = format!("unexpected call to {service} {operation} with {input:?}: {why}");
        state.unexpected.push(message.clone());
        Err(HttpError::new(HttpErrorKind::Other, message))
    }

    fn skip(&self, delay: Duration) {
        let mut state = self.state();
        state.skipped = state.skipped.saturating_add(delay);
    }
}

/// Waits `delay` (a retry's backoff, a waiter's pause), or with a mock counts it as skipped
/// and returns at once.
pub(crate) async fn pause(mock: Option<&Mock>, delay: Duration) {
    match mock {
        Some(mock) => mock.skip(delay),
        None => tokio::time::sleep(delay).await,
    }
}

fn test_credentials() -> crate::sigv4::Credentials {
    crate::sigv4::Credentials::new("AKIDMOCKEXAMPLE", "mock-secret-key", None)
}

/// What mocked calls are signed with.
pub(crate) fn credentials() -> Arc<dyn crate::credentials::ProvideCredentials> {
    Arc::new(test_credentials())
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        f.debug_struct("Mock").field("stubs", &state.rules.len()).field("calls", &state.calls.len()).finish()
    }
}

/// The stub of one operation: its replies, in order, each answering one attempt, and
/// optionally a test of the input it answers.
pub struct Stub<I> {
    rule: Arc<Mutex<Rule>>,
    _input: PhantomData<fn(I)>,
}

impl<M: Mocked> Stub<M> {
    /// Answers only inputs `matches` accepts; the others are left to later stubs.
    pub fn matching(self, matches: impl Fn(&M::Input) -> bool + Send + Sync + 'static) -> Self {
        self.rule().matcher = Some(Box::new(move |any| any.downcast_ref::<M::Input>().is_some_and(&matches)));
        self
    }

    /// Then answers with `output`.
    pub fn output(self, output: M::Output) -> Self {
        self.reply(Arc::new(move || Ok(Answer::Output(Box::new(output.clone())))))
    }

    /// Then answers with `error`, as a response with status 400 would (500 for an error the
    /// model says is the server's is [`error_with_status`](Self::error_with_status)). A
    /// throttling or transient error, or one the model marks retryable, is retried as it would
    /// be against AWS.
    pub fn error(self, error: M::Error) -> Self {
        self.error_with_status(error, 400)
    }

    /// Then answers with `error` and the HTTP status `status`.
    pub fn error_with_status(self, error: M::Error, status: u16) -> Self {
        self.reply(Arc::new(move || {
            let code = error.code().map(str::to_string);
            Ok(Answer::Error { error: Box::new(error.clone()), code, status })
        }))
    }

    /// Then fails to reach the service: `Connect` and `Io` are retried, `Other` is not.
    pub fn failure(self, kind: HttpErrorKind, message: &'static str) -> Self {
        self.reply(Arc::new(move || Err(HttpError::new(kind, message))))
    }

    /// The last reply given answers `n` times in all.
    pub fn times(self, n: usize) -> Self {
        {
            let mut rule = self.rule();
            if let Some(last) = rule.replies.back().cloned() {
                for _ in 1..n {
                    rule.replies.push_back(last.clone());
                }
            }
        }
        self
    }

    /// The last reply keeps answering once the others are used.
    pub fn repeatedly(self) -> Self {
        self.rule().repeat_last = true;
        self
    }

    /// How many attempts this stub has answered.
    pub fn used(&self) -> usize {
        self.rule().used
    }

    fn reply(self, reply: MakeAnswer) -> Self {
        self.rule().replies.push_back(reply);
        self
    }

    fn rule(&self) -> MutexGuard<'_, Rule> {
        self.rule.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl<I> fmt::Debug for Stub<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Stub")
    }
}
