//! Everything the runtime records with `tracing`, captured as text: every span (with the
//! fields recorded when it closes) and every event, at every level.

use std::sync::{Arc, Mutex};

/// The captured text; install with [`Capture::install`] on the current thread (a
/// current-thread runtime keeps the whole call on it).
#[derive(Clone, Default)]
pub struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    /// Records on this thread until the guard is dropped.
    pub fn install(&self) -> tracing::subscriber::DefaultGuard {
        let writer = self.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_default(subscriber)
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("lock")).into_owned()
    }
}

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The line `fmt` writes when a call's `aws_call` span closes (with every field it recorded),
/// from captured or printed text; panics with the text when there is none.
pub fn closed_call(text: &str) -> &str {
    text.lines()
        .find(|l| l.contains("aws_call") && l.contains("close"))
        .unwrap_or_else(|| panic!("no closed aws_call span in: {text}"))
}
