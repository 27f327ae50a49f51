//! `rectify`: the command-line face of rectify-core. Thin by design: each
//! subcommand parses its arguments and calls one library function.

mod args;
mod commands;

use std::process::ExitCode;

/// Exit codes, documented in `rectify --help`.
pub mod exit {
    pub const OK: u8 = 0;
    /// The input was read but is not a valid report (or not convertible).
    pub const INVALID: u8 = 1;
    /// Wrong arguments.
    pub const USAGE: u8 = 2;
    /// A file could not be read or written.
    pub const IO: u8 = 3;
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    ExitCode::from(commands::run(&argv))
}
