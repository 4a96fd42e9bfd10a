# Українська (uk): interface strings, translated from locales/en/print.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: набір для друку
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] Розділ посібника для наставників. Для цієї опори ще немає аркушів занять.
    [one] Розділ посібника для наставників і { $sheets } аркуш заняття цієї опори, готові до друку.
    [few] Розділ посібника для наставників і { $sheets } аркуші занять цієї опори, готові до друку. Кожен аркуш починається з нової сторінки.
    [many] Розділ посібника для наставників і { $sheets } аркушів занять цієї опори, готові до друку. Кожен аркуш починається з нової сторінки.
   *[other] Розділ посібника для наставників і { $sheets } аркушів занять цієї опори, готові до друку. Кожен аркуш починається з нової сторінки.
}
# $guide is the guide's title.
print-pack-guide = З посібника «{ $guide }»: для наставників
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = Мовою: { $language }
print-pack-print = Надрукувати набір
print-pack-back = Назад до посібника
# On the pillar guide, the link to its print pack.
print-pack-link = Надрукувати аркуші цієї опори
