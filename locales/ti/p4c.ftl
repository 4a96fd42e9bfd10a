# ትግርኛ (ti): interface strings, translated from locales/en/p4c.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = ትካላት
p4c-filters = ዝርዝር ትካላት ኣጻርዩ
p4c-filter-category = ዓይነት ሓገዝ
p4c-filter-pillar = ዓንዲ
p4c-filter-region = ኣበይ
p4c-filter-language = ዝዝረቡ ቋንቋታት
p4c-show-all = ኩሎም ትካላትን ዕድላትን ኣርእዩ
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] { $count } መዝገብ ይሰማማዕ።
       *[other] { $count } መዛግብ ይሰማምዑ።
    }
p4c-opportunities = ዕድላት
p4c-organisations = ትካላት
p4c-no-opportunities = ኣብዚ እዋን ዝተዘርዘረ ዕድል የለን። እቶም ኣብ ታሕቲ ዘለዉ ትካላት ሕጂ እንታይ ከም ዘቕርቡ ክነግሩኹም ይኽእሉ እዮም።
p4c-no-entries = ምስዞም መጻረዪታት ዝሰማማዕ የለን። ውሑዳት መጻረዪታት ፈትኑ።
p4c-kind-organisation = ትካል
p4c-kind-opportunity = ዕድል
p4c-unconfirmed = ገና ብመሻርኽቲ ኣይተረጋገጸን: ንመንእሰይ ናብኡ ቅድሚ ምልኣኽኩም ኣረጋግጹ።
p4c-unconfirmed-short = ገና ኣይተረጋገጸን
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = ምስቲ ትካል ንመወዳእታ ግዜ ዝተረጋገጸሉ ዕለት: { $date }። ሓበሬታ ይቕየር እዩ: ንመንእሰይ ናብኡ ቅድሚ ምልኣኽኩም ኣረጋግጹ።
p4c-organisation = ዘቕርቦ
p4c-valid-until = ክፉት ክሳብ
p4c-places = ዘለዉ ቦታታት
p4c-website = መርበብ ሓበሬታ
p4c-phone = ተሌፎን
p4c-email = ኢመይል
p4c-address = ኣድራሻ
p4c-source = እዚ ሓበሬታ ካበይ ከም ዝመጸ
p4c-pillar-heading = ክሕግዙ ዝኽእሉ ትካላት
p4c-pillar-all = ኩሎም ትካላት ናይዚ ዓንዲ

## Kinds of help: the closed list of categories.

p4c-category-training = ስልጠና
p4c-category-apprenticeship = ልምምድ ሞያ
p4c-category-job = ስራሓት
p4c-category-housing = መንበሪ ገዛ
p4c-category-legal = ሕጋዊ ምኽርን መሰላትን
p4c-category-financial = ገንዘብን ባንክን
p4c-category-education = ትምህርቲ
p4c-category-health = ጥዕና
p4c-category-community = ማሕበረሰብን ደገፍን
p4c-category-emergency = ህጹጽ ኩነታት
p4c-category-migration = ዑቕባን ስደትን

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = ኣብ መላእ ሕብረት ኤውሮጳ
p4c-country-IT = ኢጣልያ
p4c-country-CY = ቆጵሮስ
p4c-country-PT = ፖርቱጋል
p4c-country-GR = ግሪኽ
p4c-country-ES = ስጳኛ
p4c-country-FR = ፈረንሳ
