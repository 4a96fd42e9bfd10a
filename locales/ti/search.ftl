# ትግርኛ (ti): interface strings, translated from locales/en/search.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = ድለዩ
search-title = ኣብዚ መርበብ ሓበሬታ ድለዩ
# The page's description for search engines.
search-description = መምርሒ፣ ወረቐት ዓውደ-ስራሕ ወይ ምዕራፍ ናይቲ ጻዕዳ ወረቐት ብዘለዉዎ ቃላት ድለዩ።
search-label = እትደልይዎም ቃላት
search-button = ድለዩ
search-no-script = ምድላይ JavaScript የድልዮ፣ ኣብዚ ብራውዘር (browser) ግን ተዓጽዩ ኣሎ። ነፍሲ ወከፍ ገጽ ካብዞም ዝርዝራት ክትረኽብዎ ትኽእሉ ኢኹም:
search-loading = ይድለ ኣሎ…
search-none = ኩሎም እዞም ቃላት ዘለዉዎ ገጽ የለን። ውሑዳት ቃላት፣ ወይ መጀመርታ ናይ ሓደ ቃል ፈትኑ።
# Followed by the number of pages found.
search-results-heading = ዝተረኽቡ ገጻት:
search-too-short = ክልተ ፊደላት ወይ ልዕሊኡ ዘለዎ ቃል ጽሓፉ።
search-failed = ምድላይ ዝርዝሩ ከምጽእ ኣይከኣለን። ኢንተርነት እንተዘይብልኩም፣ ቅድም ነዚ ቋንቋ ብዘይ ኢንተርነት ንምንባብ ዓቕብዎ፣ ድሕሪኡ እንደገና ፈትኑ።
# A result shown in another language: $language is that language's name.
search-shown-in = ብቋንቋ { $language }
