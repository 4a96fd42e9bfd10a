# The self-assessment and the mentor's offline toolkit: European Portuguese (pt), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written as "Sei..." / "Consigo..." so that a young person
# can answer from "ainda não" to "sim, sem ajuda". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Ainda não
scale-2 = Um pouco
scale-3 = Com ajuda
scale-4 = Quase sempre
scale-5 = Sim, sem ajuda
scale-skip = Saltar esta frase

## Result bands

band-work-on = Vamos trabalhar nisto
band-growing = A crescer
band-strong = Ponto forte
band-too-few = Não há respostas suficientes para saber

## 1. Education

q-education-find-course = Sei como encontrar um curso ou uma escola que combine com o que quero fazer.
q-education-enrol = Consigo inscrever-me num curso, com os formulários e os documentos necessários.
q-education-certificates = Guardo em segurança as minhas notas da escola e os meus certificados, e sei como pedir cópias.
q-education-study-plan = Consigo organizar a minha semana para ter tempo para estudar.
q-education-ask-support = Sei a quem pedir ajuda na escola ou na formação quando tenho dificuldades.
q-education-language-class = Sei onde encontrar aulas para melhorar a língua do país.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = Tenho pelo menos dois adultos em quem confio e a quem posso ligar.
q-community-friends = Tenho amigos com quem passar o tempo livre.
q-community-local-activity = Participo num clube, num grupo ou numa atividade perto de onde vivo.
q-community-solve-conflict = Consigo resolver um desentendimento com calma.
q-community-say-no = Consigo dizer que não quando alguém me pede para fazer uma coisa que não quero fazer.
q-community-ask-help = Sei onde ir na minha zona quando preciso de ajuda.

## 3. Health

q-health-register-doctor = Sei como me inscrever num médico de família.
q-health-book-appointment = Consigo marcar uma consulta no médico sem ajuda.
q-health-emergency = Sei qual é o número de emergência e quando devo usá-lo.
q-health-medicines = Percebo como tomar os meus medicamentos e como arranjar mais.
q-health-mental-help = Sei onde procurar ajuda se me sentir muito triste, com muitas preocupações ou com stress.
q-health-daily-habits = Durmo, como e mexo-me de uma forma que me faz bem.

## 4. Communication and cultural awareness

q-communication-local-language = Consigo ter conversas do dia a dia na língua do país.
q-communication-phone-call = Consigo telefonar para um serviço ou para o médico.
q-communication-formal-message = Consigo escrever uma mensagem ou um email curto e educado para um serviço.
q-communication-interpreter = Sei como pedir um intérprete quando preciso.
q-communication-local-customs = Percebo as regras não escritas daqui, como ser pontual ou como cumprimentar as pessoas.
q-communication-own-culture = Consigo manter vivas a minha língua, a minha fé e as minhas tradições na minha nova vida.

## 5. Career and employment

q-career-my-skills = Consigo dizer quais são as minhas competências e aquilo que faço bem.
q-career-cv = Tenho um currículo (CV) que consigo adaptar a cada emprego.
q-career-find-jobs = Sei onde procurar emprego, formação ou estágios.
q-career-interview = Consigo preparar-me para uma entrevista de emprego.
q-career-contract = Consigo ler um contrato de trabalho e encontrar o salário, o horário e a duração.
q-career-rights-at-work = Conheço os meus direitos básicos no trabalho e sei a quem perguntar se alguma coisa estiver mal.

## 6. Financial and money management skills

q-finance-bank-account = Tenho uma conta bancária e sei usá-la.
q-finance-monthly-budget = Consigo fazer um orçamento para um mês.
q-finance-pay-bills = Sei como pagar as contas e a renda a tempo.
q-finance-save = Consigo poupar um pouco de dinheiro para coisas de que vou precisar mais tarde.
q-finance-scams = Consigo reconhecer uma burla ou uma oferta boa demais para ser verdade.
q-finance-debt-help = Sei onde encontrar aconselhamento gratuito se tiver problemas de dinheiro ou dívidas.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = Tenho objetivos para o meu futuro e os primeiros passos para lá chegar.
q-self-determination-decisions = Consigo tomar uma decisão pensando no lado bom e no lado mau.
q-self-determination-speak-up = Consigo dizer o que quero nas reuniões sobre os meus planos.
q-self-determination-routine = Consigo manter uma rotina diária: levantar-me, cozinhar, limpar, ser pontual.
q-self-determination-stress = Sei o que me ajuda quando sinto stress ou raiva.
q-self-determination-know-rights = Sei a que apoios tenho direito depois dos 18 anos.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Guardo os meus documentos importantes em segurança, com cópias.
q-bureaucracy-permit-dates = Sei quando caducam a minha autorização de residência e os outros documentos, e como renová-los.
q-bureaucracy-read-letters = Consigo perceber uma carta oficial, ou sei quem me pode ajudar a lê-la.
q-bureaucracy-fill-forms = Consigo preencher um formulário, ou pedir ajuda para o fazer.
q-bureaucracy-public-offices = Sei que serviço público trata de cada assunto.
q-bureaucracy-legal-advice = Sei onde encontrar aconselhamento jurídico gratuito.

## 9. Housing

q-housing-options = Sei em que tipos de habitação poderia viver depois de sair do acolhimento.
q-housing-afford-rent = Sei quanto poderia pagar de renda com os meus rendimentos.
q-housing-rental-contract = Percebo os pontos principais de um contrato de arrendamento.
q-housing-tenant-duties = Sei o que um inquilino tem de fazer: pagar a renda, manter a casa limpa, respeitar os vizinhos.
q-housing-repairs = Sei como avisar o senhorio de um problema que precisa de reparação.
q-housing-risk-help = Sei onde ir se estiver em risco de perder a minha casa.

## The online self-assessment page

assessment-privacy-heading = Antes de começares
assessment-privacy = As tuas respostas são enviadas apenas para serem pontuadas e depois são esquecidas. Não guardamos nada, não pedimos o teu nome e nada fica neste dispositivo, a não ser que sejas tu a guardar.
assessment-instructions = Lê cada frase e escolhe até que ponto é verdade para ti hoje. Não há respostas certas nem erradas. Podes saltar qualquer frase.
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
assessment-work-on = Pilares para trabalhar primeiro
assessment-score = { $score } em 100
# Portuguese plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } resposta
    [many] { $count } respostas
   *[other] { $count } respostas
}
assessment-read-guide = Ler o guia
assessment-see-workshops = Oficinas para mentores
assessment-print = Imprimir os meus resultados
assessment-save = Guardar os meus resultados num ficheiro
assessment-restart = Começar de novo
assessment-forget-note = Quando fechares esta página, os teus resultados desaparecem. Se os quiseres manter, imprime-os ou guarda-os antes.

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
