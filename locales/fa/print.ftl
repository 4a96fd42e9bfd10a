# Print packs: everything a mentor prints to work on one pillar. Persian (fa), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: بستهٔ چاپی
print-pack-intro = { $sheets ->
    [0] بخش راهنما برای منتورها. این ستون هنوز برگهٔ کارگاه ندارد.
   *[other] بخش راهنما برای منتورها و برگه‌های کارگاه‌های این ستون ({ $sheets })، آمادهٔ چاپ. هر برگه از یک صفحهٔ تازه شروع می‌شود.
}
print-pack-guide = از راهنمای «{ $guide }»: برای منتورها
print-pack-written-in = به زبان { $language }
print-pack-print = چاپ بسته
print-pack-back = بازگشت به راهنما
print-pack-link = چاپ برگه‌های این ستون
