# Soomaali (so): interface strings, translated from locales/en/p4c.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Hay'adaha
p4c-filters = Shaandhee liiska
p4c-filter-category = Nooca caawimaadda
p4c-filter-pillar = Tiirka
p4c-filter-region = Meesha
p4c-filter-language = Luqadaha lagu hadlo
p4c-show-all = Tus dhammaan hay'adaha iyo fursadaha
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] Hal natiijo ayaa ku habboon.
       *[other] { $count } natiijo ayaa ku habboon.
    }
p4c-opportunities = Fursado
p4c-organisations = Hay'ado
p4c-no-opportunities = Hadda ma jiraan fursado liiska ku jira. Hay'adaha hoose ayaa kuu sheegi kara waxa ay hadda bixiyaan.
p4c-no-entries = Waxba halkan kuma habboona shaandhooyinkan. Isku day shaandhooyin ka yar.
p4c-kind-organisation = Hay'ad
p4c-kind-opportunity = Fursad
p4c-unconfirmed = La-hawlgale weli ma xaqiijin: hubi ka hor intaadan qof dhallinyaro ah u gudbin.
p4c-unconfirmed-short = weli lama xaqiijin
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = Markii ugu dambeysay waxaa hay'adda lala xaqiijiyay { $date }. Faahfaahintu way is beddeshaa: hubi ka hor intaadan qof dhallinyaro ah u gudbin.
p4c-organisation = Waxaa bixiya
p4c-valid-until = Furan ilaa
p4c-places = Meelaha bannaan
p4c-website = Websaydh
p4c-phone = Taleefan
p4c-email = Iimayl
p4c-address = Cinwaan
p4c-source = Halka xogtani ka timid
p4c-pillar-heading = Hay'ado ku caawin kara
p4c-pillar-all = Dhammaan hay'adaha tiirkan

## Kinds of help: the closed list of categories.

p4c-category-training = Tababar
p4c-category-apprenticeship = Shaqo-ku-barasho
p4c-category-job = Shaqooyin
p4c-category-housing = Guri
p4c-category-legal = Talo sharci iyo xuquuq
p4c-category-financial = Lacag iyo bangi
p4c-category-education = Waxbarasho
p4c-category-health = Caafimaad
p4c-category-community = Bulsho iyo taageero
p4c-category-emergency = Xaalado degdeg ah
p4c-category-migration = Magangelyo iyo socdaal

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = Midowga Yurub oo dhan
p4c-country-IT = Talyaaniga
p4c-country-CY = Qubrus
p4c-country-PT = Boortaqiiska
p4c-country-GR = Giriigga
p4c-country-ES = Isbaanishka
p4c-country-FR = Faransiiska
