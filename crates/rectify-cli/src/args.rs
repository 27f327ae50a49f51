//! A small argument parser: positional arguments and `--flag [value]`.

use std::collections::HashMap;

pub struct Args {
    pub positional: Vec<String>,
    flags: HashMap<String, Option<String>>,
}

impl Args {
    /// `with_value` lists the flags that take a value.
    pub fn parse(argv: &[String], with_value: &[&str]) -> Result<Args, String> {
        let mut positional = Vec::new();
        let mut flags = HashMap::new();
        let mut it = argv.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (name, None),
                };
                if with_value.contains(&name) {
                    let v = match inline {
                        Some(v) => v,
                        None => it
                            .next()
                            .cloned()
                            .ok_or_else(|| format!("--{name} needs a value"))?,
                    };
                    flags.insert(name.to_string(), Some(v));
                } else {
                    flags.insert(name.to_string(), None);
                }
            } else if a == "-o" {
                let v = it.next().cloned().ok_or("-o needs a file name")?;
                flags.insert("output".to_string(), Some(v));
            } else if a == "-h" {
                flags.insert("help".to_string(), None);
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args { positional, flags })
    }

    pub fn has(&self, flag: &str) -> bool {
        self.flags.contains_key(flag)
    }

    pub fn value(&self, flag: &str) -> Option<&str> {
        self.flags.get(flag).and_then(|v| v.as_deref())
    }
}
