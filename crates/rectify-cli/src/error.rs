//! The one error type of the CLI and its reporter (in the manner of
//! ripgrep's `try_main`): commands return `Result`, `main` reports.

use std::fmt::Display;
use std::io;

use crate::exit;
use crate::terminal::printable;

/// Why a command, or one input of a command over several, failed.
#[derive(Debug)]
pub enum CliError {
    /// Standard output was closed by its reader (`rectify … | head -1`):
    /// stop quietly, as ripgrep does; the exit code is 0.
    BrokenPipe,
    /// A failure to report on standard error; the process exits with `code`
    /// (one of [`exit`]). `message` may hold several lines.
    Failed { code: u8, message: String },
}

impl CliError {
    /// Wrong arguments (exit 2), with a hint to `--help`.
    pub fn usage(message: impl Display) -> CliError {
        CliError::Failed {
            code: exit::USAGE,
            message: format!("error: {message}\n\nRun `rectify --help` for usage."),
        }
    }

    /// An input that is not a valid report or cannot be converted (exit 1);
    /// `message` is complete (it says where).
    pub fn invalid(message: String) -> CliError {
        CliError::Failed {
            code: exit::INVALID,
            message,
        }
    }

    /// A file that could not be read or written (exit 3).
    pub fn io(what: impl Display, error: io::Error) -> CliError {
        CliError::Failed {
            code: exit::IO,
            message: format!("error: {what}: {error}"),
        }
    }

    /// A failed write to standard output: a closed pipe ends quietly,
    /// anything else (a full disk) is an I/O error.
    pub fn stdout(error: io::Error) -> CliError {
        if error.kind() == io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::io("standard output", error)
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::BrokenPipe => exit::OK,
            CliError::Failed { code, .. } => *code,
        }
    }
}

/// Prints an error through `print_line` (one call a line; nothing for a
/// closed pipe) and returns its exit code.
pub fn report(error: &CliError, mut print_line: impl FnMut(&str)) -> u8 {
    if let CliError::Failed { message, .. } = error {
        message.lines().for_each(&mut print_line);
    }
    error.exit_code()
}

/// For commands over several inputs: a failure of one input is reported
/// and folded into `code` (the worst counts) so that the others go on; a
/// closed standard output ends the command.
pub fn report_and_go_on(
    error: CliError,
    code: &mut u8,
    print_line: impl FnMut(&str),
) -> Result<(), CliError> {
    if let CliError::BrokenPipe = error {
        return Err(error);
    }
    *code = exit::worst(*code, report(&error, print_line));
    Ok(())
}

/// Writes a line to standard error, with control characters from data
/// shown escaped ([`printable`]). A failure there cannot be reported
/// anywhere, so it is ignored rather than turned into a panic.
pub fn eprint_line(line: &str) {
    use std::io::Write;
    let _ = writeln!(io::stderr().lock(), "{}", printable(line));
}
