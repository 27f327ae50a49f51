//! `rectify sample --collection`: a generated collection and its reports,
//! written into a folder.

use std::path::Path;

use clap::Args;
use rectify_core::collection::generate;

use crate::error::CliError;
use crate::exit;
use crate::output::{write_atomically, write_json};

#[derive(Debug, Args)]
pub struct SampleCollectionArgs {
    /// Generate a collection (into the folder given with -o) instead of a report.
    #[arg(long)]
    pub collection: bool,
    /// With --collection: number of departments.
    #[arg(long, default_value_t = 300, requires = "collection",
        value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub departments: u32,
    /// With --collection: reports per department (quarter ends from 2025-03-31).
    #[arg(long, default_value_t = 4, requires = "collection",
        value_parser = clap::value_parser!(u32).range(1..=40))]
    pub reports: u32,
}

pub fn sample(a: &SampleCollectionArgs, folder: Option<&Path>) -> Result<u8, CliError> {
    let Some(folder) = folder.filter(|f| f.as_os_str() != "-") else {
        return Err(CliError::usage(
            "--collection writes a folder: give it with -o <folder>",
        ));
    };
    let sample = generate(a.departments as usize, a.reports as usize);
    let write = |relative: &Path,
                 value: &dyn Fn(&mut dyn std::io::Write) -> std::io::Result<()>| {
        let path = folder.join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| CliError::io(dir.display(), e))?;
        }
        write_atomically(&path, value).map_err(|e| CliError::io(path.display(), e))
    };
    for (url, report) in &sample.reports {
        write(Path::new(url), &|w| write_json(w, report, false))?;
    }
    write(Path::new("collection.json"), &|w| {
        write_json(w, &sample.collection, true)
    })?;
    Ok(exit::OK)
}
