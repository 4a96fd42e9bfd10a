//! The self-assessment questionnaire: statements grouped by pillar, the
//! answer scale and a version. The data is `mip/questionnaire.toml`, built
//! into every program that uses it so that the generator's forms and the
//! function's scoring can never disagree.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::PillarId;

/// A statement's stable id, such as `health-register-doctor`. Its text is
/// the Fluent message `q-<id>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(String);

impl ItemId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An answer on the 5-point scale, from 1 ("not yet") to 5 ("yes, on my
/// own"). A skipped statement has no answer at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct AnswerValue(u8);

impl AnswerValue {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: i64) -> Option<AnswerValue> {
        u8::try_from(value)
            .ok()
            .filter(|v| (Self::MIN..=Self::MAX).contains(v))
            .map(AnswerValue)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Every value of the scale, lowest first.
    pub fn all() -> impl Iterator<Item = AnswerValue> {
        (Self::MIN..=Self::MAX).map(AnswerValue)
    }
}

/// A workshop's stable id: the file name, without `.md`, of its sheet under
/// `content/<locale>/workshops/`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WorkshopId(String);

impl WorkshopId {
    pub fn new(id: impl Into<String>) -> WorkshopId {
        WorkshopId(id.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WorkshopId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One statement: a single skill the young person rates, and where to build
/// it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: ItemId,
    /// The workshops that build this skill, most useful first.
    pub workshops: Vec<WorkshopId>,
    /// A heading anchor in the pillar's guide, for a statement that has no
    /// workshop (yet).
    #[serde(default)]
    pub guide: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PillarStatements {
    pub id: PillarId,
    pub statements: Vec<Statement>,
}

impl PillarStatements {
    pub fn items(&self) -> impl Iterator<Item = &ItemId> {
        self.statements.iter().map(|s| &s.id)
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub version: String,
    pub pillars: Vec<PillarStatements>,
}

/// `mip/questionnaire.toml`, as built into this program.
pub const SOURCE: &str = include_str!("../questionnaire.toml");

/// Where the questionnaire's source is, for messages.
pub const SOURCE_PATH: &str = "mip/questionnaire.toml";

/// Statements per pillar: enough to say something, few enough for a phone.
pub const ITEMS_PER_PILLAR: std::ops::RangeInclusive<usize> = 5..=8;

static BUILTIN: LazyLock<Questionnaire> = LazyLock::new(|| {
    Questionnaire::parse(SOURCE).unwrap_or_else(|e| {
        panic!(
            "{SOURCE_PATH}:{}: {} (checked by its unit test)",
            e.line, e.message
        )
    })
});

/// Why a questionnaire's text is not a questionnaire, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// From 1; the first line when the problem is the file as a whole.
    pub line: usize,
    pub message: String,
}

impl Questionnaire {
    /// The questionnaire shipped with this build.
    pub fn builtin() -> &'static Questionnaire {
        &BUILTIN
    }

    /// Reads a questionnaire from the text of a file such as
    /// `mip/questionnaire.toml`, and [validates](Self::validate) it.
    pub fn parse(source: &str) -> Result<Questionnaire, ParseError> {
        let q: Questionnaire = toml::from_str(source).map_err(|e| ParseError {
            line: e.span().map_or(1, |span| {
                source[..span.start.min(source.len())].matches('\n').count() + 1
            }),
            message: e.message().trim().to_string(),
        })?;
        q.validate()
            .map_err(|message| ParseError { line: 1, message })?;
        Ok(q)
    }

    /// Checks the rules every questionnaire keeps: the nine pillars once each
    /// in programme order, 5–8 statements each, ids unique and named after
    /// their pillar.
    pub fn validate(&self) -> Result<(), String> {
        let order: Vec<PillarId> = self.pillars.iter().map(|p| p.id).collect();
        if order != PillarId::ALL {
            return Err(format!(
                "the pillars must be the nine, in programme order; found {order:?}"
            ));
        }
        let mut seen = HashSet::new();
        for pillar in &self.pillars {
            if !ITEMS_PER_PILLAR.contains(&pillar.statements.len()) {
                return Err(format!(
                    "pillar `{}` has {} statements; it needs {} to {}",
                    pillar.id,
                    pillar.statements.len(),
                    ITEMS_PER_PILLAR.start(),
                    ITEMS_PER_PILLAR.end()
                ));
            }
            for item in pillar.items() {
                if !item.0.starts_with(&format!("{}-", pillar.id)) {
                    return Err(format!(
                        "statement `{item}` must start with `{}-`",
                        pillar.id
                    ));
                }
                if !seen.insert(item) {
                    return Err(format!("statement `{item}` appears twice"));
                }
            }
        }
        if self.version.trim().is_empty() {
            return Err("the version is empty".into());
        }
        Ok(())
    }

    /// The pillar a statement belongs to.
    pub fn pillar_of(&self, item: &str) -> Option<PillarId> {
        self.pillars
            .iter()
            .find(|p| p.items().any(|i| i.0 == item))
            .map(|p| p.id)
    }

    pub fn item(&self, item: &str) -> Option<&ItemId> {
        self.items().find(|i| i.0 == item)
    }

    pub fn statement(&self, item: &str) -> Option<&Statement> {
        self.statements().find(|s| s.id.0 == item)
    }

    /// Every statement, in questionnaire order.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.pillars.iter().flat_map(|p| &p.statements)
    }

    /// Every statement's id, in questionnaire order: the order of the
    /// digits of a hand-over link.
    pub fn items(&self) -> impl Iterator<Item = &ItemId> {
        self.statements().map(|s| &s.id)
    }

    /// The line of [`SOURCE`] that declares a statement: ids are unique, so
    /// the first line with `id = "<id>"` is the one.
    pub fn line_of(item: &ItemId) -> Option<usize> {
        let needle = format!("id = \"{item}\"");
        SOURCE
            .lines()
            .position(|line| line.contains(&needle))
            .map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_questionnaire_is_valid() {
        let q = Questionnaire::builtin();
        assert_eq!(q.pillars.len(), 9);
        assert_eq!(q.pillar_of("housing-repairs"), Some(PillarId::Housing));
        assert_eq!(q.items().count(), 68);
        let line = Questionnaire::line_of(q.item("housing-repairs").unwrap()).unwrap();
        assert!(SOURCE
            .lines()
            .nth(line - 1)
            .unwrap()
            .contains("raising-a-repair-problem"));
    }

    #[test]
    fn validation_names_the_problem() {
        let mut q = Questionnaire::builtin().clone();
        q.pillars[2].statements.truncate(4);
        assert!(q
            .validate()
            .unwrap_err()
            .contains("`health` has 4 statements"));
        let mut q = Questionnaire::builtin().clone();
        q.pillars.swap(0, 1);
        assert!(q.validate().unwrap_err().contains("programme order"));
        let mut q = Questionnaire::builtin().clone();
        q.pillars[0].statements[1] = q.pillars[0].statements[0].clone();
        assert!(q.validate().unwrap_err().contains("appears twice"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 256,
            failure_persistence: None,
            ..Default::default()
        })]

        /// Mutated copies of the shipped file are read or refused with a
        /// line, never a panic.
        #[test]
        fn a_mutated_questionnaire_is_read_or_refused_at_a_line(
            edits in proptest::collection::vec(
                (proptest::arbitrary::any::<proptest::sample::Index>(), 0usize..4, proptest::collection::vec(proptest::arbitrary::any::<u8>(), 0..12)),
                1..6,
            )
        ) {
            let mut bytes = SOURCE.as_bytes().to_vec();
            for (at, how, new) in edits {
                let at = at.index(bytes.len() + 1);
                match how {
                    0 => { bytes.splice(at..at, new); }
                    1 => { bytes.drain(at..(at + new.len() + 1).min(bytes.len())); }
                    2 => bytes.truncate(at),
                    _ => {
                        let deep = "[".repeat(new.len() * 300);
                        bytes.splice(at..at, deep.into_bytes());
                    }
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            if let Err(e) = Questionnaire::parse(&text) {
                proptest::prop_assert!((1..=text.lines().count().max(1) + 1).contains(&e.line), "{e:?}");
                proptest::prop_assert!(!e.message.is_empty());
            }
        }
    }

    #[test]
    fn answer_values_are_one_to_five() {
        assert!(AnswerValue::new(0).is_none());
        assert!(AnswerValue::new(6).is_none());
        assert_eq!(AnswerValue::new(5).unwrap().get(), 5);
        assert_eq!(AnswerValue::all().count(), 5);
    }
}
