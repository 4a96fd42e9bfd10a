# Interface strings of the search page: Arabic (ar), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = بحث
search-title = البحث في هذا الموقع
search-description = ابحث عن دليل أو بطاقة ورشة عمل أو فصل من الورقة البيضاء من خلال الكلمات التي فيه.
search-label = الكلمات التي تبحث عنها
search-button = بحث
search-no-script = يحتاج البحث إلى JavaScript، وهو متوقف في هذا المتصفح. يمكنك الوصول إلى كل الصفحات من هذه القوائم:
search-loading = جارٍ البحث…
search-none = لا توجد صفحة فيها كل هذه الكلمات. جرّب كلمات أقل، أو بداية كلمة.
search-results-heading = الصفحات التي وُجدت:
search-too-short = اكتب كلمة من حرفين أو أكثر.
search-failed = تعذّر تحميل فهرس البحث. إذا كنت غير متصل بالإنترنت، احفظ هذه اللغة أولًا للاستخدام دون اتصال، ثم حاول مرة أخرى.
search-shown-in = بـ{ $language }
