//! Where the CLI's output goes, with every write checked: standard output
//! (locked and buffered) or a file written in full or not at all.

use std::io::{self, BufWriter, StdoutLock, Write};
use std::path::Path;

use serde::Serialize;

use crate::error::CliError;

/// Standard output, locked and buffered. Nothing is printed with
/// `println!` (which panics when the reader has gone); each write returns
/// the error, and [`Stdout::finish`] flushes and checks the rest.
pub struct Stdout {
    out: BufWriter<StdoutLock<'static>>,
}

impl Stdout {
    pub fn new() -> Stdout {
        Stdout {
            out: BufWriter::new(io::stdout().lock()),
        }
    }

    /// One line of text.
    pub fn line(&mut self, text: &str) -> Result<(), CliError> {
        writeln!(self.out, "{text}").map_err(CliError::stdout)
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

/// Writes `fill`'s output to the file `path`, or to standard output when
/// `path` is `None` or `-`.
pub fn write_to(
    path: Option<&Path>,
    stdout: &mut Stdout,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CliError> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            if let Some(dir) = p.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| CliError::io(dir.display(), e))?;
            }
            let file = std::fs::File::create(p).map_err(|e| CliError::io(p.display(), e))?;
            let mut file = BufWriter::new(file);
            fill(&mut file)
                .and_then(|()| file.flush())
                .map_err(|e| CliError::io(p.display(), e))
        }
        _ => stdout.write_with(fill),
    }
}
