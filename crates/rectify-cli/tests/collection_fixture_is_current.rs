//! The checked-in sample collection `data/collections/county-round/` (the
//! invented departments of `data/samples/collection/`, converted, and the
//! collection `rectify collect` makes of them; served to the browser tests
//! and copied into dist/) must be what the tools make now, byte for byte.
//! Regenerate it with `scripts/regenerate.sh`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn rectify(args: &[&str]) {
    let o = Command::new(env!("CARGO_BIN_EXE_rectify"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .output()
        .expect("run rectify");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path, under: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, under, out);
        } else {
            out.push(path.strip_prefix(under).unwrap().to_path_buf());
        }
    }
    out.sort();
}

#[test]
fn sample_collection_is_current() {
    let fresh = std::env::temp_dir().join(format!("rectify-fixture-{}", std::process::id()));
    let _ = fs::remove_dir_all(&fresh);
    let out = fresh.join("county-round");
    let o = out.to_str().unwrap();
    rectify(&[
        "convert",
        "data/samples/collection",
        "-o",
        &format!("{o}/"),
        "-q",
    ]);
    rectify(&["collect", o, "-o", &format!("{o}/collection.json")]);
    let committed = root().join("data/collections/county-round");
    let (mut now, mut then) = (Vec::new(), Vec::new());
    files(&out, &out, &mut now);
    files(&committed, &committed, &mut then);
    assert_eq!(
        now, then,
        "data/collections/county-round/ is stale: run scripts/regenerate.sh"
    );
    for file in &now {
        assert!(
            fs::read(out.join(file)).unwrap() == fs::read(committed.join(file)).unwrap(),
            "data/collections/county-round/{} is stale: run scripts/regenerate.sh",
            file.display()
        );
    }
    assert!(now.iter().any(|f| f.ends_with("collection.json")));
    let _ = fs::remove_dir_all(&fresh);
}
