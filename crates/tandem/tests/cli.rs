//! The `tandem` command as a person runs it. Building this test also builds
//! the binary the browser tests start, with the same features, so CI
//! compiles it once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn tandem(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_help_names_every_command() {
    let help = tandem(&["--help"]);
    for command in [
        "serve",
        "demo",
        "code",
        "api-token",
        "analyse",
        "evaluate",
        "bench",
    ] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
    }
}

#[test]
fn serve_can_write_email_to_a_folder_instead_of_sending_it() {
    let help = tandem(&["serve", "--help"]);
    assert!(help.contains("--mail-dir"), "{help}");
    assert!(help.contains("TANDEM_MAIL_DIR"), "{help}");
}
