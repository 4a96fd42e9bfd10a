use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use integra::config::{Direction, Locale};
use integra::diagnostic::Diagnostic;
use integra::pipeline::{self, Project};
use integra::translation;

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
        /// Render every page again, not only those whose files changed, and
        /// remove anything else from the output folder.
        #[arg(long)]
        clean: bool,
        /// Add the pseudo-locales en-XA (accented, longer) and ar-XB (right
        /// to left, mirrored), made from English, to check layouts.
        #[arg(long)]
        pseudo: bool,
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
        /// Add the pseudo-locales en-XA and ar-XB, as `build --pseudo`.
        #[arg(long)]
        pseudo: bool,
    },
    /// Run every validation of `build` and write nothing. Exits with 0 only
    /// when there are no errors.
    Check {
        /// `json` prints {"errors": N, "warnings": N, "problems": [{severity,
        /// file, line, column, message, hint}]} on stdout, for editors and CI.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Tools for translators (see TRANSLATING.md).
    ///
    /// Progress per locale, marking translations up to date, adding a locale.
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Show how far each locale is translated.
    ///
    /// Interface messages: translated, missing, obsolete. Pages: translated,
    /// shown by fallback, stale, drafts, unmarked.
    Status {
        /// `json` prints the shape documented in TRANSLATING.md.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Only these locales (default: every locale but the source).
        #[arg(value_name = "LOCALE")]
        locales: Vec<String>,
    },
    /// Record that translations are up to date with their English source.
    ///
    /// Sets `translated_from` in their front matter to the source's hash;
    /// `i18n status` lists them as stale when the source changes.
    MarkTranslated {
        /// Translated pages, e.g. content/it/pillars/health.md.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Record the English page as it was at this git revision, for a
        /// translation made from an older version: `i18n status` then shows
        /// what changed since.
        #[arg(long, value_name = "REV")]
        as_of: Option<String>,
    },
    /// Write the content of a locale as gettext PO files, for translation
    /// platforms and PO editors.
    ///
    /// One PO file per English page (and a POT template beside), one message
    /// per heading, paragraph, list item, table cell and translatable front
    /// matter field. Existing translations fill in their messages; blocks
    /// whose English changed since are marked fuzzy. See TRANSLATING.md.
    Export {
        /// The locale to export, e.g. fr.
        locale: String,
        /// Where to write: <DIR>/<LOCALE>/**.po and <DIR>/templates/**.pot.
        #[arg(long, value_name = "DIR", default_value = "po")]
        output: PathBuf,
    },
    /// Write translated PO files back into the locale's pages.
    ///
    /// Each page is made from its English page, block by block, keeping its
    /// structure, anchors, links and front matter, with `translation =
    /// "draft"` (or "reviewed", as the PO file says) and `translated_from`.
    /// Nothing is written if any file has a mistake.
    Import {
        /// The locale, e.g. fr.
        locale: String,
        /// The folder of PO files, e.g. po/fr.
        dir: PathBuf,
    },
    /// Add a locale, ready to translate.
    ///
    /// Appends a [[locales]] entry to config.toml, copies the English
    /// messages to locales/<LOCALE>/ marked `# TODO translate`, and creates an
    /// empty content/<LOCALE>/. The site builds at once, falling back to
    /// English.
    New {
        /// A BCP 47 tag in canonical form, e.g. de, pt-BR, fa.
        locale: String,
        /// The language's name in the language itself, e.g. "Deutsch".
        #[arg(long)]
        name: String,
        /// Writing direction (default: the usual one for the language).
        #[arg(long, value_enum)]
        dir: Option<DirArg>,
        /// A configured locale to show before English when a page or
        /// message is missing; repeat for several.
        #[arg(long, value_name = "LOCALE")]
        fallback: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DirArg {
    Ltr,
    Rtl,
}

fn print_problems<'a>(problems: impl IntoIterator<Item = &'a Diagnostic>) {
    for problem in problems {
        eprintln!("{problem}");
    }
}

fn build(project: &Project, output: &Path, clean: bool) -> Result<String, ExitCode> {
    let rebuild = if clean {
        pipeline::Rebuild::Everything
    } else {
        pipeline::Rebuild::Changed
    };
    match pipeline::build_with(project, output, rebuild) {
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
        Command::Build {
            output,
            clean,
            pseudo,
        } => match build(&project.clone().with_pseudo(pseudo), &output, clean) {
            Ok(summary) => {
                println!("{summary}");
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
        Command::Serve {
            port,
            bind,
            output,
            pseudo,
        } => {
            let project = project.with_pseudo(pseudo);
            // The preview starts even when the build fails: the browser
            // shows the errors until the files are fixed.
            if let Ok(summary) = build(&project, &output, false) {
                println!("{summary}");
            }
            let runtime = tokio::runtime::Runtime::new().expect("a Tokio runtime starts");
            match runtime.block_on(integra::serve::run(project, SocketAddr::new(bind, port))) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: cannot serve on {bind}:{port}: {e}\n  = help: another program may be using the port; try --port 8001");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check { format } => {
            let problems = pipeline::check(&project).sorted();
            let errors = problems.iter().filter(|d| d.is_error()).count();
            let warnings = problems.len() - errors;
            match format {
                Format::Text => {
                    print_problems(&problems);
                    if errors == 0 {
                        println!("No errors ({warnings} warnings).");
                    } else {
                        eprintln!("{errors} errors, {warnings} warnings.");
                    }
                }
                Format::Json => {
                    let json = serde_json::json!({
                        "errors": errors,
                        "warnings": warnings,
                        "problems": problems,
                    });
                    print_out(&serde_json::to_string_pretty(&json).expect("JSON serialises"));
                }
            }
            if errors == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::I18n { command } => i18n(&project, command),
    }
}

fn i18n(project: &Project, command: I18nCommand) -> ExitCode {
    match command {
        I18nCommand::Status { format, locales } => i18n_status(project, format, &locales),
        I18nCommand::MarkTranslated { paths, as_of } => {
            mark_translated(project, &paths, as_of.as_deref())
        }
        I18nCommand::Export { locale, output } => i18n_export(project, &locale, &output),
        I18nCommand::Import { locale, dir } => i18n_import(project, &locale, &dir),
        I18nCommand::New {
            locale,
            name,
            dir,
            fallback,
        } => {
            let new = translation::NewLocale {
                code: locale,
                name,
                dir: dir.map(|d| match d {
                    DirArg::Ltr => Direction::Ltr,
                    DirArg::Rtl => Direction::Rtl,
                }),
                fallback,
            };
            match translation::new_locale(project, &new) {
                Ok(created) => {
                    print_created(&created);
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_problems(&problems.sorted());
                    eprintln!("Nothing was changed in config.toml.");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// The site, loaded, and `code` as one of its locales to translate into;
/// `None` after saying what is wrong.
fn loaded_with_target(project: &Project, code: &str) -> Option<(pipeline::Loaded, Locale)> {
    let loaded = match pipeline::load(project) {
        Ok((loaded, _warnings)) => loaded,
        Err(problems) => {
            print_problems(&problems.sorted());
            eprintln!("The site has errors; fix them first (`integra check` lists them again).");
            return None;
        }
    };
    let config = &loaded.site.config;
    let Some(locale) = Locale::parse(code)
        .ok()
        .filter(|l| config.locales.iter().any(|c| c.locale == *l) && *l != config.default_locale)
    else {
        let others: Vec<&str> = config
            .locales
            .iter()
            .filter(|l| l.locale != config.default_locale)
            .map(|l| l.locale.as_str())
            .collect();
        eprintln!(
            "error: `{code}` is not a locale to translate into\n  = help: the translated locales in config.toml are {}",
            others.join(", ")
        );
        return None;
    };
    Some((loaded, locale))
}

/// `path` below the project folder, unless it is absolute.
fn in_project(project: &Project, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        project.root.join(path)
    }
}

fn i18n_import(project: &Project, code: &str, dir: &Path) -> ExitCode {
    let Some((loaded, locale)) = loaded_with_target(project, code) else {
        return ExitCode::FAILURE;
    };
    match translation::import(
        &project.root,
        &loaded.site,
        &locale,
        &in_project(project, dir),
    ) {
        Ok(done) => {
            print_out(&format!(
                "Wrote {} page{} of {locale}, {} already up to date ({} messages translated, {} fuzzy kept, {} left in English)",
                done.written.len(),
                if done.written.len() == 1 { "" } else { "s" },
                done.unchanged,
                done.translated,
                done.fuzzy,
                done.untranslated
            ));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print_problems(&problems.sorted());
            eprintln!("No page was written.");
            ExitCode::FAILURE
        }
    }
}

fn i18n_export(project: &Project, code: &str, output: &Path) -> ExitCode {
    let Some((loaded, locale)) = loaded_with_target(project, code) else {
        return ExitCode::FAILURE;
    };
    let output = in_project(project, output);
    match translation::export(&project.root, &loaded.site, &locale, &output) {
        Ok(done) => {
            print_problems(&done.warnings);
            print_out(&format!(
                "Wrote {} PO files for {locale} ({} messages: {} translated, {} fuzzy, {} to do) and their templates → {}",
                done.files,
                done.messages,
                done.translated,
                done.fuzzy,
                done.messages - done.translated - done.fuzzy,
                done.folder.display()
            ));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print_problems(&problems.sorted());
            ExitCode::FAILURE
        }
    }
}

fn i18n_status(project: &Project, format: Format, codes: &[String]) -> ExitCode {
    let loaded = match pipeline::load(project) {
        Ok((loaded, _warnings)) => loaded,
        Err(problems) => {
            let problems = problems.sorted();
            print_problems(&problems);
            eprintln!("The site has errors; fix them first (`integra check` lists them again).");
            return ExitCode::FAILURE;
        }
    };
    let config = &loaded.site.config;
    let mut only = Vec::new();
    for code in codes {
        let known = Locale::parse(code)
            .ok()
            .filter(|l| config.locales.iter().any(|c| c.locale == *l));
        match known {
            Some(l) if l == config.default_locale => {
                eprintln!(
                    "error: `{l}` is the source locale; its pages are what the others translate\n  = help: name a translation's locale, or none for all"
                );
                return ExitCode::FAILURE;
            }
            Some(l) => only.push(l),
            None => {
                let configured: Vec<&str> =
                    config.locales.iter().map(|l| l.locale.as_str()).collect();
                eprintln!(
                    "error: `{code}` is not a configured locale\n  = help: the locales in config.toml are {}",
                    configured.join(", ")
                );
                return ExitCode::FAILURE;
            }
        }
    }
    let status = translation::status(&loaded.site, loaded.messages(), &only, Some(&project.root));
    match format {
        // Naming locales asks for their whole lists.
        Format::Text => print_out(status.text(!only.is_empty()).trim_end()),
        Format::Json => print_out(&serde_json::to_string_pretty(&status).expect("JSON serialises")),
    }
    ExitCode::SUCCESS
}

/// Prints `text` in lines of at most 80 characters, each after `indent`.
fn print_wrapped(text: &str, indent: &str) {
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && indent.len() + line.chars().count() + 1 + word.chars().count() > 80 {
            println!("{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    println!("{indent}{line}");
}

/// Prints a report and a newline on stdout; a reader that stops early (`|
/// head`) is not an error.
fn print_out(text: &str) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}");
}

fn mark_translated(project: &Project, paths: &[PathBuf], as_of: Option<&str>) -> ExitCode {
    let config = match integra::config::load(&project.path("config.toml")) {
        Ok(config) => config,
        Err(problems) => {
            print_problems(&problems.sorted());
            return ExitCode::FAILURE;
        }
    };
    let mut failed = 0;
    for path in paths {
        match translation::mark_translated(project, &config, path, as_of) {
            Ok(marked) if marked.unchanged() => println!(
                "{} was already marked as translated from {} ({}).",
                marked.file.display(),
                marked.source.display(),
                marked.hash
            ),
            Ok(marked) => println!(
                "Marked {} as translated from {} ({}).",
                marked.file.display(),
                marked.source.display(),
                marked.hash
            ),
            Err(problem) => {
                eprintln!("{problem}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "{failed} of {} file{} not marked.",
            paths.len(),
            if paths.len() == 1 { "" } else { "s" }
        );
        ExitCode::FAILURE
    }
}

fn print_created(created: &translation::Created) {
    let locale = &created.locale;
    println!(
        "Added locale {locale} to {}{}.",
        created.config_file.display(),
        if created.dir == Direction::Rtl {
            ", written right to left"
        } else {
            ""
        }
    );
    if created.dir_guessed && created.dir == Direction::Rtl {
        println!("  (the usual direction of its script; pass --dir ltr if that is wrong)");
    }
    for (file, count) in &created.message_files {
        println!(
            "Created {} with {count} messages, each still in English under `# TODO translate`.",
            file.display()
        );
    }
    for file in &created.kept {
        println!("Kept {}, which existed already.", file.display());
    }
    if let Some(l10n) = &created.l10n_file {
        println!(
            "Added {locale} to the locales of {}, for compare-locales and Pontoon.",
            l10n.display()
        );
    }
    match created.fallback.as_slice() {
        [] => println!(
            "Created {}/: every page is shown in English until it has a translation.",
            created.content_dir.display()
        ),
        fallback => {
            let chain: Vec<String> = fallback.iter().map(|l| l.to_string()).collect();
            println!(
                "Created {}/: a page not yet translated is shown in {}, or else in {}.",
                created.content_dir.display(),
                chain.join(", then "),
                created.source_locale
            );
            print_wrapped(
                &format!(
                    "The interface starts in English: to show {}'s text for a message until \
                     you translate it, delete that message from locales/{locale}/.",
                    chain[0]
                ),
                "  ",
            );
        }
    }
    println!();
    println!("Next steps (TRANSLATING.md explains each):");
    // main.ftl holds what every page shows: menus, notices, workshop sheets.
    let mut files: Vec<String> = created
        .message_files
        .iter()
        .map(|(file, _)| file.display().to_string())
        .collect();
    files.sort_by_key(|f| !f.ends_with("main.ftl"));
    match files.as_slice() {
        [] => println!("  1. Translate the interface in locales/{locale}/."),
        [only] => println!("  1. Translate the interface in {only}."),
        [first, rest @ ..] => println!(
            "  1. Translate the interface: {first} first, then {}.",
            rest.join(", ")
        ),
    }
    println!("     Replace the English text after each `=`, keep the ids and {{ $variables }},");
    println!("     and delete the `# TODO translate` line above each message you translate.");
    println!(
        "  2. Translate pages in a PO editor (`integra i18n export {locale}`, then `i18n import`),"
    );
    println!(
        "     or by copying them from content/{}/ to the same path in {}/.",
        created.source_locale,
        created.content_dir.display()
    );
    let (pillars, others): (Vec<&String>, Vec<&String>) = created
        .first_pages
        .iter()
        .partition(|p| p.starts_with("pillars/") && !p.ends_with("_index.md"));
    let mut first: Vec<String> = others.iter().map(|p| p.to_string()).collect();
    if !pillars.is_empty() {
        first.push(format!("the {} pillar guides in pillars/", pillars.len()));
    }
    if let Some((last, rest)) = first.split_last() {
        let pages = if rest.is_empty() {
            last.clone()
        } else {
            format!("{} and {last}", rest.join(", "))
        };
        print_wrapped(&format!("Start with {pages}."), "     ");
    }
    println!(
        "  3. Add `translation = \"draft\"` to each page's front matter until a native speaker"
    );
    println!(
        "     has reviewed it; then `integra i18n mark-translated content/{locale}/<page>.md`."
    );
    println!(
        "  4. Preview with `cargo run --release -- serve` and open http://127.0.0.1:8000{}{locale}/.",
        created.base_path
    );
    println!("  5. See what is left with `integra i18n status {locale}`.");
}
