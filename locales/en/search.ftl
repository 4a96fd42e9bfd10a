# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = Search
search-title = Search this site
# The page's description for search engines.
search-description = Find a guide, a workshop sheet or a chapter of the White Paper by the words in it.
search-label = Words to look for
search-button = Search
search-no-script = Search needs JavaScript, which is off in this browser. You can find every page from these lists:
search-loading = Searching…
search-none = No page has all of these words. Try fewer words, or the start of a word.
# Followed by the number of pages found.
search-results-heading = Pages found:
search-too-short = Type a word of two letters or more.
search-failed = Search could not load its index. If you are offline, save this language for offline use first, then try again.
# A result shown in another language: $language is that language's name.
search-shown-in = In { $language }
