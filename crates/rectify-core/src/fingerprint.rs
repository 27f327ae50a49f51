//! Which report a pre-rendered fragment was made from: a fingerprint of the
//! report file's bytes (64-bit FNV-1a), written by `rectify render` into the
//! fragment (`data-prerendered`) and computed again by the widget on the bytes
//! it fetches, so it can tell when the live data differs from the page's copy.
//! Not a security measure: it only tells versions of one file apart.

/// The fingerprint of a report file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(pub u64);

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;
const HEX: &[u8; 16] = b"0123456789abcdef";

impl Fingerprint {
    /// The fingerprint of `bytes` (FNV-1a, 64 bits).
    pub fn of(bytes: &[u8]) -> Fingerprint {
        Fingerprint(
            bytes
                .iter()
                .fold(OFFSET, |h, b| (h ^ u64::from(*b)).wrapping_mul(PRIME)),
        )
    }

    /// As written in the fragment: `fnv1a64:` and 16 lower-case hex digits.
    pub fn to_text(self) -> String {
        let mut text = String::from("fnv1a64:");
        text.extend(
            (0..16)
                .rev()
                .map(|i| HEX[((self.0 >> (i * 4)) & 0xf) as usize] as char),
        );
        text
    }

    /// Reads [`Fingerprint::to_text`] back; `None` for anything else.
    pub fn parse(text: &str) -> Option<Fingerprint> {
        let digits = text.trim().strip_prefix("fnv1a64:")?;
        if digits.len() != 16 {
            return None;
        }
        digits
            .bytes()
            .try_fold(0u64, |acc, b| {
                let d = HEX.iter().position(|h| *h == b)?;
                Some((acc << 4) | d as u64)
            })
            .map(Fingerprint)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_of_fnv1a_64() {
        assert_eq!(Fingerprint::of(b"").0, 0xcbf2_9ce4_8422_2325);
        assert_eq!(Fingerprint::of(b"a").0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(Fingerprint::of(b"foobar").0, 0x8594_4171_f739_67e8);
    }

    #[test]
    fn one_changed_byte_changes_it() {
        assert_ne!(Fingerprint::of(b"{\"a\":1}"), Fingerprint::of(b"{\"a\":2}"));
    }

    #[test]
    fn text_round_trips() {
        for n in [0, 1, 0xdead_beef, u64::MAX, 0x0123_4567_89ab_cdef] {
            let f = Fingerprint(n);
            assert_eq!(f.to_text().len(), 8 + 16);
            assert_eq!(Fingerprint::parse(&f.to_text()), Some(f));
        }
        assert_eq!(Fingerprint(0xab).to_text(), "fnv1a64:00000000000000ab");
    }

    #[test]
    fn other_text_is_not_a_fingerprint() {
        for t in [
            "",
            "fnv1a64:",
            "fnv1a64:00000000000000AB",
            "fnv1a64:0000000000000000a",
            "sha256:00",
            "fnv1a64:000000000000000g",
        ] {
            assert_eq!(Fingerprint::parse(t), None, "{t}");
        }
    }
}
