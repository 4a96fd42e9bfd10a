use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// One of the nine pillars for autonomous living. The ids are stable: they
/// appear in file names, URLs, front matter and the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PillarId {
    Education,
    Community,
    Health,
    Communication,
    Career,
    Finance,
    SelfDetermination,
    Bureaucracy,
    Housing,
}

impl PillarId {
    /// All pillars in the programme's order (the order of guides, charts and
    /// tie-breaks in scoring).
    pub const ALL: [PillarId; 9] = [
        PillarId::Education,
        PillarId::Community,
        PillarId::Health,
        PillarId::Communication,
        PillarId::Career,
        PillarId::Finance,
        PillarId::SelfDetermination,
        PillarId::Bureaucracy,
        PillarId::Housing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PillarId::Education => "education",
            PillarId::Community => "community",
            PillarId::Health => "health",
            PillarId::Communication => "communication",
            PillarId::Career => "career",
            PillarId::Finance => "finance",
            PillarId::SelfDetermination => "self-determination",
            PillarId::Bureaucracy => "bureaucracy",
            PillarId::Housing => "housing",
        }
    }

    /// Position in the programme's order, starting at 1.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|p| *p == self).unwrap_or(0) + 1
    }

    /// Where the pillar's guide lives below a locale, without extension:
    /// `pillars/housing` (the page `pillars/housing.md`, the address
    /// `/<locale>/pillars/housing/`).
    pub fn guide(self) -> String {
        format!("pillars/{self}")
    }
}

impl fmt::Display for PillarId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no pillar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPillar(pub String);

impl fmt::Display for UnknownPillar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ids: Vec<&str> = PillarId::ALL.iter().map(|p| p.as_str()).collect();
        write!(
            f,
            "unknown pillar `{}`; the pillars are: {}",
            self.0,
            ids.join(", ")
        )
    }
}

impl std::error::Error for UnknownPillar {}

impl FromStr for PillarId {
    type Err = UnknownPillar;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PillarId::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| UnknownPillar(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_strings_and_serde() {
        for pillar in PillarId::ALL {
            assert_eq!(pillar.as_str().parse::<PillarId>(), Ok(pillar));
            let json = format!("\"{}\"", pillar.as_str());
            let from_serde: PillarId = toml::Value::String(pillar.as_str().into())
                .try_into()
                .expect("serde accepts the id");
            assert_eq!(from_serde, pillar, "{json}");
        }
        assert_eq!(PillarId::SelfDetermination.number(), 7);
        assert!("self_determination".parse::<PillarId>().is_err());
    }
}
