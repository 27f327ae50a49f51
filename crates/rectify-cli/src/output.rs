//! Where the CLI's output goes, with every write checked: standard output
//! (locked and buffered) or a file written in full or not at all.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

use serde::Serialize;

use crate::error::CliError;
use crate::terminal::printable;

/// Standard output, locked and buffered. Nothing is printed with
/// `println!` (which panics when the reader has gone); each write returns
/// the error, and [`Stdout::finish`] flushes and checks the rest.
pub struct Stdout {
    out: BufWriter<StdoutLock<'static>>,
    /// On a terminal each line is shown at once (in order with messages on
    /// standard error); into a file or pipe, output is written in blocks.
    line_by_line: bool,
}

impl Stdout {
    pub fn new() -> Stdout {
        let stdout = io::stdout();
        Stdout {
            line_by_line: stdout.is_terminal(),
            out: BufWriter::new(stdout.lock()),
        }
    }

    /// One line of text, with control characters from data shown escaped
    /// ([`printable`]).
    pub fn line(&mut self, text: &str) -> Result<(), CliError> {
        writeln!(self.out, "{}", printable(text)).map_err(CliError::stdout)?;
        if self.line_by_line {
            self.out.flush().map_err(CliError::stdout)?;
        }
        Ok(())
    }

    /// A value as indented JSON and a newline.
    pub fn json_pretty(&mut self, value: &impl Serialize) -> Result<(), CliError> {
        self.write_with(|w| write_json(w, value, true))
    }

    /// Runs `fill` on the buffered writer.
    pub fn write_with(
        &mut self,
        fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), CliError> {
        fill(&mut self.out).map_err(CliError::stdout)
    }

    /// Flushes what is buffered; a failure here is reported like any write.
    pub fn finish(mut self) -> Result<(), CliError> {
        self.out.flush().map_err(CliError::stdout)
    }
}

/// `value` as JSON (indented or compact) and a newline.
pub fn write_json(w: &mut dyn Write, value: &impl Serialize, pretty: bool) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *w, value)?;
    } else {
        serde_json::to_writer(&mut *w, value)?;
    }
    w.write_all(b"\n")
}

/// Writes `fill`'s output to the file `path` (in full or not at all, see
/// [`write_atomically`]), or to standard output when `path` is `None` or `-`.
pub fn write_to(
    path: Option<&Path>,
    stdout: &mut Stdout,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CliError> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                fs::create_dir_all(dir).map_err(|e| CliError::io(dir.display(), e))?;
            }
            write_atomically(p, fill).map_err(|e| CliError::io(p.display(), e))
        }
        _ => stdout.write_with(fill),
    }
}

/// Writes a regular file in full or not at all: into a temporary file in
/// the same folder, synced and then renamed over `path`. When anything
/// fails, the temporary file is removed and `path` is left as it was. A
/// path that is not a regular file (`/dev/stdout`, a pipe) is written
/// directly; a symbolic link is followed.
pub fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let existing = fs::metadata(path).ok();
    if existing.as_ref().is_some_and(|meta| !meta.is_file()) {
        return write_file(File::create(path)?, fill);
    }
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let temp = temporary_path_beside(&path);
    let result = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|file| {
            if let Some(meta) = &existing {
                file.set_permissions(meta.permissions())?;
            }
            write_file(file, fill)
        })
        .and_then(|()| fs::rename(&temp, &path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Fills `file` through a buffer, flushes it and, for a regular file, syncs
/// it to the disk, so that a full disk is noticed here and not after the
/// rename.
fn write_file(file: File, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut writer = BufWriter::new(file);
    fill(&mut writer)?;
    let file = writer.into_inner().map_err(|e| e.into_error())?;
    if file.metadata()?.is_file() {
        file.sync_all()?;
    }
    Ok(())
}

/// `.name.<pid>.<n>.tmp` beside `path`: hidden, and unique in this process.
fn temporary_path_beside(path: &Path) -> PathBuf {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = path.file_name().unwrap_or("output".as_ref());
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!(
        ".{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    path.with_file_name(temp)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes `left` bytes and then fails, as a disk that
    /// fills up does.
    struct FailsAfter<'a> {
        inner: &'a mut dyn Write,
        left: usize,
    }

    impl Write for FailsAfter<'_> {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.left == 0 {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            let n = buf.len().min(self.left);
            self.left -= n;
            self.inner.write(&buf[..n])
        }

        fn flush(&mut self) -> io::Result<()> {
            self.inner.flush()
        }
    }

    fn folder(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("rectify-output-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn names_in(dir: &Path) -> Vec<OsString> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect()
    }

    fn write_failing_after_10_bytes(w: &mut dyn Write) -> io::Result<()> {
        FailsAfter { inner: w, left: 10 }.write_all(&[b'x'; 100_000])
    }

    #[test]
    fn a_failed_write_leaves_the_destination_untouched() {
        let dir = folder("fails");
        let dest = dir.join("report.json");
        fs::write(&dest, "old").unwrap();
        let error = write_atomically(&dest, write_failing_after_10_bytes).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(names_in(&dir), ["report.json"], "no temporary file is left");
        // Without a previous file, there is no file afterwards.
        let new = dir.join("new.json");
        write_atomically(&new, write_failing_after_10_bytes).unwrap_err();
        assert!(!new.exists());
        assert_eq!(names_in(&dir), ["report.json"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_complete_write_replaces_the_destination() {
        let dir = folder("replaces");
        let dest = dir.join("report.json");
        fs::write(&dest, "old").unwrap();
        write_atomically(&dest, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(names_in(&dir), ["report.json"]);
        fs::remove_dir_all(&dir).unwrap();
    }
}
