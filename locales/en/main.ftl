# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA Mentoring
skip-to-content = Skip to content
language-menu = Language:
nav-label = Main menu
footer-nav-label = About this site
nav-home = Home
nav-pillars = The 9 pillars
nav-workshops = Workshops
nav-self-assessment = Self-assessment
nav-mentors = For mentors
nav-white-paper = White Paper
nav-about = About
nav-privacy = Privacy
footer-note = The INTEGRA Mentoring Integration Programme: support for young people leaving care, and for their mentors. This site uses no cookies and no tracking.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = This page is not yet translated into { $language }. Here it is in { $original }.
draft-notice = This is a draft translation. A native speaker has not checked it yet.
draft-notice-more = How translations work

## Home page

home-pillars-heading = The 9 pillars for autonomous living

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = Pillar { $number }
pillar-workshops = Workshops for this pillar
pillar-no-workshops = There are no workshops for this pillar yet.

## Workshops

workshop-sheet = Facilitator sheet
workshop-duration = Time
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
workshop-group-size = Group size
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] One young person
   *[other] { $count } young people
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = { $min } to { $max } young people
workshop-format = Format
format-one-to-one = One-to-one
format-group = Group
format-either = One-to-one or group
workshop-difficulty = Level
difficulty-introductory = Introductory
difficulty-intermediate = Intermediate
difficulty-advanced = Advanced
workshop-objectives = Objectives
workshop-materials = Materials
workshop-preparation = Preparation
print-sheet = Print this sheet
workshop-back = Back to the pillar

## White Paper

white-paper-contents = Contents
# $number (number): the White Paper chapter's number.
chapter-number = Chapter { $number }
chapter-nav-label = Chapters
chapter-previous = Previous:
chapter-next = Next:

## Page not found

not-found-title = Page not found
not-found-text = We could not find this page. It may have moved, or the address may have a typo.
not-found-home = Go to the home page

## Translation status page

nav-translate = Help translate
translate-title = Translations of this site
translate-intro = Volunteers translate this site. This page shows how far each language has come and what is still missing, so that you can see where your help counts most.
translate-how = To help, read the guide for translators, TRANSLATING.md, in the site’s source files, or contact the team that runs this site. Every translation starts as a draft until a native speaker has read it.
translate-overview = All languages
translate-language = Language
translate-interface = Interface
translate-pages = Pages
translate-drafts = Drafts
translate-stale = Out of date
# $language (text): the language's own name, such as "Español".
translate-missing-heading = Not yet translated into { $language }
translate-stale-heading = Out of date: the English page has changed since it was translated
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] one block changed
       *[other] { $count } blocks changed
    }
translate-english-page = English page
translate-po-file = PO file
translate-drafts-heading = Drafts waiting for a native speaker to review them
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] { $count } interface message is not translated yet.
   *[other] { $count } interface messages are not translated yet.
}
# $language (text): the source language's own name, "English".
translate-source = { $language } is the language the other translations start from.
translate-all-done = Nothing is missing.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Accessibility
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Handouts to print
handout-eyebrow = Handout to print
handout-used-in = Used in
easy-read-eyebrow = Easy read
easy-read-link = Short and simple: read the easy-read version
training-eyebrow = Training course
training-modules = The modules
# $number (Number) - the module's place in the course, from 1
training-module-number = Module { $number }
training-outcomes = Learning outcomes
training-nav-label = Modules of the course
training-previous = Previous module
training-next = Next module
country-eyebrow = Country guide
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Updated { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Written or last changed on { $date }.
country-review-pending = Legal review pending: no local professional has checked this guide yet.
country-review-pending-short = Legal review pending
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Reviewed by a local professional on { $date }.
country-reviewed-short = Reviewed by a local professional
country-confirm = Laws and practice change: before you act on it, a local lawyer or legal adviser must confirm what it says for the young person’s situation.
