# Soomaali (so): interface strings, translated from locales/en/print.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: xirmada daabacaadda
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] Qaybta hagaha ee lataliyeyaasha. Tiirkan weli ma laha warqado fududeeye.
    [one] Qaybta hagaha ee lataliyeyaasha iyo warqadda fududeeyaha ee tiirka, oo diyaar u ah in la daabaco.
   *[other] Qaybta hagaha ee lataliyeyaasha iyo warqadaha fududeeyaha ee tiirka ({ $sheets } warqadood), oo diyaar u ah in la daabaco. Warqad kastaa waxay ka bilaabataa bog cusub.
}
# $guide is the guide's title.
print-pack-guide = Laga soo qaaday hagaha “{ $guide }”: loogu talagalay lataliyeyaasha
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = Ku qoran { $language }
print-pack-print = Daabac xirmada
print-pack-back = Ku noqo hagaha
# On the pillar guide, the link to its print pack.
print-pack-link = Daabac warqadaha tiirka
