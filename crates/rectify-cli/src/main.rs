//! `rectify`: the command-line face of rectify-core. Thin by design: each
//! subcommand parses its arguments (clap) and calls library functions.

mod bidi;
mod cli;
mod collect;
mod collection_sample;
mod collection_stats;
mod commands;
mod convert;
mod departments_csv;
mod diff;
mod error;
mod output;
mod progress;
mod render;
mod report_url;
mod stats;
mod terminal;

use std::process::ExitCode;

use clap::Parser;

/// Exit codes, documented in `rectify --help` and docs/data-format.md.
pub mod exit {
    pub const OK: u8 = 0;
    /// An input was read but is not a valid report, or could not be converted.
    pub const INVALID: u8 = 1;
    /// Wrong arguments.
    pub const USAGE: u8 = 2;
    /// A file could not be read or written.
    pub const IO: u8 = 3;
    /// Converted, but with warnings, and `--deny-warnings` was given.
    pub const WARNINGS: u8 = 4;

    /// The worse of two outcomes, for commands over several files:
    /// IO (3) > invalid (1) > warnings (4) > OK (0).
    pub fn worst(a: u8, b: u8) -> u8 {
        let rank = |c: u8| match c {
            OK => 0,
            WARNINGS => 1,
            INVALID => 2,
            USAGE => 3,
            _ => 4,
        };
        if rank(b) > rank(a) {
            b
        } else {
            a
        }
    }
}

fn main() -> ExitCode {
    let code = match try_main() {
        Ok(code) => code,
        Err(error) => error::report(&error, error::eprint_line),
    };
    ExitCode::from(code)
}

/// Parses the arguments and runs the command: the exit code, after any
/// per-input failures were reported, or the error that ended the command.
fn try_main() -> Result<u8, error::CliError> {
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return Ok(match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    exit::OK
                }
                _ => exit::USAGE,
            });
        }
    };
    commands::run(cli)
}
