use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use integra::diagnostic::Diagnostic;
use integra::pipeline::{self, Project};

/// Builds the INTEGRA Mentoring Integration Programme website: one static
/// site per locale from content/ (Markdown), locales/ (Fluent) and themes/
/// (Tera templates, CSS, JS).
#[derive(Parser)]
#[command(name = "integra", version, about, long_about = None)]
struct Cli {
    /// The project folder, holding config.toml, content/, locales/ and themes/.
    #[arg(
        long,
        short = 'C',
        global = true,
        default_value = ".",
        value_name = "DIR"
    )]
    root: PathBuf,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --output). A failed build leaves the
    /// previous output untouched.
    Build {
        /// Where to write the site.
        #[arg(long, short, default_value = "public", value_name = "DIR")]
        output: PathBuf,
    },
    /// Build the site and serve it at http://127.0.0.1:8000 for previewing.
    Serve {
        /// Port to listen on.
        #[arg(long, short, default_value_t = 8000)]
        port: u16,
        /// Address to listen on; 0.0.0.0 makes the preview reachable from a
        /// phone on the same network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Where to write the site before serving it.
        #[arg(long, short, default_value = "public", value_name = "DIR")]
        output: PathBuf,
    },
    /// Run every validation of `build` and write nothing. Exits with 0 only
    /// when there are no errors.
    Check,
}

fn print_problems<'a>(problems: impl IntoIterator<Item = &'a Diagnostic>) {
    for problem in problems {
        eprintln!("{problem}");
    }
}

fn build(project: &Project, output: &Path) -> Result<String, ExitCode> {
    match pipeline::build(project, output) {
        Ok(report) => {
            print_problems(&report.warnings);
            Ok(report.summary(output))
        }
        Err(problems) => {
            let problems = problems.sorted();
            let errors = problems.iter().filter(|d| d.is_error()).count();
            print_problems(&problems);
            eprintln!(
                "Build failed with {errors} error{}; {} was left as it was.",
                if errors == 1 { "" } else { "s" },
                output.display()
            );
            Err(ExitCode::FAILURE)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let project = Project::new(&cli.root);
    match cli.command {
        Command::Build { output } => match build(&project, &output) {
            Ok(summary) => {
                println!("{summary}");
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Command::Serve { port, bind, output } => {
            let summary = match build(&project, &output) {
                Ok(summary) => summary,
                Err(code) => return code,
            };
            println!("{summary}");
            let base_path = match integra::config::load(&project.path("config.toml")) {
                Ok(config) => config.base_path,
                Err(_) => "/".into(),
            };
            let runtime = tokio::runtime::Runtime::new().expect("a Tokio runtime starts");
            match runtime.block_on(integra::serve::run(
                output,
                base_path,
                SocketAddr::new(bind, port),
            )) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot serve on {bind}:{port}: {e}\n  = help: another program may be using the port; try --port 8001");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check => {
            let problems = pipeline::check(&project).sorted();
            print_problems(&problems);
            let errors = problems.iter().filter(|d| d.is_error()).count();
            let warnings = problems.len() - errors;
            if errors == 0 {
                println!("No errors ({warnings} warnings).");
                ExitCode::SUCCESS
            } else {
                eprintln!("{errors} errors, {warnings} warnings.");
                ExitCode::FAILURE
            }
        }
    }
}
