//! The collection's own words in 繁體: its title, rounds and department
//! names (the reports are converted when they are shown).

use crate::collection::Collection;
use crate::locale::hant::Converter;

/// A copy of `collection` with its title, rounds and names converted.
pub fn convert_collection(conv: &Converter, collection: &Collection) -> Collection {
    let mut c = collection.clone();
    c.title = conv.convert(&c.title);
    c.inspection_round = c.inspection_round.as_deref().map(|r| conv.convert(r));
    for d in &mut c.departments {
        d.name = conv.convert(&d.name);
    }
    for e in &mut c.entries {
        e.inspection_round = e.inspection_round.as_deref().map(|r| conv.convert(r));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::Department;

    #[test]
    fn names_and_rounds_are_converted_ids_are_not() {
        let conv = Converter::parse("=县縣务務轮輪\n");
        let mut c = Collection::new("县委巡察");
        c.inspection_round = Some("第七轮".into());
        c.departments.push(Department {
            id: "水务".into(),
            name: "县水务局".into(),
            order: None,
        });
        let t = convert_collection(&conv, &c);
        assert_eq!(t.title, "縣委巡察");
        assert_eq!(t.inspection_round.as_deref(), Some("第七輪"));
        assert_eq!(t.departments[0].name, "縣水務局");
        assert_eq!(t.departments[0].id, "水务");
    }
}
