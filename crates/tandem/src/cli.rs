//! Flags, each also read from a `TANDEM_*` environment variable.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "tandem",
    version,
    about = "Tandem: the EHC needs assessment service for local authorities"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the web service (what `cargo run --release` does).
    Serve(ServeArgs),
    /// Load the realistic demo authority into an empty database.
    Demo(DemoArgs),
    /// Show the current one-time code of a staff account (for demos).
    Code(CodeArgs),
    /// Make an API token for a person and print it once.
    ApiToken(ApiTokenArgs),
    /// Read advice documents and print the engine's findings.
    Analyse(AnalyseArgs),
    /// Measure the engine on a labelled corpus (see shared/corpus/SCHEMA.md).
    Evaluate(EvaluateArgs),
    /// Time a part of Tandem.
    Bench(BenchArgs),
    /// Draft a case's EHC plan from its evidence, or check a draft's quality.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// Reads a PDF on stdin in an isolated child process (internal).
    #[command(name = "extract-pdf", hide = true)]
    ExtractPdf,
}

#[derive(Args)]
pub struct AnalyseArgs {
    /// Documents, or folders of documents (PDF, DOCX, plain text).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Print one JSON object instead of a readable report.
    #[arg(long)]
    pub json: bool,
    /// A labelled corpus (SCHEMA.md layout) of past cases: the nearest of
    /// them are listed with what they received. A past case holding one of
    /// the documents analysed is left out.
    #[arg(long, env = "TANDEM_PAST_CASES")]
    pub past: Option<PathBuf>,
}

#[derive(Args)]
pub struct EvaluateArgs {
    /// The corpus folder, holding cases/<ID>/labels.json and documents.
    pub corpus: PathBuf,
    /// Score another summariser's case summaries instead (a JSON object of
    /// case id to a list of sentences) with the same key-fact measure;
    /// `scripts/textrank-baseline.sh` makes one with sumy's TextRank.
    #[arg(long)]
    pub score_summaries: Option<PathBuf>,
}

#[derive(Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub what: BenchWhat,
}

#[derive(Subcommand)]
pub enum PlanCommand {
    /// Draft the plan of a case from its evidence and write it out.
    Draft(PlanDraftArgs),
    /// Run the quality check on a case's drafted plan.
    Check(PlanCheckArgs),
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum PlanFormat {
    /// An accessible HTML page.
    Html,
    /// A Word document.
    Docx,
    /// A tagged PDF (PDF/UA-1).
    Pdf,
}

#[derive(Args)]
pub struct PlanDraftArgs {
    #[command(flatten)]
    pub database: Database,
    /// The case reference, e.g. NBC-2026-00042.
    #[arg(long = "case")]
    pub case: String,
    #[arg(long, value_enum, default_value = "html")]
    pub format: PlanFormat,
    /// Where to write the plan; standard output if not given.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Args)]
pub struct PlanCheckArgs {
    #[command(flatten)]
    pub database: Database,
    /// The case reference, e.g. NBC-2026-00042.
    #[arg(long = "case")]
    pub case: String,
    /// Print the faults as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand)]
pub enum BenchWhat {
    /// Analyse a case of about 1,500 words in four documents, many times.
    Engine(BenchEngineArgs),
    /// Draft, check and render the plans of demo cases with advice.
    Plan(BenchPlanArgs),
}

#[derive(Args)]
pub struct BenchEngineArgs {
    /// Also write the timing case's documents here as text files, so
    /// another summariser can be timed on the same words.
    #[arg(long)]
    pub write_texts: Option<PathBuf>,
}

#[derive(Args)]
pub struct BenchPlanArgs {
    #[command(flatten)]
    pub database: Database,
    /// How many cases with advice documents to draft.
    #[arg(long, default_value_t = 100)]
    pub cases: usize,
}

#[derive(Args, Clone)]
pub struct Database {
    /// Where Tandem keeps its SQLite database and demo sign-ins.
    #[arg(long, env = "TANDEM_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// sqlite://PATH or postgres://USER:PASSWORD@HOST/DB; SQLite under the data directory by default.
    #[arg(long, env = "TANDEM_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl Database {
    pub fn url(&self) -> anyhow::Result<String> {
        match &self.database_url {
            Some(url) => Ok(url.clone()),
            None => {
                std::fs::create_dir_all(&self.data_dir)?;
                Ok(format!(
                    "sqlite://{}",
                    self.data_dir.join("tandem.db").display()
                ))
            }
        }
    }
}

#[derive(Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub database: Database,
    /// The port to listen on.
    #[arg(long, env = "TANDEM_PORT", default_value_t = 8080)]
    pub port: u16,
    /// The address to listen on; 0.0.0.0 to accept connections from other machines.
    #[arg(long, env = "TANDEM_LISTEN", default_value = "127.0.0.1")]
    pub listen: String,
    /// Where people reach this service, for sign-in redirects.
    #[arg(long, env = "TANDEM_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Send cookies without the Secure flag (plain HTTP that is not localhost).
    #[arg(long, env = "TANDEM_INSECURE_COOKIES", default_value_t = false)]
    pub insecure_cookies: bool,
    /// Do not load the demo authority into an empty database.
    #[arg(long, env = "TANDEM_NO_DEMO", default_value_t = false)]
    pub no_demo: bool,
    /// Send the outbox and staff reminders through this SMTP server:
    /// smtp://host:25 (plain; add ?tls=required for STARTTLS) or
    /// smtps://user:password@host:465. Without it nothing is sent; messages wait.
    #[arg(long, env = "TANDEM_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// The address emails come from, e.g. "Northbrook SEN team <sen@northbrook.gov.uk>".
    #[arg(long, env = "TANDEM_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Write each email as a .eml file in this folder instead of sending it
    /// (for trying Tandem out, and for the browser tests).
    #[arg(long, env = "TANDEM_MAIL_DIR", conflicts_with = "smtp_url")]
    pub mail_dir: Option<std::path::PathBuf>,
}

impl ServeArgs {
    /// `tandem` with no subcommand: serve, with flags from the environment.
    pub fn default_from_env() -> anyhow::Result<ServeArgs> {
        #[derive(Parser)]
        struct Only {
            #[command(flatten)]
            serve: ServeArgs,
        }
        Ok(Only::try_parse_from(["tandem"])?.serve)
    }
}

#[derive(Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub database: Database,
    /// The same seed gives the same authority.
    #[arg(long, env = "TANDEM_DEMO_SEED", default_value_t = 2026)]
    pub seed: u64,
}

#[derive(Args)]
pub struct CodeArgs {
    #[command(flatten)]
    pub database: Database,
    /// The staff member's email address.
    pub email: String,
}

#[derive(Args)]
pub struct ApiTokenArgs {
    #[command(flatten)]
    pub database: Database,
    /// The email address of the person the token acts as.
    pub email: String,
    /// What the token is for, e.g. "finance system".
    #[arg(long, default_value = "api")]
    pub name: String,
}
