//! The hand-over link and its QR code: the answers move from the young
//! person's phone to the mentor's in the link's fragment, which browsers
//! never send to a server.
//!
//! The endpoint draws the code because it already holds the answers for
//! scoring: a QR library in the page would add 11 KB of script to every
//! visit of the self-assessment, whose weight has a budget, and the page
//! without JavaScript can show the code too.

use serde::Serialize;

use crate::questionnaire::Questionnaire;
use crate::scoring::Answers;

/// Longer page addresses are refused: the link must fit a QR code that a
/// phone camera reads at arm's length.
pub const MAX_PAGE_URL: usize = 300;

/// The address of the self-assessment page that sent the answers, checked
/// to be an absolute http(s) address with no fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageUrl(String);

impl PageUrl {
    /// `None` for anything but an absolute http(s) address written with
    /// the characters RFC 3986 allows in one, without `#`, at most
    /// [`MAX_PAGE_URL`] bytes.
    pub fn parse(text: &str) -> Option<PageUrl> {
        let scheme_ok = text.starts_with("https://") || text.starts_with("http://");
        let chars_ok = text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~:/?[]@!$&'()*+,;=%".contains(&b));
        (scheme_ok && chars_ok && text.len() <= MAX_PAGE_URL).then(|| PageUrl(text.to_string()))
    }
}

/// What the page needs to hand the results over: the link and its code.
#[derive(Clone, Debug, Serialize)]
pub struct Handover {
    /// `<page>#r=<version>~<digits>`: one digit per statement in
    /// questionnaire order, `0` for a skipped one.
    pub link: String,
    pub qr: Qr,
}

/// A QR code (error correction level M) as its modules.
#[derive(Clone, Debug, Serialize)]
pub struct Qr {
    /// Modules per side.
    pub size: u32,
    /// `size * size` characters, row by row from the top left: `1` dark,
    /// `0` light. The quiet zone around the code is not included.
    pub modules: String,
}

impl Qr {
    /// The code as an SVG image with a four-module quiet zone, one path
    /// segment per run of dark modules in a row.
    pub fn svg(&self, label: &str) -> String {
        let side = self.size as usize;
        let mut path = String::new();
        for (y, row) in self.modules.as_bytes().chunks(side).enumerate() {
            let mut x = 0;
            while x < side {
                if row[x] == b'1' {
                    let start = x;
                    while x < side && row[x] == b'1' {
                        x += 1;
                    }
                    path.push_str(&format!(
                        "M{} {}h{}v1h-{}z",
                        start + 4,
                        y + 4,
                        x - start,
                        x - start
                    ));
                } else {
                    x += 1;
                }
            }
        }
        let n = side + 8;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>",
            crate::escape_html(label)
        )
    }
}

/// The hand-over of `answers` from `page`.
pub fn handover(questionnaire: &Questionnaire, answers: &Answers, page: &PageUrl) -> Handover {
    let digits: String = questionnaire
        .items()
        .map(|item| {
            answers
                .get(item)
                .map_or('0', |v| char::from(b'0' + v.get()))
        })
        .collect();
    let address = format!("{}#r={}~", page.0, questionnaire.version);
    // The digits in numeric mode (10 bits for 3 digits rather than 24)
    // make a smaller code, which a camera reads from further away.
    let segments = [
        qrcodegen::QrSegment::make_bytes(address.as_bytes()),
        qrcodegen::QrSegment::make_numeric(&digits),
    ];
    // One fixed mask: trying all eight for the lowest penalty, as
    // encoders may, took 200 µs of the request's 240 µs, beyond the
    // endpoint's 50 µs budget, and every decoder reads every mask (the
    // journey test reads the code from a screenshot with zbar). A checked
    // page address and one digit per statement always fit: at level M a
    // QR code holds 2,331 bytes.
    let code = qrcodegen::QrCode::encode_segments_advanced(
        &segments,
        qrcodegen::QrCodeEcc::Medium,
        qrcodegen::Version::MIN,
        qrcodegen::Version::MAX,
        Some(qrcodegen::Mask::new(0)),
        true,
    )
    .expect("a hand-over link fits a QR code");
    let link = address + &digits;
    let size = code.size();
    let modules = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| if code.get_module(x, y) { '1' } else { '0' })
        .collect();
    Handover {
        link,
        qr: Qr {
            size: size as u32,
            modules,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnswerValue;

    #[test]
    fn page_addresses_are_checked() {
        assert!(PageUrl::parse("https://mip.example.org/en/self-assessment/").is_some());
        assert!(PageUrl::parse("http://127.0.0.1:1111/mip/ar/self-assessment/").is_some());
        for bad in [
            "javascript:alert(1)",
            "/en/self-assessment/",
            "https://x.org/#r=1",
            "https://x.org/a b",
            "https://x.org/\u{e9}",
            "https://x.org/<script>",
            "https://x.org/\"a",
            "ftp://x.org/",
        ] {
            assert!(PageUrl::parse(bad).is_none(), "{bad}");
        }
        let long = format!("https://x.org/{}", "a".repeat(MAX_PAGE_URL));
        assert!(PageUrl::parse(&long).is_none());
    }

    #[test]
    fn the_link_has_one_digit_per_statement_in_questionnaire_order() {
        let questionnaire = Questionnaire::builtin();
        let items: Vec<_> = questionnaire.items().cloned().collect();
        let mut answers = Answers::new();
        answers.insert(items[0].clone(), AnswerValue::new(4).unwrap());
        answers.insert(items[2].clone(), AnswerValue::new(1).unwrap());
        let page = PageUrl::parse("https://mip.example.org/en/self-assessment/").unwrap();
        let handover = handover(questionnaire, &answers, &page);
        let expected_digits = format!("401{}", "0".repeat(items.len() - 3));
        assert_eq!(
            handover.link,
            format!(
                "https://mip.example.org/en/self-assessment/#r={}~{expected_digits}",
                questionnaire.version
            )
        );
        let side = handover.qr.size as usize;
        assert_eq!(handover.qr.modules.len(), side * side);
        // Every QR code has a finder pattern in its top-left corner: a dark
        // 7x7 ring around a light ring around a dark 3x3 square.
        let row = |y: usize| &handover.qr.modules[y * side..y * side + 7];
        assert_eq!(row(0), "1111111");
        assert_eq!(row(1), "1000001");
        assert_eq!(row(3), "1011101");
        let svg = handover.qr.svg("Show <it>");
        assert!(svg.contains("aria-label=\"Show &lt;it&gt;\""), "{svg}");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
