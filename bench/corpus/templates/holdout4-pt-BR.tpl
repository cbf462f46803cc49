# Portuguese of Brazil. Fourth check set (holdout4).
===
*** Formulário "Atualizar cadastro" (site) — recebido em 11/03/2025 às 20:17 ***
Nome completo: [[PERSON:Gabriela Nogueira dos Santos]]
CPF: {{BR_CPF}}
Data de nascimento: [[DATE_OF_BIRTH:09/12/1993]]
Celular: {{PHONE_BR:nat}}
Telefone fixo: {{PHONE_BR_FIX:intl}}
E-mail: [[EMAIL_ADDRESS:gabi.nogueira@correio.example]]
Endereço: [[STREET_ADDRESS:Rua das Acácias, 123, apto 45]], Vila Mariana, São Paulo - SP, CEP 04117-030
Observação: mudei de endereço, o antigo era [[STREET_ADDRESS:Av. Dom Pedro II, 880, casa 2]], São José dos Campos.

Olá, [[PERSON:Gabriela]]! Seu cadastro foi atualizado. A próxima fatura (nº 2025.03.448812, R$ 129,90) já vai para o novo endereço. Abraços, [[PERSON:Rafael]] — Nubeo Brasil
===
oii tudo bem? 😅 vcs podem me devolver o valor pelo pix? pq cobraram 2x o plano 😤
minha chave pix é o cpf {{BR_CPF:raw}}
se não der, tb pode ser o email [[EMAIL_ADDRESS:leozinho.barros@mail.example]] ou o cel {{PHONE_BR:e164}}
o pedido é o {LUHN:16}, valor R$ 79,90
vlw!! [[PERSON:Leonardo Barros]]

---
Oi, [[PERSON:Leonardo]]! Tudo certo 😊 O estorno de R$ 79,90 vai cair via Pix na chave CPF em até 2 dias úteis. Protocolo 20250312004471. Abs, [[PERSON:Bruna]]
===
Hola, boa tarde! Disculpen la mezcla, sou argentino e moro em Florianópolis desde o ano passado.

Necesito cambiar el titular de la cuenta: agora vai ficar no nome da minha esposa, [[PERSON:Larissa Bertoldi]], CPF {{BR_CPF}}. Mi DNI argentino es {{AR_DNI}} e o meu CPF {{BR_CPF}} (o outro que mandei antes, {BR_CPF:bad}, estava errado).

Endereço: [[STREET_ADDRESS:Rua Bocaiúva, 2150, bloco B, apto 304]], Centro, Florianópolis/SC. Celular: {{PHONE_BR:intl}}.

Obrigado / gracias,
[[PERSON:Martín Echeverría]]
===
Transcrição de ligação — 0800 777 1234 — atendente [[PERSON:Thiago]] — 13/03/2025 15:40

Atendente: Nubeo, boa tarde, meu nome é [[PERSON:Thiago]], com quem eu falo?
Cliente: Oi, é a Dona [[PERSON:Cida]]... [[PERSON:Aparecida Ferreira]].
Atendente: Pois não, dona [[PERSON:Aparecida]]. A senhora pode me passar o CPF?
Cliente: Posso, é... três, quatro, sete, ponto... ai, espera, vou pegar o documento. É {{BR_CPF}}.
Atendente: Obrigado. Em que posso ajudar?
Cliente: Então, meu neto disse que é pra eu passar a senha do aplicativo pra vocês, é [[CREDENTIAL/PASSWORD:cida1952]].
Atendente: Dona [[PERSON:Aparecida]], a gente nunca pede senha, tá? Vou bloquear e a senhora cria outra. O código chega no {{PHONE_BR:nat}}.
Cliente: Chegou aqui: {{OTP6}}.
Atendente: Pode digitar no aplicativo, versão 6.1.4. O protocolo é 2025031301187.
===
Assunto: ENC: ENC: RES: Nota fiscal com CNPJ errado — ESCALONAMENTO

De: [[PERSON:Fernanda Castilho]] <[[EMAIL_ADDRESS:fcastilho@nubeo-br.example]]>
Enviada em: quinta-feira, 13 de março de 2025 11:05
Para: suporte@nubeo.example
Assunto: ENC: RES: Nota fiscal com CNPJ errado

Pessoal, escalando para o time fiscal — o cliente já abriu reclamação no Procon.

-------- Mensagem encaminhada --------
De: [[PERSON:Ricardo Menezes Albuquerque]] <[[EMAIL_ADDRESS:ricardo@padariasaojoao.example]]>
Data: 12/03/2025 18:44
Assunto: RES: Nota fiscal com CNPJ errado

A NF-e 000.412.887 saiu com o CNPJ {BR_CNPJ:bad}, mas o da Padaria São João Ltda. é {{BR_CNPJ}}. Endereço: [[STREET_ADDRESS:Rua Voluntários da Pátria, 1480, loja 3]], Botafogo, Rio de Janeiro. Valor: R$ 2.890,00.

Para o reembolso, temos conta em Portugal também: {{IBAN_PT}}. Meu celular: {{PHONE_BR:nat}}.

[[PERSON:Ricardo Menezes]]
Sócio-administrador

> Em 05/03/2025, Nubeo Brasil <suporte@nubeo.example> escreveu:
> Prezado [[PERSON:Ricardo]], recebemos sua solicitação. Nosso endereço: Avenida Paulista, 1000.
> Att., [[PERSON:Camila]]
===
NOTA INTERNA — recuperação de conta + reembolso (ticket BR-RC-0091)

Cliente [[PERSON:Juliana Prado Tavares]], CPF {{BR_CPF}}, passaporte {{PASS_BR}} (mora em Lisboa agora).
- Acesso suspeito de [[IP_ADDRESS:198.51.100.203]] em 11/03; IP de casa dela, segundo ela: [[IP_ADDRESS:2001:db8:77::5]].
- Pediu reembolso de R$ 459,00 no mesmo cartão da compra (final 1881).
- Cartão informado pela cliente: {{VISA:dash}}, validade [[CREDENTIAL/CARD_EXPIRY:07/29]], CVV {{CVV}} — já orientei a não mandar mais.
- Chave de API que ela colou do painel de desenvolvedor: {{KEY_HEX}} (revogada).
- Nova senha provisória: [[CREDENTIAL/PASSWORD:Nb!2025-jpt]]
Próximo passo: [[PERSON:Vinícius]] confirma o estorno. Rastreio do cartão novo: BR123456789BR.
