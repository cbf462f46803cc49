# Portuguese of Brazil. Sixth check set (holdout6).
===
Chamado BR-RA-2025-20931 · Origem: reclamação pública em site de reclamações, importada em 14/03/2025 10:05

Título: "NUBEO COBRA E NÃO ENTREGA 😡" — publicado por [[PERSON:Thiago M.]] (São Paulo - SP)
"Comprei um roteador Mesh X2 no dia 01/03 (pedido 2025-BR-881204, R$ 499,90) e até hoje nada. O rastreio BR443120931BR está parado há 10 dias. Liguei no 0800 777 1234 três vezes e só recebi protocolo (protocolo 20250304118830). #NubeoNão #Procon"

Mensagem privada do consumidor, 11:20:
"Segue o que vocês pediram: [[PERSON:Thiago Moreira Bastos]], CPF {{BR_CPF}}, celular {{PHONE_BR:nat}}, e-mail [[EMAIL_ADDRESS:thiago.mbastos@mail.example]], endereço de entrega [[STREET_ADDRESS:Rua Cardeal Arcoverde, 1749, apto 82]], Pinheiros, CEP 05407-002. No cadastro de vocês o CPF está errado ({BR_CPF:bad}) 🙄"

---
Resposta pública: "Olá! Já entramos em contato por mensagem privada. 💙 #NubeoResponde"
Resposta privada:
Olá, [[PERSON:Thiago]]! Pedimos desculpas. O pacote BR443120931BR foi extraviado pela transportadora; enviamos um novo roteador hoje (pedido 2025-BR-881377, sem custo), com entrega prevista para 18/03/2025, e corrigimos o CPF no seu cadastro. Qualquer coisa, estamos no suporte@nubeo.example. Abraço, [[PERSON:Larissa]] — Nubeo Brasil
===
NUBEO PAY — CONTESTAÇÃO DE PIX (Mecanismo Especial de Devolução)
Protocolo: MED-BR-2025-004471 · Aberto em: 12/03/2025 21:47 · Canal: app (versão 5.12.3)

Dados do cliente
  Nome completo: [[PERSON:Rosângela Aparecida Nogueira]]
  CPF: {{BR_CPF}}
  Data de nascimento: [[DATE_OF_BIRTH:14/02/1968]]
  Celular cadastrado: {{PHONE_BR:intl}}
  E-mail: [[EMAIL_ADDRESS:rosangela.nogueira@correo.example]]
  Endereço: [[STREET_ADDRESS:Avenida Getúlio Vargas, 2210, casa 3]], Bairro Funcionários, Belo Horizonte - MG
Dados da transação contestada
  Valor: R$ 2.750,00 · Data/hora: 12/03/2025 19:32
  ID da transação (E2E): E18236120202503121932s0a1b2c3d4
  Chave Pix de destino (informada pelo golpista): 7f3c9a1e-2b4d-4e8f-9c0a-5d6e7f8a9b0c
  Recebedor: [[PERSON:Wellington Souza Lima]], CPF {{BR_CPF}}
Relato: "Recebi uma ligação de alguém dizendo ser da Nubeo, pediu o código que chegou por SMS ({{OTP6}}) e a senha do app, [[CREDENTIAL/PASSWORD:rosa1968]]. Depois vi o Pix."
Boletim de ocorrência: nº 2025-004471-118 (Delegacia Virtual MG)

---
Olá, [[PERSON:Rosângela]]. Sua contestação MED-BR-2025-004471 foi enviada ao banco recebedor, que tem até 7 dias para analisar o bloqueio dos valores. Já bloqueamos seu acesso e trocamos a senha; crie uma nova no primeiro login. A Nubeo nunca pede código nem senha por telefone. — [[PERSON:Fernando]], Nubeo Pay
===
Oi, [[PERSON:Juliana]]!

Conforme combinamos por telefone, seguem os dados do seu pedido de portabilidade e da troca de titularidade. Confira com atenção:

| Campo | Valor |
|---|---|
| Titular atual | [[PERSON:Juliana Reis Carvalho]] |
| CPF | {{BR_CPF:raw}} |
| RG | 32.118.204-7 SSP/SP |
| Nova titular (sua mãe) | [[PERSON:Marlene Reis]] |
| CPF da nova titular | {{BR_CPF}} |
| Data de nascimento da nova titular | [[DATE_OF_BIRTH:1949-07-03]] |
| Número portado | {{PHONE_BR:e164}} |
| Telefone fixo | {{PHONE_BR_FIX:nat}} |
| Endereço de cobrança | [[STREET_ADDRESS:Rua Padre Chagas, 415, apto 1203]], Moinhos de Vento, Porto Alegre - RS |
| Débito automático | conta final 4471 |

Resumo:
protocolo_anatel = 20250317004471
plano = Nubeo Controle 25 GB (R$ 59,90/mês)
data_portabilidade = 20/03/2025
pin_chip = [[CREDENTIAL/PIN:3817]]
versao_contrato = 2.6.1

Qualquer dúvida, ligue 0800 777 1234.

Abraços,
[[PERSON:Bianca]] — Atendimento Nubeo
===
Assunto: Cadastro de cliente corporativo concluído — Laticínios Serra Verde Ltda. — processo B2B-BR-2025-0177

Prezado [[PERSON:Eduardo]],

Concluímos o cadastro da sua empresa. Seguem os dados que usaremos para emitir as notas fiscais eletrônicas:

a) Razão social: Laticínios Serra Verde Ltda.
b) CNPJ: {{BR_CNPJ}} (o CNPJ do pedido de compra, {BR_CNPJ:bad}, não confere com o cartão CNPJ enviado)
c) Inscrição estadual: 062.118.204.0093
d) Endereço: [[STREET_ADDRESS:Rodovia MG-050, km 118, galpão 4]], Itaúna - MG, CEP 35680-000
e) Contato financeiro: [[PERSON:Eduardo Tavares Pimentel]], {{PHONE_BR_FIX:intl}} ramal 231, [[EMAIL_ADDRESS:financeiro.eduardo@serraverde.example]]
f) Sócio administrador (assinou o contrato): [[PERSON:Cláudia Pimentel Souza]], CPF {{BR_CPF}}
g) Pagamento por Pix, chave CNPJ {{BR_CNPJ:raw}}
h) Token de acesso à API de rastreamento da frota: {{KEY_GH}}

Primeira NF-e nº 000.004.471, série 1, no valor de R$ 18.420,00, vencimento em 30/04/2025; pedido de compra 4500-2093.

Atenciosamente,
[[PERSON:Renata Albuquerque]]
Gerente de Contas Corporativas — Nubeo Brasil
Avenida Paulista, 1000, Bela Vista, São Paulo - SP · 0800 777 1234 · suporte@nubeo.example

AVISO DE CONFIDENCIALIDADE: Esta mensagem pode conter informações confidenciais. Se você a recebeu por engano, avise o remetente e apague-a. A Nubeo trata dados pessoais conforme a Lei nº 13.709/2018 (LGPD); para exercer seus direitos, fale com o nosso Encarregado pelo e-mail suporte@nubeo.example.
===
RESUMO DE ESCALONAMENTO — Supervisão de Atendimento — caso ESC-BR-2025-0344
Data: 18/03/2025 17:20 · Responsável: [[PERSON:Patrícia Nunes]] (supervisora)

Envolvidos:
• Cliente: [[PERSON:Sebastião Ferreira Lopes]], CPF {{BR_CPF}}, nascido em [[DATE_OF_BIRTH:3 de maio de 1944]], telefone {{PHONE_BR_FIX:nat}}.
• Neta (autorizada por procuração): [[PERSON:Gabriela Lopes]], {{PHONE_BR:intl}}, [[EMAIL_ADDRESS:gabi.lopes@mail.example]].
• Genro, que contratou o combo sem autorização: [[PERSON:Roberto Alves]].
• Atendentes: [[PERSON:Vinícius Rocha]] (loja Shopping Center Norte, 10/03), [[PERSON:Aline Duarte]] (chat, 11/03) e [[PERSON:Marcos]] (retenção, 13/03).

Linha do tempo:
1. 10/03 — [[PERSON:Vinícius]] vendeu o combo Fibra + TV (R$ 219,90/mês) a [[PERSON:Roberto]], que apresentou o passaporte {{PASS_BR}} como se fosse do titular.
2. 11/03 — [[PERSON:Aline]] trocou o e-mail da conta a pedido de [[PERSON:Roberto]]; o acesso veio do IP [[IP_ADDRESS:2001:db8:c0fe::1b]].
3. 13/03 — [[PERSON:Marcos]] ofereceu multa reduzida (R$ 450,00) em vez de cancelar sem custo.
4. A neta informou "o IP do computador do meu avô é [[IP_ADDRESS:192.168.15.23]]"; o endereço 192.168.15.1 citado na gravação é a página de administração do roteador.

Decisão: cancelamento sem multa, estorno de R$ 219,90 no cartão do cliente (final 0005, estorno EST-BR-66120), senha temporária entregue na loja ([[CREDENTIAL/PASSWORD:Seb@stiao44!]]) e bloqueio de alterações sem a presença do titular. Boletim de ocorrência nº 2025-118830 anexado. Retorno para [[PERSON:Gabriela]] em 20/03.
===
boa noite, tô mandando de novo porque o formulário apaga tudo quando dá erro (já atualizei o app pra 5.12.4):

→ nome: [[PERSON:Ana Beatriz
Cavalcanti]] (quebrou a linha sozinho, desculpa)
→ CPF: "{{BR_CPF}}" — não o {BR_CPF:bad} que aparece na fatura
→ cel/WhatsApp: {{PHONE_BR:raw}} [o fixo {{PHONE_BR_FIX:e164}} foi cortado]
→ endereço: [[STREET_ADDRESS:Rua das Palmeiras, 88,
bloco B, apto 304]] - Boa Viagem, Recife - PE
→ e-mail: ([[EMAIL_ADDRESS:anabia.cavalcanti@correo.example]])
→ cartão da cobrança errada: {{MC}} – validade [[CREDENTIAL/CARD_EXPIRY:12/28]] – CVV {{CVV}}
→ o código que chegou por SMS: {{OTP6}}

a cobrança foi de R$ 89,90 em 07/03/2025 (fatura nº 2025030700931) e meu aniversário é dia [[DATE_OF_BIRTH:21/09/1995]], caso precisem confirmar

valeu,
[[PERSON:Bia]]

---
Oi, [[PERSON:Ana Beatriz]]! Recebemos, obrigado. O estorno de R$ 89,90 (EST-BR-66418) aparece na fatura do cartão em até 2 ciclos. Por segurança apagamos do chamado os dados do cartão e o código; nunca envie o CVV por mensagem. — [[PERSON:Rafael]], Nubeo Brasil
