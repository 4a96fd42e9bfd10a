# Interface strings of the search page: Farsi (fa), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = جستجو
search-title = جستجو در این وب‌سایت
search-description = یک راهنما، برگهٔ کارگاه یا فصلی از کتاب سفید را با واژه‌هایی که در آن است پیدا کنید.
search-label = واژه‌هایی که دنبالشان هستید
search-button = جستجو
search-no-script = جستجو به JavaScript نیاز دارد که در این مرورگر خاموش است. می‌توانید همهٔ صفحه‌ها را از این فهرست‌ها پیدا کنید:
search-loading = در حال جستجو…
search-none = هیچ صفحه‌ای همهٔ این واژه‌ها را ندارد. واژه‌های کمتری را امتحان کنید، یا آغاز یک واژه را.
search-results-heading = صفحه‌های پیدا شده:
search-too-short = واژه‌ای با دو حرف یا بیشتر بنویسید.
search-failed = فهرست جستجو بارگذاری نشد. اگر آفلاین هستید، نخست این زبان را برای استفادهٔ آفلاین ذخیره کنید و دوباره امتحان کنید.
search-shown-in = به { $language }
