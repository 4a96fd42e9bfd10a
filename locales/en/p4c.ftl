# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Organisations
p4c-filters = Filter the directory
p4c-filter-category = Kind of help
p4c-filter-pillar = Pillar
p4c-filter-region = Where
p4c-filter-language = Languages spoken
p4c-show-all = Show all organisations and opportunities
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] One entry matches.
       *[other] { $count } entries match.
    }
p4c-opportunities = Opportunities
p4c-organisations = Organisations
p4c-no-opportunities = No opportunities are listed at the moment. The organisations below can tell you what they offer now.
p4c-no-entries = Nothing here matches these filters. Try fewer filters.
p4c-kind-organisation = Organisation
p4c-kind-opportunity = Opportunity
p4c-unconfirmed = Not yet confirmed by a partner: check before you refer a young person.
p4c-unconfirmed-short = not yet confirmed
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = Last confirmed with the organisation on { $date }. Details change: check before you refer a young person.
p4c-organisation = Offered by
p4c-valid-until = Open until
p4c-places = Places
p4c-website = Website
p4c-phone = Phone
p4c-email = Email
p4c-address = Address
p4c-source = Where this information comes from
p4c-pillar-heading = Organisations that can help
p4c-pillar-all = All organisations for this pillar

## Kinds of help: the closed list of categories.

p4c-category-training = Training
p4c-category-apprenticeship = Apprenticeships
p4c-category-job = Jobs
p4c-category-housing = Housing
p4c-category-legal = Legal advice and rights
p4c-category-financial = Money and banking
p4c-category-education = Education
p4c-category-health = Health
p4c-category-community = Community and support
p4c-category-emergency = Emergencies
p4c-category-migration = Asylum and migration

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = Across the EU
p4c-country-IT = Italy
p4c-country-CY = Cyprus
p4c-country-PT = Portugal
p4c-country-GR = Greece
p4c-country-ES = Spain
p4c-country-FR = France
