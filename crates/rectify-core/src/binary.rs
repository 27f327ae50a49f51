//! Telling text from files that are not text: a PDF, a Word file, a program
//! or random bytes must be refused with what the file seems to be, never
//! "converted" into a report of garbage.

/// What a non-text file seems to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryKind {
    Pdf,
    /// A ZIP container: DOCX, XLSX, PPTX, ODT or a plain archive.
    Zip,
    /// An old Office file (DOC, XLS, WPS) in the OLE2 container.
    OldOffice,
    Image,
    /// A program (ELF, Windows EXE/DLL, Mach-O) or a library.
    Program,
    /// A compressed archive (gzip, 7z, RAR, bzip2, xz).
    Archive,
    /// Bytes that are not text in any encoding the converter reads.
    Unknown,
}

/// How much of the start of a file is looked at.
const HEAD_BYTES: usize = 64 * 1024;
/// Share of control characters (other than tab, line breaks and form feed)
/// above which decoded text is taken for binary data. Real notices have none.
const MAX_CONTROL_SHARE: f64 = 0.01;

const MAGIC: &[(&[u8], BinaryKind)] = &[
    (b"%PDF", BinaryKind::Pdf),
    (b"PK\x03\x04", BinaryKind::Zip),
    (b"PK\x05\x06", BinaryKind::Zip),
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", BinaryKind::OldOffice),
    (b"\x89PNG", BinaryKind::Image),
    (b"\xFF\xD8\xFF", BinaryKind::Image),
    (b"GIF8", BinaryKind::Image),
    (b"\x7FELF", BinaryKind::Program),
    (b"MZ", BinaryKind::Program),
    (b"\xCF\xFA\xED\xFE", BinaryKind::Program),
    (b"\x1F\x8B", BinaryKind::Archive),
    (b"7z\xBC\xAF\x27\x1C", BinaryKind::Archive),
    (b"Rar!", BinaryKind::Archive),
    (b"BZh", BinaryKind::Archive),
    (b"\xFD7zXZ\x00", BinaryKind::Archive),
];

/// What `bytes` seem to be when they are not text; `None` for text in
/// UTF-8, UTF-16 (with a byte-order mark) or GB18030/GBK.
pub fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(*kind);
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    if !utf16 && head.contains(&0) {
        return Some(BinaryKind::Unknown);
    }
    (!utf16 && control_share(head) > MAX_CONTROL_SHARE).then_some(BinaryKind::Unknown)
}

/// The share of bytes below 0x20 that text never holds (not tab, line
/// breaks, form feed or escape-free whitespace).
fn control_share(head: &[u8]) -> f64 {
    if head.is_empty() {
        return 0.0;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls as f64 / head.len() as f64
}

impl BinaryKind {
    /// What the file is and what to do instead, in Chinese.
    pub fn message_zh(self) -> &'static str {
        match self {
            BinaryKind::Pdf => "这是 PDF 文件，不是文本：请复制其中的文字粘贴进来，或导出为 txt",
            BinaryKind::Zip => "这是 ZIP 压缩格式的文件（如 Word 的 docx），不是文本：请在 Word 中另存为“纯文本（txt）”，台账请存为 xlsx 或 csv",
            BinaryKind::OldOffice => "这是旧版 Office 文件（doc/xls/wps），不是文本：请另存为 txt，台账请另存为 xlsx 或 csv",
            BinaryKind::Image => "这是图片文件，不是文本：请使用通报的文字版本",
            BinaryKind::Program => "这是程序文件，不是通报或台账",
            BinaryKind::Archive => "这是压缩包，不是文本：请先解压，再转换其中的 txt、csv 或 xlsx 文件",
            BinaryKind::Unknown => "这不是文本文件（含有大量控制字符或空字节）：请提供通报的 txt 文本或台账的 csv/xlsx 文件",
        }
    }

    /// The same in English.
    pub fn message_en(self) -> &'static str {
        match self {
            BinaryKind::Pdf => "this is a PDF file, not text: copy its text, or export it as .txt",
            BinaryKind::Zip => "this is a ZIP-based file (such as a Word .docx), not text: save it as plain text (.txt); ledgers as .xlsx or .csv",
            BinaryKind::OldOffice => "this is an old Office file (.doc/.xls/.wps), not text: save it as .txt; ledgers as .xlsx or .csv",
            BinaryKind::Image => "this is an image, not text: use the notice's text",
            BinaryKind::Program => "this is a program, not a notice or a ledger",
            BinaryKind::Archive => "this is a compressed archive: unpack it and convert the .txt, .csv or .xlsx inside",
            BinaryKind::Unknown => "this is not a text file (it holds control characters or NUL bytes): give the notice as .txt or the ledger as .csv/.xlsx",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random bytes (xorshift).
    fn noise(n: usize) -> Vec<u8> {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn known_formats_are_named() {
        assert_eq!(binary_kind(b"%PDF-1.7\n..."), Some(BinaryKind::Pdf));
        assert_eq!(binary_kind(b"PK\x03\x04\x14\x00"), Some(BinaryKind::Zip));
        assert_eq!(
            binary_kind(b"\x7FELF\x02\x01\x01"),
            Some(BinaryKind::Program)
        );
        assert_eq!(
            binary_kind(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00"),
            Some(BinaryKind::OldOffice)
        );
        assert_eq!(binary_kind(b"\x89PNG\r\n"), Some(BinaryKind::Image));
    }

    #[test]
    fn random_bytes_are_not_text() {
        assert_eq!(binary_kind(&noise(1 << 20)), Some(BinaryKind::Unknown));
        // Without NUL bytes, the control characters still give it away.
        let no_nul: Vec<u8> = noise(4096).into_iter().map(|b| b.max(1)).collect();
        assert_eq!(binary_kind(&no_nul), Some(BinaryKind::Unknown));
    }

    #[test]
    fn text_in_every_encoding_read_is_text() {
        let notice = "关于巡察整改情况的通报\r\n一、整改情况\t\x0c（一）问题\n";
        assert_eq!(binary_kind(notice.as_bytes()), None);
        let (gbk, _, _) = encoding_rs::GBK.encode(notice);
        assert_eq!(binary_kind(&gbk), None);
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend(notice.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(binary_kind(&utf16), None);
        assert_eq!(binary_kind(b""), None);
        assert_eq!(
            binary_kind("序号,问题,整改措施\n1,甲,乙\n".as_bytes()),
            None
        );
    }

    #[test]
    fn every_kind_has_messages() {
        for k in [
            BinaryKind::Pdf,
            BinaryKind::Zip,
            BinaryKind::OldOffice,
            BinaryKind::Image,
            BinaryKind::Program,
            BinaryKind::Archive,
            BinaryKind::Unknown,
        ] {
            assert!(!k.message_zh().is_empty() && k.message_en().is_ascii());
        }
    }
}
