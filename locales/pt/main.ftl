# Textos da interface do site INTEGRA: tradução para português europeu (rascunho).
# Traduzido a partir de locales/en/main.ftl. Mantêm-se os ids e as { $variables }.
# See TRANSLATING.md.

## Site

site-title = Mentoria INTEGRA
skip-to-content = Saltar para o conteúdo
language-menu = Língua:
nav-label = Menu principal
footer-nav-label = Sobre este site
nav-home = Início
nav-pillars = Os 9 pilares
nav-workshops = Oficinas
nav-self-assessment = Autoavaliação
nav-mentors = Para mentores
nav-white-paper = Livro Branco
nav-about = Sobre
nav-privacy = Privacidade
footer-note = O Programa de Mentoria para a Integração INTEGRA: apoio para jovens que saem do acolhimento e para os seus mentores. Este site não usa cookies nem rastreamento.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Esta página ainda não está traduzida para { $language }. Aqui está em { $original }.
draft-notice = Esta é uma tradução provisória. Ainda não foi revista por um falante nativo.
draft-notice-more = Como funcionam as traduções

## Home page

home-pillars-heading = Os 9 pilares para a vida autónoma

## Pillars

pillar-number = Pilar { $number }
pillar-workshops = Oficinas para este pilar
pillar-no-workshops = Ainda não há oficinas para este pilar.

## Workshops

workshop-sheet = Ficha do facilitador
workshop-duration = Duração
# Portuguese plural categories (CLDR): one, many, other.
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}
workshop-group-size = Tamanho do grupo
group-size-exact = { $count ->
    [one] Um jovem
    [many] { $count } jovens
   *[other] { $count } jovens
}
group-size-range = De { $min } a { $max } jovens
workshop-format = Formato
format-one-to-one = Individual
format-group = Em grupo
format-either = Individual ou em grupo
workshop-difficulty = Nível
difficulty-introductory = Introdutório
difficulty-intermediate = Intermédio
difficulty-advanced = Avançado
workshop-objectives = Objetivos
workshop-materials = Materiais
workshop-preparation = Preparação
print-sheet = Imprimir esta ficha
workshop-back = Voltar ao pilar

## White Paper

white-paper-contents = Índice
chapter-number = Capítulo { $number }
chapter-nav-label = Capítulos
chapter-previous = Anterior:
chapter-next = Seguinte:

## Page not found

not-found-title = Página não encontrada
not-found-text = Não conseguimos encontrar esta página. Pode ter mudado de endereço, ou o endereço pode ter um erro.
not-found-home = Ir para a página inicial

## Translation status page

nav-translate = Ajudar a traduzir
translate-title = Traduções deste site
translate-intro = Este site é traduzido por voluntários. Esta página mostra em que ponto está cada língua e o que ainda falta, para se perceber onde a ajuda faz mais diferença.
translate-how = Para ajudar, leia o guia para tradutores, TRANSLATING.md, nos ficheiros de origem do site, ou contacte a equipa que gere este site. Cada tradução fica provisória até ser lida por um falante nativo.
translate-overview = Todas as línguas
translate-language = Língua
translate-interface = Interface
translate-pages = Páginas
translate-drafts = Provisórias
translate-stale = Desatualizadas
translate-missing-heading = Ainda por traduzir ({ $language })
translate-stale-heading = Desatualizadas: a página em inglês mudou desde que foi traduzida
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] { $count } bloco alterado
       *[other] { $count } blocos alterados
    }
translate-english-page = Página em inglês
translate-po-file = Ficheiro PO
translate-drafts-heading = Traduções provisórias à espera de revisão por um falante nativo
translate-messages-missing = { $count ->
    [one] { $count } mensagem da interface ainda não está traduzida.
    [many] { $count } mensagens da interface ainda não estão traduzidas.
   *[other] { $count } mensagens da interface ainda não estão traduzidas.
}
translate-source = As outras traduções partem desta língua: { $language }.
translate-all-done = Não falta nada.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Acessibilidade
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Fichas para imprimir
handout-eyebrow = Ficha para imprimir
handout-used-in = Usada em
easy-read-eyebrow = Leitura fácil
easy-read-link = Curto e simples: lê a versão em leitura fácil
training-eyebrow = Curso de formação
training-modules = Os módulos
# $number (Number) - the module's place in the course, from 1
training-module-number = Módulo { $number }
training-outcomes = Resultados de aprendizagem
training-nav-label = Módulos do curso
training-previous = Módulo anterior
training-next = Módulo seguinte
country-eyebrow = Guia por país
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Atualizado em { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Escrito ou alterado pela última vez em { $date }.
country-review-pending = Revisão jurídica pendente: ainda nenhum profissional local reviu este guia.
country-review-pending-short = Revisão jurídica pendente
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Revisto por um profissional local em { $date }.
country-reviewed-short = Revisto por um profissional local
country-confirm = As leis e as práticas mudam: antes de agir com base neste guia, um advogado ou consultor jurídico local tem de confirmar se o que diz se aplica à situação do jovem.
