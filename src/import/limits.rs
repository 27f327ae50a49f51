//! The import page's input limit: larger files are refused before they are
//! read (a browser tab has far less memory than the command line), with a
//! message pointing to `rectify convert`.

/// Files (and pasted text) above this many bytes are not read.
pub const MAX_INPUT_BYTES: f64 = 10.0 * 1024.0 * 1024.0;

/// Warnings listed on the page; the rest are counted and downloadable.
pub const SHOWN_WARNINGS: usize = 200;

/// `10 MB`, `1.5 MB`, `820 KB`: a size for people.
pub fn human_size(bytes: f64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    if bytes >= MB {
        let tenths = (bytes / MB * 10.0).round() as u64;
        if tenths % 10 == 0 {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{} KB", (bytes / 1024.0).ceil() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(MAX_INPUT_BYTES), "10 MB");
        assert_eq!(human_size(12.34 * 1024.0 * 1024.0), "12.3 MB");
        assert_eq!(human_size(1000.0), "1 KB");
    }
}
