//! The real check that a DOCX opens: LibreOffice reads it and prints it to
//! PDF. Skipped with a reason where LibreOffice is not installed, except in
//! CI (`CI=true`), which must have it.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tandem_documents::docx::render_docx;

use super::ooxml::Result;
use super::plans::{by_hand, facts, needs_in_order};
use super::{hostile, ARABIC_NAME};

const TIMEOUT: Duration = Duration::from_secs(120);

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// A fresh LibreOffice profile, so the test runs as any user, in parallel
/// with a desktop LibreOffice, and leaves nothing behind.
fn profile_url(dir: &Path) -> String {
    let path = dir.join("profile").display().to_string();
    format!("-env:UserInstallation=file://{}", path.replace(' ', "%20"))
}

/// Runs `command`, killing it if it outlives `TIMEOUT`.
fn run(mut command: Command, log: &Path) -> Result<()> {
    let out = File::create(log)?;
    let mut child = command
        .stdin(Stdio::null())
        .stdout(out.try_clone()?)
        .stderr(out)
        .spawn()?;
    let started = Instant::now();
    while child.try_wait()?.is_none() {
        if started.elapsed() > TIMEOUT {
            child.kill()?;
            child.wait()?;
            return Err(format!("LibreOffice took over {TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Ok(())
}

#[test]
fn libreoffice_opens_the_document_and_prints_it_to_pdf() -> Result<()> {
    let Some(office) = on_path("soffice").or_else(|| on_path("libreoffice")) else {
        if std::env::var("CI").as_deref() == Ok("true") {
            return Err("LibreOffice is not installed, and CI must check the DOCX opens".into());
        }
        eprintln!(
            "skipped: LibreOffice is not installed (no soffice or libreoffice on PATH), \
             so the DOCX was not opened; CI=true makes this a failure"
        );
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let hostile_docx = dir.path().join("hostile.docx");
    std::fs::write(
        &hostile_docx,
        render_docx(&hostile()?, &facts(ARABIC_NAME))?,
    )?;
    let plan = by_hand();
    let hand_docx = dir.path().join("hand.docx");
    std::fs::write(&hand_docx, render_docx(&plan, &facts("Sam Taylor"))?)?;

    convert(&office, dir.path(), "pdf", &[&hostile_docx, &hand_docx])?;
    for name in ["hostile.pdf", "hand.pdf"] {
        let pdf = std::fs::read(dir.path().join(name)).unwrap_or_default();
        assert!(
            pdf.starts_with(b"%PDF") && pdf.len() > 1_000,
            "no {name} from LibreOffice; it said: {}",
            std::fs::read_to_string(dir.path().join("soffice.log")).unwrap_or_default()
        );
    }

    // LibreOffice's plain text shows list numbers as it lays them out.
    convert(
        &office,
        dir.path(),
        "txt:Text (encoded):UTF8",
        &[&hand_docx],
    )?;
    let text = std::fs::read_to_string(dir.path().join("hand.txt"))?;
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for need in needs_in_order(&plan) {
        let shown = format!("{}. {}", need.number, need.text);
        assert!(
            lines.iter().any(|l| l.starts_with(&shown)),
            "LibreOffice does not show {shown:?}:\n{text}"
        );
    }
    Ok(())
}

/// Converts `files` into `dir` with a headless LibreOffice of its own.
fn convert(office: &Path, dir: &Path, format: &str, files: &[&Path]) -> Result<()> {
    let mut command = Command::new(office);
    command
        .arg(profile_url(dir))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(dir)
        .args(files);
    run(command, &dir.join("soffice.log"))
}
