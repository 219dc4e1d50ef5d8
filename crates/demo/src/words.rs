//! Word lists for fictional names and readable passphrases. Place names are
//! invented compounds so that no school or council here is a real one.

use crate::rng::Rng;

pub const FIRST_NAMES: &[&str] = &[
    "Amara", "Ayaan", "Bea", "Caleb", "Darcy", "Eliza", "Ezra", "Farah", "Finn", "Gracie", "Hamza",
    "Isla", "Jude", "Kai", "Leila", "Maya", "Milo", "Nia", "Oscar", "Priya", "Quinn", "Reuben",
    "Rosa", "Sami", "Tilly", "Theo", "Uma", "Vinnie", "Willow", "Yusuf", "Zara", "Alfie", "Bilal",
    "Cora", "Dev", "Ellis", "Freya", "Gabriel", "Hana", "Idris", "Jasmine", "Kacper", "Lena",
    "Mateo", "Nadia", "Ola", "Pip", "Ronan", "Safiya", "Toby", "Zofia",
];

pub const SURNAMES: &[&str] = &[
    "Ashworth",
    "Banerjee",
    "Brackley",
    "Castellan",
    "Dunmore",
    "Ellery",
    "Fairbairn",
    "Galloway",
    "Hartigan",
    "Iqbal",
    "Jaworski",
    "Kettering",
    "Lindqvist",
    "Mabey",
    "Nwachukwu",
    "Okonedo",
    "Pennick",
    "Quarrie",
    "Rowntree",
    "Saddiq",
    "Thorne",
    "Umber",
    "Vasquez",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "Abernant",
    "Bellwood",
    "Chaudry",
    "Dervish",
    "Esterhuys",
    "Fenwick",
    "Greaves",
    "Holloway",
    "Ibekwe",
    "Kowalczyk",
    "Larkin",
    "Moreau",
    "Novak",
    "Osei",
    "Pryce",
    "Rahman",
    "Sutcliffe",
    "Tennant",
    "Varga",
];

/// Invented places in the fictional borough of Northbrook.
pub const PLACES: &[&str] = &[
    "Northbrook",
    "Ashcombe Vale",
    "Brindlemoor",
    "Cotterwick",
    "Dunholme Green",
    "Elmstow",
    "Fallowfield Rise",
    "Gorsedale",
    "Hazelmere Cross",
    "Ivybridge Lees",
    "Juniper Hollow",
    "Kestrelford",
    "Larkspur Heath",
    "Millbeck",
    "Nettlecombe",
    "Oakhampstead",
    "Pennywell",
    "Quillsbury",
    "Ravensholt",
    "Sallowmere",
    "Thistlecombe",
    "Underby",
    "Wrenfield",
    "Yarrowby",
    "Alderbeck",
    "Bramblecote",
    "Cinderford Vale",
    "Deepwell",
    "Eastling Moor",
    "Foxhollow",
    "Greywater",
    "Hollins Brook",
    "Kingsmere Park",
    "Lowick Fold",
    "Marshgate",
    "Orchard Leys",
    "Pelham Rise",
    "Rookwood",
    "Stonebridge Vale",
    "Tallowmere",
];

/// Words for passphrases: concrete, easy to type and spell.
pub const PASSPHRASE_WORDS: &[&str] = &[
    "amber", "anchor", "apricot", "badger", "bramble", "breeze", "cactus", "canal", "cedar",
    "cobalt", "comet", "copper", "cricket", "dune", "ember", "falcon", "fern", "fjord", "garnet",
    "glacier", "harbour", "hazel", "heron", "indigo", "ivory", "jasper", "kettle", "lagoon",
    "lantern", "lemon", "lichen", "maple", "marble", "meadow", "mossy", "nectar", "nutmeg",
    "oasis", "orchid", "otter", "pebble", "pepper", "plover", "quartz", "quill", "raven", "ribbon",
    "saffron", "sorrel", "spruce", "thimble", "thistle", "tundra", "umber", "velvet", "walnut",
    "willow", "yonder", "zephyr", "zinnia",
];

pub fn word<'a>(rng: &mut Rng, list: &'a [&'a str]) -> &'a str {
    rng.pick(list).copied().unwrap_or("demo")
}

pub fn person_name(rng: &mut Rng) -> (String, String) {
    (
        word(rng, FIRST_NAMES).to_owned(),
        word(rng, SURNAMES).to_owned(),
    )
}
