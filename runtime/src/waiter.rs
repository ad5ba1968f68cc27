//! Waiters: call an operation until its result reaches a state the model names.
//!
//! The model's acceptors are checked in order after each call; the first that matches decides:
//! `success` ends the wait with the output (or with `None` when an error was the success,
//! as for deletion waiters), `failure` ends it with [`WaiterError::Failure`], `retry` waits
//! and calls again. An error no acceptor matches ends it with [`WaiterError::Operation`].
//! Delays follow the Smithy waiter rules: exponential from the model's minimum delay, capped at
//! its maximum, with jitter, never past the caller's maximum wait
//! ([`WaiterError::Timeout`]).

use std::fmt;
use std::time::Duration;

use crate::error::Error;
use crate::http::BoxFuture;

/// What an acceptor decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// The wait ends with the result.
    Success,
    /// The wait ends with `WaiterError::Failure`.
    Failure,
    /// Call again.
    Retry,
}

type Call<C, I, O, E> = for<'a> fn(&'a C, I) -> BoxFuture<'a, Result<O, Error<E>>>;
type Classify<I, O, E> = fn(&I, &Result<O, Error<E>>) -> Option<State>;

/// One waiter (generated per waiter), called with a client of type `C`.
pub struct Spec<C, I, O, E> {
    /// Calls the operation.
    pub call: Call<C, I, O, E>,
    /// The acceptors: the state a result reaches, if any.
    pub classify: Classify<I, O, E>,
    /// The model's minimum delay between calls.
    pub min_delay: Duration,
    /// The model's maximum delay between calls.
    pub max_delay: Duration,
}

/// Why a wait did not succeed.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaiterError<O, E> {
    /// A `failure` acceptor matched this result (for example a `FAILED` status).
    Failure(Result<O, Error<E>>),
    /// The maximum wait ran out; carries the last result, if any call was made.
    Timeout(Option<Result<O, Error<E>>>),
    /// The operation failed in a way no acceptor matched.
    Operation(Error<E>),
}

impl<O, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::Failure(Ok(_)) => f.write_str("the waiter reached a failure state"),
            WaiterError::Failure(Err(e)) => write!(f, "the waiter reached a failure state: {e}"),
            WaiterError::Timeout(_) => f.write_str("the waiter ran out of time before reaching a final state"),
            WaiterError::Operation(e) => write!(f, "the waiter's operation failed: {e}"),
        }
    }
}

impl<O: fmt::Debug, E: std::error::Error + 'static> std::error::Error for WaiterError<O, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaiterError::Failure(Err(e)) | WaiterError::Timeout(Some(Err(e))) | WaiterError::Operation(e) => Some(e),
            _ => None,
        }
    }
}

/// The wait before attempt `attempt` (2, 3, ...): `min * 2^(attempt-2)` capped at `max`,
/// then a random value between `min` and that.
fn delay(min: Duration, max: Duration, attempt: u32) -> Duration {
    let ceiling = min.saturating_mul(1u32 << (attempt.saturating_sub(2)).min(30)).min(max).max(min);
    min + (ceiling - min).mul_f64(crate::client::random_fraction())
}

/// Runs the waiter until a final state or `max_wait`.
pub async fn wait<C: crate::client::AsServiceClient, I: Clone, O, E>(
    client: &C,
    input: I,
    max_wait: Duration,
    spec: &'static Spec<C, I, O, E>,
) -> Result<Option<O>, WaiterError<O, E>> {
    let start = tokio::time::Instant::now();
    // A mocked client's waits are skipped: the time they would have taken counts instead.
    let mock = client.service_client().config().mock.clone();
    let mut waited = Duration::ZERO;
    let mut attempt = 1;
    loop {
        let result = (spec.call)(client, input.clone()).await;
        let result = match ((spec.classify)(&input, &result), result) {
            (Some(State::Success), r) => return Ok(r.ok()),
            (Some(State::Failure), r) => return Err(WaiterError::Failure(r)),
            (None, Err(e)) => return Err(WaiterError::Operation(e)),
            (_, r) => r,
        };
        attempt += 1;
        let elapsed = match &mock {
            Some(_) => waited,
            None => start.elapsed(),
        };
        let remaining = max_wait.saturating_sub(elapsed);
        if remaining < spec.min_delay {
            return Err(WaiterError::Timeout(Some(result)));
        }
        // Never sleep past the deadline; leave time for one last attempt at it.
        let wait = delay(spec.min_delay, spec.max_delay, attempt)
            .min(remaining.saturating_sub(spec.min_delay).max(spec.min_delay));
        crate::mock::pause(mock.as_ref(), wait).await;
        waited += wait;
    }
}

/// The HTTP status behind a result, for botocore's `status` matcher: a success is taken as 200
/// (awsJson answers every success with 200).
pub fn status<O, E>(result: &Result<O, Error<E>>) -> Option<u16> {
    match result {
        Ok(_) => Some(200),
        Err(Error::Service { status, .. }) => Some(*status),
        Err(Error::Response(e)) => Some(e.status()),
        Err(_) => None,
    }
}
