# The self-assessment, its results, the plan, and the mentor's offline toolkit: European Portuguese (pt), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written "Consigo ..." ("I can ...") so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Ainda não
scale-2 = Com muita ajuda
scale-3 = Com alguma ajuda
scale-4 = Com pouca ajuda
scale-5 = Sim, sem ajuda
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Sem resposta

## Result bands

band-work-on = Vamos trabalhar nisto
band-growing = A crescer
band-strong = Ponto forte
band-too-few = Não há respostas suficientes para saber

## 1. Education

q-education-find-course = Consigo encontrar um curso ou uma formação que combine com o que quero fazer.
q-education-learning-so-far = Consigo dizer o que aprendi até agora, na escola e fora dela.
q-education-enrol = Consigo inscrever-me num curso.
q-education-certificates = Consigo guardar as minhas notas da escola e os meus certificados juntos, num lugar seguro.
q-education-study-plan = Consigo organizar a minha semana para ter tempo para estudar.
q-education-ask-support = Consigo pedir ajuda a um professor quando os estudos se tornam difíceis.
q-education-language-class = Consigo encontrar um curso para melhorar a língua do país.

## 2. Community participation and interpersonal relationships

q-community-support-network = Consigo dizer o nome de pessoas a quem posso recorrer para diferentes tipos de ajuda.
q-community-keep-in-touch = Consigo manter o contacto com as pessoas que são importantes para mim.
q-community-new-people = Consigo começar uma conversa com alguém que não conheço.
q-community-local-activity = Consigo encontrar um clube, um grupo ou uma atividade perto de onde vivo.
q-community-solve-conflict = Consigo resolver um desentendimento com calma.
q-community-say-no = Consigo dizer que não quando alguém me pressiona para fazer uma coisa que não quero fazer.
q-community-plan-journey = Consigo planear uma viagem de autocarro, elétrico ou comboio para um sítio onde nunca estive.
q-community-travel-ticket = Consigo comprar o bilhete certo para o autocarro, o elétrico ou o comboio.

## 3. Health

q-health-register-doctor = Consigo inscrever-me num médico de família.
q-health-book-appointment = Consigo marcar uma consulta no médico.
q-health-choose-service = Consigo escolher onde ir quando estou doente: a farmácia, o médico ou o hospital.
q-health-emergency = Consigo ligar para o número de emergência e dizer o que aconteceu e onde estou.
q-health-medicine-label = Consigo seguir as instruções que vêm com um medicamento.
q-health-mental-help = Consigo encontrar ajuda quando me sinto muito triste, com muitas preocupações ou com stress.
q-health-cook-meal = Consigo cozinhar uma refeição simples e saudável.
q-health-food-shopping = Consigo comprar comida para uma semana com o dinheiro que tenho.

## 4. Communication and cultural awareness

q-communication-local-language = Consigo ter conversas do dia a dia na língua do país.
q-communication-phone-call = Consigo telefonar para um serviço.
q-communication-formal-message = Consigo escrever um email curto e educado para um serviço.
q-communication-interpreter = Consigo pedir um intérprete quando preciso.
q-communication-greetings = Consigo cumprimentar as pessoas como é costume aqui.
q-communication-misunderstanding = Consigo esclarecer um mal-entendido com alguém de outra cultura.
q-communication-own-culture = Consigo explicar um costume da minha cultura a alguém que não o conhece.
q-communication-online-sharing = Consigo decidir o que é seguro partilhar sobre mim na internet.

## 5. Career and employment

q-career-my-skills = Consigo dizer cinco coisas que faço bem.
q-career-cv = Consigo escrever um currículo (CV).
q-career-cv-adapt = Consigo adaptar o meu currículo a um anúncio de emprego.
q-career-find-jobs = Consigo encontrar anúncios de emprego que combinem comigo.
q-career-interview = Consigo responder às perguntas mais comuns numa entrevista de emprego.
q-career-contract = Consigo encontrar o salário e o horário num contrato de trabalho.
q-career-rights-at-work = Consigo descobrir a quem perguntar quando alguma coisa no trabalho me parece estar mal.

## 6. Financial and money management skills

q-finance-bank-account = Consigo ver o que entrou e o que saiu da minha conta bancária.
q-finance-monthly-budget = Consigo fazer um orçamento para um mês.
q-finance-needs-wants = Consigo distinguir aquilo de que preciso daquilo que só me apetece, quando gasto dinheiro.
q-finance-pay-bills = Consigo pagar uma conta antes do fim do prazo.
q-finance-save = Consigo poupar um pouco de dinheiro todos os meses.
q-finance-scams = Consigo reconhecer uma burla ou uma oferta arriscada.
q-finance-debt-help = Consigo encontrar aconselhamento gratuito quando tenho problemas de dinheiro.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = Consigo dizer o que é mais importante para mim na vida.
q-self-determination-first-step = Consigo planear o primeiro passo para chegar a um objetivo.
q-self-determination-decisions = Consigo pesar o lado bom e o lado mau antes de decidir.
q-self-determination-speak-up = Consigo dizer o que quero nas reuniões sobre os meus planos.
q-self-determination-get-up = Consigo levantar-me a horas sem que ninguém me acorde.
q-self-determination-stress = Consigo acalmar-me quando sinto stress.
q-self-determination-know-rights = Consigo descobrir a que apoios tenho direito depois dos 18 anos.
q-self-determination-online-services = Consigo usar um site para fazer uma tarefa do dia a dia, como marcar uma consulta.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Consigo guardar os meus documentos importantes juntos, num lugar seguro.
q-bureaucracy-expiry-dates = Consigo controlar quando caducam os meus documentos.
q-bureaucracy-renew = Consigo começar a renovar um documento antes de caducar.
q-bureaucracy-read-letters = Consigo perceber o que uma carta oficial me pede para fazer.
q-bureaucracy-fill-forms = Consigo preencher um formulário oficial.
q-bureaucracy-public-offices = Consigo preparar-me para um atendimento marcado num serviço público.
q-bureaucracy-legal-advice = Consigo encontrar aconselhamento jurídico gratuito.

## 9. Housing

q-housing-options = Consigo descobrir em que tipos de habitação poderia viver depois de sair do acolhimento.
q-housing-must-haves = Consigo dizer aquilo de que mais preciso na minha próxima casa.
q-housing-afford-rent = Consigo calcular quanto posso pagar de renda.
q-housing-rental-agreement = Consigo encontrar a renda, a caução e o prazo de pré-aviso num contrato de arrendamento.
q-housing-keep-clean = Consigo manter a minha casa limpa.
q-housing-neighbours = Consigo resolver com calma um problema com um vizinho.
q-housing-repairs = Consigo avisar o senhorio de um problema que precisa de reparação.
q-housing-risk-help = Consigo encontrar ajuda depressa se estiver em risco de perder a minha casa.

## The online self-assessment page

assessment-privacy-heading = Antes de começares
assessment-privacy = As tuas respostas são enviadas apenas para serem pontuadas e depois são esquecidas. Não guardamos nada e não pedimos o teu nome. Nada fica neste dispositivo, a não ser que sejas tu a guardar um ficheiro.
assessment-instructions = Lê cada frase e escolhe de quanta ajuda precisas hoje para isso. Não há respostas certas nem erradas. Podes saltar qualquer frase.
assessment-start = Começar
assessment-progress = Pilar { $current } de { $total }
assessment-previous = Voltar
assessment-next = Seguinte
assessment-submit = Ver os meus resultados
assessment-sending = A calcular os teus resultados…
assessment-offline = Não foi possível ligar ao serviço que calcula os resultados. Verifica a tua ligação e tenta outra vez. As tuas respostas continuam aqui.
assessment-error = Algo correu mal com as respostas. Por favor, começa de novo.
assessment-results-heading = Os teus resultados
assessment-results-intro = É assim que te vês hoje em cada um dos 9 pilares. Fala sobre isto com o teu mentor: juntos podem escolher em que trabalhar primeiro.
assessment-chart-label = A tua pontuação em cada pilar, de 0 a 100
assessment-strengths = Os teus pontos fortes
assessment-work-on = Por onde começar
assessment-work-on-intro = Até três pilares, a começar pelo mais fraco. Tu e o teu mentor podem mudá-los.
assessment-work-on-choose = Escolhe até três pilares para trabalhar primeiro
assessment-work-on-none = Nenhum pilar precisa de ser trabalhado antes dos outros. Se quiseres, escolhe um aqui em baixo.
assessment-score = { $score } em 100
# Portuguese plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } resposta
    [many] { $count } respostas
   *[other] { $count } respostas
}
assessment-read-guide = Ler o guia
assessment-see-workshops = Oficinas para mentores
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Oficinas para as competências em que precisas de mais ajuda
assessment-no-workshop = Ainda não há nenhuma oficina para esta competência: lê o guia.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = em { $language }
assessment-answers-heading = As tuas respostas
assessment-answers-intro = Todas as frases e a resposta que escolheste, pilar a pilar.
assessment-print = Imprimir os meus resultados
assessment-save = Guardar os meus resultados num ficheiro
assessment-restart = Começar de novo
assessment-forget-note = Quando fechares esta página, os teus resultados desaparecem. Se os quiseres manter, imprime-os ou guarda antes um ficheiro.

## Saving the results in a file

save-heading = Guarda os teus resultados
save-intro = O ficheiro fica neste telemóvel ou computador, onde o guardares. Abre-se sem internet. Mais ninguém recebe uma cópia.
save-passphrase-label = Palavra-passe (opcional)
save-passphrase-hint = Num telemóvel partilhado, escolhe uma palavra-passe: assim o ficheiro só se abre com ela. Se a esqueceres, ninguém a consegue recuperar.
save-include-plan = Incluir o meu plano e as minhas notas no ficheiro
save-button = Guardar o ficheiro
save-done = Guardado. Procura o ficheiro nas tuas transferências.
save-file-title = Os meus resultados da autoavaliação
save-file-date = Data das respostas: { $date }
save-file-version = Versão das perguntas: { $version }
save-locked-intro = Este ficheiro está protegido com uma palavra-passe.
save-unlock = Abrir
save-wrong-passphrase = Esta palavra-passe não abre o ficheiro. Tenta outra vez.
save-open-site = Abrir a autoavaliação

## Progress over time

progress-heading = Vê o teu progresso
progress-intro = Abre um ou mais ficheiros de resultados que guardaste antes. São lidos apenas neste dispositivo e nunca são enviados para a internet.
progress-choose = Escolher ficheiros de resultados
progress-pillar = Pilar
progress-not-results = { $file } não é um ficheiro de resultados deste site.
progress-passphrase = { $file } está protegido. Escreve a palavra-passe:
progress-other-version = Alguns ficheiros usam outra versão das perguntas: compara as pontuações dos pilares, não as respostas uma a uma.
progress-now = Hoje

## Handing the results to the mentor's phone

handover-heading = Mostra os teus resultados no telemóvel do teu mentor
handover-intro = O teu mentor lê este código com a câmara do telemóvel. As tuas respostas vão dentro do link, depois do sinal #, e os navegadores nunca enviam essa parte para um servidor. A seguir, a página no telemóvel do teu mentor envia-as para serem pontuadas, tal como esta fez. O link fica no histórico do navegador do telemóvel que o abrir.
handover-show = Mostrar o código
handover-history = Num telemóvel partilhado, apaga esta página do histórico do navegador quando terminares.
handover-received = Estes resultados chegaram através de um link. Apaga esta página do histórico do navegador quando terminares.
handover-other-version = Esta ligação foi criada para outra versão das perguntas, por isso não pode ser aberta aqui. Pede um código novo.

## The mentor's view

mentor-heading = O ponto de vista do mentor
mentor-intro = Mentor: avalie as mesmas frases nos pilares escolhidos acima, tal como vê o jovem hoje. As suas avaliações nunca são enviadas para lado nenhum e não são guardadas no navegador: ficam nesta página até que seja fechada.
mentor-start = Adicionar as avaliações do mentor
mentor-done = Comparar as nossas respostas
mentor-compare-heading = Lado a lado
mentor-differ-heading = Falem primeiro sobre estas frases
mentor-differ-intro = As vossas avaliações diferem dois pontos ou mais nestas frases.
mentor-differ-none = As vossas avaliações são próximas em todas as frases.
mentor-print-toolkit = Imprimir a caixa de ferramentas com estas respostas

## The plan

plan-heading = O meu plano
plan-intro = Escolhe em que queres trabalhar e escreve-o por palavras tuas. O que escreveres nunca é enviado para lado nenhum e não é guardado no navegador: fica nesta página até que seja fechada, a não ser que o guardes no teu ficheiro.
plan-goal = O meu objetivo
plan-helper = Quem me vai ajudar
plan-workshop = Oficinas a fazer
plan-review = Data para voltar a ver isto
plan-print = Imprimir o meu plano

## The mentor's offline toolkit

toolkit-statement = Afirmação
toolkit-young-person = Jovem
toolkit-mentor = Mentor
toolkit-observe = O que observar
toolkit-talk = Perguntas para iniciar a conversa
toolkit-notes = Notas e próximos passos combinados
toolkit-date = Data

toolkit-education-observe-1 = Fala da escola ou da formação com interesse, com preocupação ou fica em silêncio?
toolkit-education-observe-2 = Consegue encontrar os seus certificados e as suas notas quando lhe pedem?
toolkit-education-observe-3 = Como lida com os trabalhos de casa ou com os prazos no dia a dia?
toolkit-education-talk-1 = O que é que gostaste de aprender, aqui ou no teu país?
toolkit-education-talk-2 = Se pudesses aprender uma coisa este ano, o que seria?
toolkit-education-talk-3 = O que é que te torna difícil estudar neste momento?

toolkit-community-observe-1 = Que pessoas refere pelo nome quando fala da sua semana?
toolkit-community-observe-2 = Participa em alguma coisa fora da casa de acolhimento?
toolkit-community-observe-3 = Como lida com os desentendimentos com outros jovens ou com a equipa?
toolkit-community-talk-1 = A quem ligavas se tivesses uma boa notícia? E uma má?
toolkit-community-talk-2 = Que pessoas daqui vão continuar na tua vida depois dos 18 anos?
toolkit-community-talk-3 = Há algum grupo ou sítio a que sintas que pertences?

toolkit-health-observe-1 = Sabe o nome do seu médico e como o contactar?
toolkit-health-observe-2 = Dorme e come com regularidade?
toolkit-health-observe-3 = Mostra sinais de stress, desânimo ou dor de que não fala?
toolkit-health-talk-1 = O que fazes quando te sentes doente?
toolkit-health-talk-2 = O que é que te ajuda a acalmar?
toolkit-health-talk-3 = Há alguma coisa sobre a tua saúde que gostavas de perceber melhor?

toolkit-communication-observe-1 = Em que situações usa a língua do país com confiança?
toolkit-communication-observe-2 = Evita telefonemas ou idas a serviços?
toolkit-communication-observe-3 = Como fala da sua própria cultura e da sua língua?
toolkit-communication-talk-1 = Quando é que uma conversa aqui foi difícil para ti? O que aconteceu?
toolkit-communication-talk-2 = Que costumes daqui ainda te surpreendem?
toolkit-communication-talk-3 = O que é que queres manter da tua cultura?

toolkit-career-observe-1 = Que competências mostra no dia a dia: cozinhar, arranjar coisas, cuidar dos outros, organizar?
toolkit-career-observe-2 = Tem alguma experiência de trabalho, paga ou não?
toolkit-career-observe-3 = Como reage às instruções e ao feedback?
toolkit-career-talk-1 = Que trabalho gostavas de ter daqui a cinco anos?
toolkit-career-talk-2 = Há alguma coisa que fazes bem e de que te orgulhas?
toolkit-career-talk-3 = O que sabes sobre o teu direito a trabalhar aqui?

toolkit-finance-observe-1 = Como usa a mesada ou o subsídio que recebe?
toolkit-finance-observe-2 = Sente pressão para enviar dinheiro à família ou para pagar uma dívida?
toolkit-finance-observe-3 = Consegue ler um talão, uma fatura ou um extrato bancário?
toolkit-finance-talk-1 = Em que é que gastas a maior parte do teu dinheiro?
toolkit-finance-talk-2 = Para que é que poupavas, se pudesses?
toolkit-finance-talk-3 = Alguma vez alguém te pediu para usares a tua conta bancária ou o teu cartão para ele?

toolkit-self-determination-observe-1 = Faz as suas próprias escolhas, ou espera que os outros decidam?
toolkit-self-determination-observe-2 = Mantém a sua rotina sem ser preciso lembrar-lhe?
toolkit-self-determination-observe-3 = Como fala nas reuniões sobre os seus planos?
toolkit-self-determination-talk-1 = Como seria um bom dia para ti aos 20 anos?
toolkit-self-determination-talk-2 = Fala-me de uma decisão de que te orgulhas.
toolkit-self-determination-talk-3 = O que é que queres que os adultos deixem de decidir por ti?

toolkit-bureaucracy-observe-1 = Sabe onde estão os seus documentos, e guarda cópias?
toolkit-bureaucracy-observe-2 = Sabe as datas em que caducam a sua autorização ou os seus papéis?
toolkit-bureaucracy-observe-3 = O que faz com as cartas oficiais: abre-as, ignora-as, leva-as à equipa?
toolkit-bureaucracy-talk-1 = Que documento te preocupa mais?
toolkit-bureaucracy-talk-2 = A que serviço já foste sem ninguém a acompanhar-te?
toolkit-bureaucracy-talk-3 = A quem perguntarias se recebesses uma carta que não percebesses?

toolkit-housing-observe-1 = Mantém o seu quarto limpo e seguro?
toolkit-housing-observe-2 = Sabe quanto custam realmente a renda e as contas na zona?
toolkit-housing-observe-3 = Como se dá com as pessoas com quem partilha o espaço?
toolkit-housing-talk-1 = Onde gostavas de viver depois de saíres do acolhimento, e com quem?
toolkit-housing-talk-2 = O que é que precisavas para sentires um sítio como a tua casa?
toolkit-housing-talk-3 = O que farias se num mês não conseguisses pagar a renda?

## Pillar names (the titles of the pillar guides)

pillar-education = Educação
pillar-community = Participação na comunidade e relações interpessoais
pillar-health = Saúde
pillar-communication = Comunicação e consciência cultural
pillar-career = Carreira e emprego
pillar-finance = Competências financeiras e de gestão do dinheiro
pillar-self-determination = Autodeterminação, competências de autonomia e desenvolvimento na adolescência
pillar-bureaucracy = Burocracia, legislação e redes de contactos
pillar-housing = Habitação
