# Soomaali (so): interface strings, translated from locales/en/search.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = Raadi
search-title = Ka raadi websaydhkan
# The page's description for search engines.
search-description = Hel hage, warqad fududeeye ama cutub ka mid ah Warqadda Cad, adigoo isticmaalaya erayada ku jira.
search-label = Erayada aad raadinayso
search-button = Raadi
search-no-script = Raadintu waxay u baahan tahay JavaScript, oo browser-kan ku xiran. Bog kasta waxaad ka heli kartaa liisaskan:
search-loading = Waa la raadinayaa…
search-none = Ma jiro bog ay ku jiraan dhammaan erayadan. Isku day erayo ka yar, ama bilowga eray.
# Followed by the number of pages found.
search-results-heading = Bogagga la helay:
search-too-short = Qor eray leh laba xaraf ama ka badan.
search-failed = Raadintu ma soo dejin karin tusmadeeda. Haddii aadan internet haysan, marka hore luqaddan u kaydi akhris internet la'aan ah, kadibna mar kale isku day.
# A result shown in another language: $language is that language's name.
search-shown-in = Ku qoran { $language }
