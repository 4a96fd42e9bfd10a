# اردو (ur): interface strings, draft translation from locales/en/search.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = تلاش
search-title = اس سائٹ میں تلاش کریں
# The page's description for search engines.
search-description = کوئی گائیڈ، ورکشاپ شیٹ یا وائٹ پیپر کا باب اس میں لکھے الفاظ سے ڈھونڈیں۔
search-label = کون سے الفاظ ڈھونڈنے ہیں
search-button = تلاش کریں
search-no-script = تلاش کے لیے JavaScript ضروری ہے، جو اس براؤزر میں بند ہے۔ ہر صفحہ ان فہرستوں میں موجود ہے:
search-loading = تلاش ہو رہی ہے…
search-none = کسی صفحے میں یہ سب الفاظ نہیں ملے۔ کم الفاظ آزمائیں، یا کسی لفظ کا صرف شروع والا حصہ۔
# Followed by the number of pages found.
search-results-heading = ملنے والے صفحات:
search-too-short = کم از کم دو حروف کا لفظ لکھیں۔
search-failed = تلاش اپنا انڈیکس لوڈ نہیں کر سکی۔ اگر آپ آف لائن ہیں تو پہلے یہ زبان آف لائن استعمال کے لیے محفوظ کریں، پھر دوبارہ کوشش کریں۔
# A result shown in another language: $language is that language's name.
search-shown-in = { $language } میں
