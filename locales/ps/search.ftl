# پښتو (ps): interface strings, a draft translation of locales/en/search.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = لټون
search-title = په دې وېبسایټ کې لټون
# The page's description for search engines.
search-description = یو لارښود، د ورکشاپ پاڼه یا د سپین کتاب یو څپرکی د هغو ټکو له مخې ومومئ چې پکې لیکل شوي.
search-label = د لټون ټکي
search-button = لټون
search-no-script = لټون JavaScript ته اړتیا لري، چې په دې براوزر کې بند دی. هره پاڼه له دې لېستونو موندلای شئ:
search-loading = لټون روان دی…
search-none = هېڅ پاڼه دا ټول ټکي نه لري. لږ ټکي وکاروئ، یا یوازې د ټکي پیل ولیکئ.
# Followed by the number of pages found.
search-results-heading = موندل شوې پاڼې:
search-too-short = داسې ټکی ولیکئ چې دوه یا ډېر توري ولري.
search-failed = لټون خپل انډکس نه شو راوړای. که انټرنېټ نه لرئ، لومړی دا ژبه د بې انټرنېټه کارونې لپاره خوندي کړئ، بیا هڅه وکړئ.
# A result shown in another language: $language is that language's name.
search-shown-in = په { $language }
