# ትግርኛ (ti): interface strings, translated from locales/en/main.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA ኣማኻርነት
skip-to-content = ናብ ትሕዝቶ ሕለፉ
language-menu = ቋንቋ:
nav-label = ቀንዲ ዝርዝር
footer-nav-label = ብዛዕባ እዚ መርበብ ሓበሬታ
nav-home = መበገሲ ገጽ
nav-pillars = 9 ኣዕኑድ
nav-workshops = ዓውደ-ስራሓት
nav-self-assessment = ርእሰ-ገምጋም
nav-mentors = ንኣማኸርቲ
nav-white-paper = ጻዕዳ ወረቐት
nav-about = ብዛዕባና
nav-privacy = ብሕታውነት
footer-note = ፕሮግራም ምውህሃድ ብኣማኻርነት INTEGRA: ሓገዝ ንካብ ክንክን ዝወጹ መንእሰያትን ንኣማኸርቶምን። እዚ መርበብ ሓበሬታ cookies (ንኣሽቱ ፋይላት መከታተሊ) ኣይጥቀምን፣ ንዝገበርኩምዎ ድማ ኣይከታተልን።

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = እዚ ገጽ ገና ናብ { $language } ኣይተተርጎመን። ኣብዚ ብቋንቋ { $original } ተጻሒፉ ኣሎ።
draft-notice = እዚ ረቂቕ ትርጉም እዩ። ቋንቋ ኣደኡ ዝኾነ ሰብ ገና ኣይፈተሾን።
draft-notice-more = ትርጉማት ከመይ ከም ዝስርሑ

## Home page

home-pillars-heading = ብነብሲ ንምንባር ዝሕግዙ 9 ኣዕኑድ

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = ዓንዲ { $number }
pillar-workshops = ዓውደ-ስራሓት ናይዚ ዓንዲ
pillar-no-workshops = ነዚ ዓንዲ ገና ዓውደ-ስራሕ የለን።

## Workshops

workshop-sheet = ወረቐት ኣወሃሃዲ
workshop-duration = ግዜ
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}
workshop-group-size = ብዝሒ ጉጅለ
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] { $count } መንእሰይ
   *[other] { $count } መንእሰያት
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = ካብ { $min } ክሳብ { $max } መንእሰያት
workshop-format = ኣገባብ
format-one-to-one = ሓደ ንሓደ
format-group = ብጉጅለ
format-either = ሓደ ንሓደ ወይ ብጉጅለ
workshop-difficulty = ደረጃ
difficulty-introductory = መእተዊ
difficulty-intermediate = ማእከላይ
difficulty-advanced = ላዕለዋይ
workshop-objectives = ዕላማታት
workshop-materials = ዘድልዩ ኣቑሑ
workshop-preparation = ምድላው
print-sheet = ነዚ ወረቐት ሕተሙ
workshop-back = ናብቲ ዓንዲ ተመለሱ

## White Paper

white-paper-contents = ትሕዝቶ
# $number (number): the White Paper chapter's number.
chapter-number = ምዕራፍ { $number }
chapter-nav-label = ምዕራፋት
chapter-previous = ዝቐደመ:
chapter-next = ዝቕጽል:

## Page not found

not-found-title = እዚ ገጽ ኣይተረኽበን
not-found-text = ነዚ ገጽ ክንረኽቦ ኣይከኣልናን። ናብ ካልእ ቦታ ተቐዪሩ ክኸውን ይኽእል፣ ወይ ኣብቲ ኣድራሻ ናይ ጽሕፈት ጌጋ ክህሉ ይኽእል።
not-found-home = ናብ መበገሲ ገጽ ኪዱ

## Translation status page

nav-translate = ኣብ ትርጉም ሓግዙ
translate-title = ትርጉማት ናይዚ መርበብ ሓበሬታ
translate-intro = ነዚ መርበብ ሓበሬታ ወለንተኛታት እዮም ዝትርጉምዎ። እዚ ገጽ ነፍሲ ወከፍ ቋንቋ ክሳብ ክንደይ ከም ዝበጽሐን እንታይ ገና ከም ዝጎደሎን የርኢ። ስለዚ ሓገዝኩም ኣበይ ብዝያዳ ከም ዘድሊ ክትርእዩ ትኽእሉ ኢኹም።
translate-how = ክትሕግዙ እንተደሊኹም፣ ኣብ ፋይላት ምንጪ ናይዚ መርበብ ሓበሬታ ዘሎ መምርሒ ተርጎምቲ (TRANSLATING.md) ኣንብቡ፣ ወይ ነቲ ነዚ መርበብ ሓበሬታ ዘካይድ ጉጅለ ተወከሱ። ነፍሲ ወከፍ ትርጉም፣ ቋንቋ ኣደኡ ዝኾነ ሰብ ክሳብ ዘንበቦ፣ ከም ረቂቕ እዩ ዝጅምር።
translate-overview = ኩሎም ቋንቋታት
translate-language = ቋንቋ
translate-interface = ገጽ መጠቐሚ
translate-pages = ገጻት
translate-drafts = ረቂቓት
translate-stale = ዘይተሓደሰ
# $language (text): the language's own name, such as "Español".
translate-missing-heading = ገና ናብ { $language } ዘይተተርጎመ
translate-stale-heading = ዘይተሓደሰ: እቲ ናይ እንግሊዝኛ ገጽ ድሕሪ ምትርጓሙ ተቐይሩ እዩ
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] { $count } ክፋል ተቐይሩ
       *[other] { $count } ክፋላት ተቐይሮም
    }
translate-english-page = ናይ እንግሊዝኛ ገጽ
translate-po-file = PO ፋይል
translate-drafts-heading = ቋንቋ ኣደኦም ዝኾነ ሰባት ክፍትሽዎም ዝጽበዩ ረቂቓት
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] { $count } መልእኽቲ ናይ ገጽ መጠቐሚ ገና ኣይተተርጎመን።
   *[other] { $count } መልእኽትታት ናይ ገጽ መጠቐሚ ገና ኣይተተርጎሙን።
}
# $language (text): the source language's own name, "English".
translate-source = { $language } እቲ ካልኦት ትርጉማት ዝጅምሩሉ ቋንቋ እዩ።
translate-all-done = ዝጎደለ የለን።

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = ተበጻሕነት
# Between the items of a short inline list.
list-separator = {"፣ "}
workshop-handouts = ዝሕተሙ ወረቓቕቲ ሓበሬታ
handout-eyebrow = ዝሕተም ወረቐት ሓበሬታ
handout-used-in = ዝጥቀሙሉ ዓውደ-ስራሓት
easy-read-eyebrow = ቀሊል ንባብ
easy-read-link = ሓጺርን ቀሊልን: ብቐሊል ቋንቋ ዝተጻሕፈ ኣንብቡ
training-eyebrow = ኮርስ ስልጠና
training-modules = ክፋላት ናይቲ ኮርስ
# $number (Number) - the module's place in the course, from 1
training-module-number = ክፋል { $number }
training-outcomes = ውጽኢታት ትምህርቲ
training-nav-label = ክፋላት ናይቲ ኮርስ
training-previous = ዝቐደመ ክፋል
training-next = ዝቕጽል ክፋል
country-eyebrow = መምርሒ ሃገር
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = ተሓዲሱ: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = ኣብ { $date } ተጻሒፉ ወይ ንመወዳእታ ግዜ ተቐይሩ።
country-review-pending = ሕጋዊ ምርመራ ይጽበ ኣሎ: ገና ዝኾነ ናይቲ ከባቢ ሰብ ሞያ ነዚ መምርሒ ኣይፈተሾን።
country-review-pending-short = ሕጋዊ ምርመራ ይጽበ ኣሎ
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = ኣብ { $date } ብናይቲ ከባቢ ሰብ ሞያ ተፈቲሹ።
country-reviewed-short = ብናይቲ ከባቢ ሰብ ሞያ ተፈቲሹ
country-confirm = ሕግታትን ኣሰራርሓን ይቕየሩ እዮም: ብመሰረት እዚ ቅድሚ ስጉምቲ ምውሳድኩም፣ ናይቲ ከባቢ ጠበቓ ወይ ካልእ ሰብ ሞያ ሕጊ ንኩነታት እቲ መንእሰይ እንታይ ከም ዝምልከት ከረጋግጽ ኣለዎ።
