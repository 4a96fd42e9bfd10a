# اردو (ur): interface strings, draft translation from locales/en/print.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: پرنٹ پیک
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] مینٹورز کے لیے گائیڈ کا حصہ۔ اس ستون کی ابھی کوئی ورکشاپ شیٹ نہیں ہے۔
    [one] مینٹورز کے لیے گائیڈ کا حصہ اور اس ستون کی ورکشاپ شیٹ، پرنٹ کے لیے تیار۔
   *[other] مینٹورز کے لیے گائیڈ کا حصہ اور اس ستون کی { $sheets } ورکشاپ شیٹس، پرنٹ کے لیے تیار۔ ہر شیٹ نئے صفحے سے شروع ہوتی ہے۔
}
# $guide is the guide's title.
print-pack-guide = گائیڈ "{ $guide }" سے: مینٹورز کے لیے
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = { $language } میں لکھا گیا
print-pack-print = پیک پرنٹ کریں
print-pack-back = گائیڈ پر واپس جائیں
# On the pillar guide, the link to its print pack.
print-pack-link = اس ستون کی شیٹس پرنٹ کریں
