//! Text forms of [`DateTime`]: RFC 3339 (`@timestampFormat("date-time")`) and the HTTP date
//! (`@timestampFormat("http-date")`, RFC 7231's IMF-fixdate). awsJson's own default, epoch
//! seconds, lives in the `json` module.
//!
//! Parsing accepts what the Smithy specification allows a service to send (fractional
//! seconds, an RFC 3339 offset) and rejects everything else; it never panics.

use crate::primitives::DateTime;

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `.25` for 250,000,000 nanoseconds (no trailing zeros); empty for none.
pub(crate) fn fraction_text(nanos: u32) -> String {
    if nanos == 0 {
        return String::new();
    }
    let digits = format!("{nanos:09}");
    format!(".{}", digits.trim_end_matches('0'))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (the inverse of [`civil_from_days`]).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A cursor over ASCII text for the fixed-layout formats below.
struct Cursor<'a> {
    s: &'a [u8],
}

impl Cursor<'_> {
    fn digits(&mut self, n: usize) -> Option<u32> {
        let (head, rest) = (self.s.get(..n)?, &self.s[n..]);
        let mut v = 0u32;
        for &b in head {
            v = v * 10 + u32::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
        }
        self.s = rest;
        Some(v)
    }
    fn eat(&mut self, expected: &[u8]) -> Option<()> {
        let rest = self.s.strip_prefix(expected)?;
        self.s = rest;
        Some(())
    }
    fn eat_any(&mut self, options: &[u8]) -> Option<u8> {
        let (&b, rest) = self.s.split_first()?;
        options.contains(&b).then(|| self.s = rest).map(|_| b)
    }
    /// `hh:mm:ss` with an optional fraction: (hours, minutes, seconds, nanoseconds).
    fn time_of_day(&mut self) -> Option<(u32, u32, u32, u32)> {
        let h = self.digits(2)?;
        self.eat(b":")?;
        let m = self.digits(2)?;
        self.eat(b":")?;
        let s = self.digits(2)?;
        Some((h, m, s, self.fraction()?))
    }
    /// An optional `.ddd` fraction, as nanoseconds (digits past the ninth are dropped).
    fn fraction(&mut self) -> Option<u32> {
        if self.eat(b".").is_none() {
            return Some(0);
        }
        let len = self.s.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        let mut nanos = 0u32;
        for i in 0..9 {
            nanos = nanos * 10 + self.s.get(i).filter(|_| i < len).map_or(0, |b| u32::from(b - b'0'));
        }
        self.s = &self.s[len..];
        Some(nanos)
    }
}

/// Seconds since the epoch of a checked calendar date and time of day.
fn to_secs(year: i64, month: u32, day: u32, h: u32, m: u32, s: u32) -> Option<i64> {
    // 60 seconds is a leap second; it is kept as the first second of the next minute.
    let valid =
        (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day) && h < 24 && m < 60 && s <= 60;
    valid.then(|| days_from_civil(year, month, day) * 86_400 + i64::from(h * 3_600 + m * 60 + s))
}

impl DateTime {
    /// Parses RFC 3339 (`1985-04-12T23:20:50.52Z`, or with an offset such as `+02:00`).
    pub fn from_rfc3339(text: &str) -> Option<DateTime> {
        let mut c = Cursor { s: text.as_bytes() };
        let year = c.digits(4)?;
        c.eat(b"-")?;
        let month = c.digits(2)?;
        c.eat(b"-")?;
        let day = c.digits(2)?;
        c.eat_any(b"Tt")?;
        let (h, m, s, nanos) = c.time_of_day()?;
        let offset = match c.eat_any(b"Zz+-")? {
            b'Z' | b'z' => 0,
            sign => {
                let oh = c.digits(2)?;
                c.eat(b":")?;
                let om = c.digits(2)?;
                if oh > 23 || om > 59 {
                    return None;
                }
                let o = i64::from(oh * 3_600 + om * 60);
                if sign == b'+' {
                    o
                } else {
                    -o
                }
            }
        };
        if !c.s.is_empty() {
            return None;
        }
        let secs = to_secs(i64::from(year), month, day, h, m, s)?;
        Some(DateTime::from_secs_and_nanos(secs - offset, nanos))
    }

    /// The HTTP date form, RFC 7231's IMF-fixdate: `Tue, 29 Apr 2014 18:30:38 GMT`, with a
    /// fraction (`18:30:38.123`) only when there is one.
    pub fn to_http_date(&self) -> String {
        let days = self.secs().div_euclid(86_400);
        let rem = self.secs().rem_euclid(86_400);
        let (y, mo, d) = civil_from_days(days);
        let weekday = DAYS[days.rem_euclid(7) as usize];
        let month = MONTHS[mo as usize - 1];
        let (h, m, s) = (rem / 3_600, rem % 3_600 / 60, rem % 60);
        let frac = fraction_text(self.subsec_nanos());
        format!("{weekday}, {d:02} {month} {y:04} {h:02}:{m:02}:{s:02}{frac} GMT")
    }

    /// Parses an HTTP date in the IMF-fixdate form (the weekday must match the date).
    pub fn from_http_date(text: &str) -> Option<DateTime> {
        let mut c = Cursor { s: text.as_bytes() };
        let weekday = DAYS.iter().position(|d| c.eat(d.as_bytes()).is_some())?;
        c.eat(b", ")?;
        let day = c.digits(2)?;
        c.eat(b" ")?;
        let month = MONTHS.iter().position(|m| c.eat(m.as_bytes()).is_some())? as u32 + 1;
        c.eat(b" ")?;
        let year = c.digits(4)?;
        c.eat(b" ")?;
        let (h, m, s, nanos) = c.time_of_day()?;
        c.eat(b" GMT")?;
        if !c.s.is_empty() {
            return None;
        }
        let secs = to_secs(i64::from(year), month, day, h, m, s)?;
        (secs.div_euclid(86_400).rem_euclid(7) as usize == weekday).then(|| DateTime::from_secs_and_nanos(secs, nanos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_reads_fractions_and_offsets() {
        let t = DateTime::from_rfc3339("1985-04-12T23:20:50.52Z").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (482_196_050, 520_000_000));
        assert_eq!(DateTime::from_rfc3339("1985-04-13T01:20:50.52+02:00"), Some(t));
        assert_eq!(DateTime::from_rfc3339("2024-02-29T00:00:00Z").unwrap().to_string(), "2024-02-29T00:00:00Z");
        for bad in [
            "2023-02-29T00:00:00Z",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:00:00.Z",
            "x",
        ] {
            assert_eq!(DateTime::from_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn http_dates_round_trip() {
        let t = DateTime::from_secs(1_398_796_238);
        assert_eq!(t.to_http_date(), "Tue, 29 Apr 2014 18:30:38 GMT");
        assert_eq!(DateTime::from_http_date("Tue, 29 Apr 2014 18:30:38 GMT"), Some(t));
        let f = DateTime::from_secs_and_nanos(1_398_796_238, 123_000_000);
        assert_eq!(f.to_http_date(), "Tue, 29 Apr 2014 18:30:38.123 GMT");
        assert_eq!(DateTime::from_http_date(&f.to_http_date()), Some(f));
        assert_eq!(DateTime::from_secs(-1).to_http_date(), "Wed, 31 Dec 1969 23:59:59 GMT");
        // Wrong weekday, wrong zone.
        assert_eq!(DateTime::from_http_date("Mon, 29 Apr 2014 18:30:38 GMT"), None);
        assert_eq!(DateTime::from_http_date("Tue, 29 Apr 2014 18:30:38 UTC"), None);
    }
}
