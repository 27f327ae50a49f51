//! A one-line progress counter on standard error, only when it is a
//! terminal; messages printed meanwhile clear the line first. Failed writes
//! to standard error are ignored (there is nowhere to report them).

use std::io::{IsTerminal, Write};

use crate::error::eprint_line;
use crate::terminal::printable;

pub struct Progress {
    total: usize,
    done: usize,
    shown: bool,
    enabled: bool,
}

impl Progress {
    pub fn new(total: usize, quiet: bool) -> Progress {
        Progress {
            total,
            done: 0,
            shown: false,
            enabled: !quiet && total > 1 && std::io::stderr().is_terminal(),
        }
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = std::io::stderr().write_all(b"\r\x1b[2K");
            self.shown = false;
        }
    }

    /// Shows `[k/n] name` for the file being converted.
    pub fn start(&mut self, name: &str) {
        if !self.enabled {
            return;
        }
        self.clear();
        let width = 30;
        let filled = self.done * width / self.total.max(1);
        let _ = write!(
            std::io::stderr(),
            "\r[{}{}] {}/{} {name}",
            "#".repeat(filled),
            " ".repeat(width - filled),
            self.done + 1,
            self.total,
            name = printable(name)
        );
        let _ = std::io::stderr().flush();
        self.shown = true;
    }

    pub fn finish_one(&mut self) {
        self.done += 1;
    }

    /// Prints a line on standard error without garbling the progress line.
    pub fn message(&mut self, line: &str) {
        self.clear();
        eprint_line(line);
    }

    pub fn finish(&mut self) {
        self.clear();
    }
}
