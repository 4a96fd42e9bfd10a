# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: print pack
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] The section of the guide for mentors. This pillar has no workshop sheets yet.
    [one] The section of the guide for mentors and the pillar’s workshop sheet, ready to print.
   *[other] The section of the guide for mentors and the pillar’s { $sheets } workshop sheets, ready to print. Each sheet starts on a new page.
}
# $guide is the guide's title.
print-pack-guide = From the guide “{ $guide }”: for mentors
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = Written in { $language }
print-pack-print = Print the pack
print-pack-back = Back to the guide
# On the pillar guide, the link to its print pack.
print-pack-link = Print the pillar’s sheets
