//! The Fluent files are compiled into the binary by `fluent-templates`,
//! which does not tell cargo about them: a changed or new translation must
//! still rebuild the crate.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
