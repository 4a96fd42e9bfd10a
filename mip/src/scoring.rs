//! Scoring a self-assessment: per pillar, the mean of the answered
//! statements on 0–100, a band in encouraging words, and the pillars to work
//! on first.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::questionnaire::{AnswerValue, ItemId, Questionnaire};
use crate::PillarId;

/// A young person's answers; skipped statements are simply absent.
pub type Answers = BTreeMap<ItemId, AnswerValue>;

/// Fewer answers than this in a pillar and the score would be a guess.
pub const MIN_ANSWERS: usize = 3;

/// "Work on first" names at most this many pillars: more is not a plan.
pub const MAX_PRIORITIES: usize = 3;

/// How a pillar stands, in words a young person can read without feeling
/// judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// Below 40: "Let’s work on this".
    WorkOn,
    /// 40 to 69: "Growing".
    Growing,
    /// 70 and above: "Strong".
    Strong,
    /// Fewer than [`MIN_ANSWERS`] answers.
    TooFew,
}

impl Band {
    /// Every band, weakest first, then [`Band::TooFew`].
    pub const ALL: [Band; 4] = [Band::WorkOn, Band::Growing, Band::Strong, Band::TooFew];

    fn of(score: u8) -> Band {
        match score {
            0..=39 => Band::WorkOn,
            40..=69 => Band::Growing,
            _ => Band::Strong,
        }
    }

    /// The band's stable id, such as `work-on`: its value in the JSON report
    /// and, after `band-`, the Fluent message that names it.
    pub fn id(self) -> &'static str {
        match self {
            Band::WorkOn => "work-on",
            Band::Growing => "growing",
            Band::Strong => "strong",
            Band::TooFew => "too-few",
        }
    }

    /// The Fluent message that names the band, such as `band-work-on`.
    pub fn message_id(self) -> String {
        format!("band-{self}")
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Band {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PillarScore {
    pub id: PillarId,
    /// 0–100, or `None` when too few statements were answered.
    pub score: Option<u8>,
    pub band: Band,
    pub answered: usize,
    /// How many statements the pillar has.
    pub items: usize,
    /// The answered statements with the pillar's lowest answer, in
    /// questionnaire order; empty when every answer is the top of the scale.
    /// Their workshops are the ones to suggest.
    pub lowest: Vec<ItemId>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub version: String,
    /// Every pillar, in programme order.
    pub pillars: Vec<PillarScore>,
    /// At most [`MAX_PRIORITIES`] scored pillars that are not yet strong,
    /// weakest first; ties keep programme order.
    pub priorities: Vec<PillarId>,
}

/// Scores `answers`, which must name only statements of `questionnaire`
/// (the request parser makes sure of it).
pub fn score(questionnaire: &Questionnaire, answers: &Answers) -> Report {
    let pillars: Vec<PillarScore> = questionnaire
        .pillars
        .iter()
        .map(|pillar| {
            let values: Vec<u32> = pillar
                .items()
                .filter_map(|item| answers.get(item))
                .map(|v| u32::from(v.get()))
                .collect();
            let lowest = match pillar.items().filter_map(|i| answers.get(i)).min() {
                Some(min) if min.get() < AnswerValue::MAX => pillar
                    .items()
                    .filter(|i| answers.get(*i) == Some(min))
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            };
            let answered = values.len();
            let score = (answered >= MIN_ANSWERS).then(|| {
                // Mean of 1..=5 mapped to 0..=100, rounded half up, in
                // integers so that equal answers always give equal scores.
                let sum: u32 = values.iter().sum();
                let n = answered as u32;
                let above_min = sum - n * u32::from(AnswerValue::MIN);
                let span = n * u32::from(AnswerValue::MAX - AnswerValue::MIN);
                ((above_min * 200 + span) / (2 * span)) as u8
            });
            PillarScore {
                id: pillar.id,
                score,
                band: score.map_or(Band::TooFew, Band::of),
                answered,
                items: pillar.statements.len(),
                lowest,
            }
        })
        .collect();
    let mut priorities: Vec<(u8, usize, PillarId)> = pillars
        .iter()
        .enumerate()
        .filter_map(|(order, p)| match (p.score, p.band) {
            (Some(score), Band::WorkOn | Band::Growing) => Some((score, order, p.id)),
            _ => None,
        })
        .collect();
    priorities.sort();
    Report {
        version: questionnaire.version.clone(),
        pillars,
        priorities: priorities
            .into_iter()
            .take(MAX_PRIORITIES)
            .map(|(_, _, id)| id)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn answers(pairs: &[(&str, u8)]) -> Answers {
        pairs
            .iter()
            .map(|(id, v)| {
                let item = Questionnaire::builtin()
                    .item(id)
                    .expect("a real item")
                    .clone();
                (item, AnswerValue::new(i64::from(*v)).unwrap())
            })
            .collect()
    }

    #[test]
    fn scores_map_the_mean_to_zero_to_one_hundred() {
        let q = Questionnaire::builtin();
        let report = score(
            q,
            &answers(&[
                ("health-register-doctor", 1),
                ("health-book-appointment", 1),
                ("health-emergency", 1),
                ("housing-options", 5),
                ("housing-afford-rent", 5),
                ("housing-repairs", 5),
                ("finance-save", 3),
                ("finance-scams", 4),
                ("finance-bank-account", 2),
                ("career-cv", 5),
            ]),
        );
        let by_id = |id| report.pillars.iter().find(|p| p.id == id).unwrap();
        assert_eq!(by_id(PillarId::Health).score, Some(0));
        assert_eq!(by_id(PillarId::Health).band, Band::WorkOn);
        assert_eq!(by_id(PillarId::Housing).score, Some(100));
        assert_eq!(by_id(PillarId::Housing).band, Band::Strong);
        assert_eq!(by_id(PillarId::Finance).score, Some(50));
        assert_eq!(by_id(PillarId::Finance).band, Band::Growing);
        // One answer is not enough to say anything.
        assert_eq!(by_id(PillarId::Career).score, None);
        assert_eq!(by_id(PillarId::Career).band, Band::TooFew);
        assert_eq!(by_id(PillarId::Career).answered, 1);
        assert_eq!(report.priorities, [PillarId::Health, PillarId::Finance]);
        assert_eq!(
            by_id(PillarId::Finance).lowest,
            [Questionnaire::builtin()
                .item("finance-bank-account")
                .unwrap()
                .clone()]
        );
        assert!(by_id(PillarId::Housing).lowest.is_empty());
        assert_eq!(by_id(PillarId::Health).lowest.len(), 3);
    }

    #[test]
    fn at_most_three_pillars_come_first() {
        let q = Questionnaire::builtin();
        let all_low: Answers = q
            .items()
            .map(|i| (i.clone(), AnswerValue::new(2).unwrap()))
            .collect();
        let report = score(q, &all_low);
        assert_eq!(
            report.priorities,
            [PillarId::Education, PillarId::Community, PillarId::Health]
        );
    }

    #[test]
    fn a_band_is_named_by_the_message_after_its_id() {
        assert_eq!(Band::WorkOn.message_id(), "band-work-on");
        assert_eq!(
            serde_json::to_value(Band::ALL).unwrap(),
            serde_json::json!(["work-on", "growing", "strong", "too-few"])
        );
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let items: Vec<ItemId> = Questionnaire::builtin().items().cloned().collect();
        proptest::collection::vec(proptest::option::of(1u8..=5), items.len()).prop_map(
            move |values| {
                items
                    .iter()
                    .zip(values)
                    .filter_map(|(item, v)| Some((item.clone(), AnswerValue::new(i64::from(v?))?)))
                    .collect()
            },
        )
    }

    proptest! {
        #[test]
        fn scores_stay_in_range_and_skips_are_counted(answers in any_answers()) {
            let q = Questionnaire::builtin();
            let report = score(q, &answers);
            prop_assert_eq!(report.pillars.len(), 9);
            for (pillar, items) in report.pillars.iter().zip(&q.pillars) {
                let answered = items.items().filter(|i| answers.contains_key(*i)).count();
                prop_assert_eq!(pillar.answered, answered);
                prop_assert_eq!(pillar.items, items.statements.len());
                let min = items.items().filter_map(|i| answers.get(i)).min();
                for item in items.items() {
                    let is_lowest = answers.contains_key(item) && answers.get(item) == min
                        && min.unwrap().get() < AnswerValue::MAX;
                    prop_assert_eq!(pillar.lowest.contains(item), is_lowest);
                }
                match pillar.score {
                    Some(s) => {
                        prop_assert!(s <= 100);
                        prop_assert!(answered >= MIN_ANSWERS);
                        prop_assert_eq!(pillar.band, Band::of(s));
                    }
                    None => {
                        prop_assert!(answered < MIN_ANSWERS);
                        prop_assert_eq!(pillar.band, Band::TooFew);
                    }
                }
            }
        }

        #[test]
        fn priorities_are_the_weaker_pillars_weakest_first_ties_in_order(answers in any_answers()) {
            let report = score(Questionnaire::builtin(), &answers);
            let position = |id: PillarId| PillarId::ALL.iter().position(|p| *p == id).unwrap();
            let score_of = |id: PillarId| report.pillars.iter().find(|p| p.id == id).unwrap().score.unwrap();
            for pair in report.priorities.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                prop_assert!(score_of(a) < score_of(b) || (score_of(a) == score_of(b) && position(a) < position(b)));
            }
            prop_assert!(report.priorities.len() <= MAX_PRIORITIES);
            let weaker = report.pillars.iter().filter(|p| matches!(p.band, Band::WorkOn | Band::Growing)).count();
            prop_assert_eq!(report.priorities.len(), weaker.min(MAX_PRIORITIES));
            for pillar in &report.pillars {
                if report.priorities.contains(&pillar.id) {
                    prop_assert!(matches!(pillar.band, Band::WorkOn | Band::Growing));
                } else if let (Some(last), Some(score)) = (report.priorities.last(), pillar.score) {
                    // Anything left out is no weaker than the last one listed.
                    if matches!(pillar.band, Band::WorkOn | Band::Growing) {
                        prop_assert!(score >= score_of(*last));
                    }
                }
            }
        }

        #[test]
        fn a_better_answer_never_lowers_a_score(answers in any_answers(), which in 0usize..68) {
            let q = Questionnaire::builtin();
            let items: Vec<&ItemId> = q.items().collect();
            let item = items[which % items.len()].clone();
            let mut better = answers.clone();
            let old = answers.get(&item).map_or(1, |v| v.get());
            if old < 5 && answers.contains_key(&item) {
                better.insert(item.clone(), AnswerValue::new(i64::from(old + 1)).unwrap());
                let pillar = q.pillar_of(item.as_str()).unwrap();
                let before = score(q, &answers).pillars.into_iter().find(|p| p.id == pillar).unwrap();
                let after = score(q, &better).pillars.into_iter().find(|p| p.id == pillar).unwrap();
                prop_assert!(after.score >= before.score);
            }
        }
    }
}
