# پښتو (ps): interface strings, a draft translation of locales/en/print.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: د چاپ کڅوړه
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] د منتورانو لپاره د لارښود برخه. دا ستنه لا د ورکشاپ پاڼې نه لري.
    [one] د منتورانو لپاره د لارښود برخه او د دې ستنې د ورکشاپ پاڼه، د چاپ لپاره چمتو.
   *[other] د منتورانو لپاره د لارښود برخه او د دې ستنې { $sheets } د ورکشاپ پاڼې، د چاپ لپاره چمتو. هره پاڼه په نوي مخ پیلېږي.
}
# $guide is the guide's title.
print-pack-guide = د «{ $guide }» لارښود څخه: د منتورانو لپاره
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = په { $language } لیکل شوې
print-pack-print = کڅوړه چاپ کړئ
print-pack-back = لارښود ته بېرته
# On the pillar guide, the link to its print pack.
print-pack-link = د دې ستنې پاڼې چاپ کړئ
