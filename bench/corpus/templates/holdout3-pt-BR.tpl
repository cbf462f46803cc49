# Portuguese of Brazil. Third check set (holdout3), written by another hand.
===
Olá, [[PERSON:Thiago]]!

Seu reembolso de R$ 349,90 referente ao pedido #BR-2024-771203 foi aprovado e será creditado via Pix na chave CPF {{BR_CPF}} em até 2 dias úteis.

Qualquer dúvida, fale com a gente pelo 0800 777 1234.

Abraços,
[[PERSON:Fernanda Lima]]
Atendimento Nubeo Brasil
===
boa tarde, preciso trocar o endereço de entrega do meu pedido urgente

novo endereço: [[STREET_ADDRESS:Rua Augusta, 1508, apto 42]] - Consolação, São Paulo - SP, 01304-001
meu celular: {{PHONE_BR:nat}}
cpf {{BR_CPF:raw}}

obrigada
[[PERSON:Jéssica]]
===
Oi [[PERSON:Jéssica]], tudo bem?

Alteramos o endereço do pedido 44120-BR. A entrega ficou prevista para 26/11/2024. O código de rastreio dos Correios é NL123456789BR.

Att,
[[PERSON:Rafael]]
===
De: [[PERSON:Cláudio Montenegro]] <[[EMAIL_ADDRESS:claudio@montenegroalimentos.example]]>
Data: 8 de nov. de 2024 10:27
Para: suporte@nubeo.example
Assunto: NF-e com CNPJ errado

Prezados,

A nota fiscal nº 000.112.874 saiu com o CNPJ {BR_CNPJ:bad}, mas o correto da Montenegro Alimentos Ltda. é {{BR_CNPJ}}. Favor cancelar e emitir outra no valor de R$ 4.870,00.

Telefone do financeiro: {{PHONE_BR_FIX:nat}}

Atenciosamente,
[[PERSON:Cláudio Montenegro]]
Diretor Financeiro
===
[16:40] Atendente [[PERSON:Bruna]]: Olá! Sou a [[PERSON:Bruna]], da Nubeo. Como posso ajudar?
[16:41] Cliente: oi, meu app ta pedindo um codigo de verificacao mas o sms nao chega
[16:41] Atendente [[PERSON:Bruna]]: Vou reenviar. Confirma pra mim o número cadastrado?
[16:42] Cliente: {{PHONE_BR:intl}}
[16:44] Cliente: chegou, é {{OTP6}}
[16:44] Atendente [[PERSON:Bruna]]: Ótimo! Mas não precisa me passar o código, tá? Digite só no app. A versão 7.2.1 já corrige esse atraso no SMS.
===
VOCÊS ME COBRARAM R$ 89,90 DUAS VEZES NO CARTÃO {{VISA}} E NINGUÉM RESOLVE!!! PROTOCOLO 2024110955812, JÁ LIGUEI TRÊS VEZES.

[[PERSON:MARCOS AURÉLIO PINTO]]
===
Olá, [[PERSON:Marcos Aurélio]].

Pedimos desculpas. O estorno da cobrança duplicada de R$ 89,90 já foi solicitado à operadora do cartão final 1111 e deve aparecer na próxima fatura. Protocolo de atendimento: 2024110955812. Número do estorno: {LUHN:15}.

Atenciosamente,
[[PERSON:Camila Rocha]]
Ouvidoria Nubeo
===
Olá, sou [[PERSON:Gabriel]] e moro em São José dos Campos. Quero fazer a portabilidade do meu número {{PHONE_BR:nat}} pra Nubeo.

Dados:
• Nome completo: [[PERSON:Gabriel Henrique Souza]]
• Data de nascimento: [[DATE_OF_BIRTH:19/09/1997]]
• Endereço: [[STREET_ADDRESS:Av. São João, 2250, bloco B, ap. 103]], Jardim Satélite
• Senha do app antigo: [[CREDENTIAL/PASSWORD:gabi@2024]]
===
Oi [[PERSON:Gabriel]]!

A portabilidade foi agendada para 29/11. Não precisamos da sua senha de outros aplicativos — recomendamos trocá-la agora, já que ela foi enviada por mensagem.

Seu chip novo (ICCID final 8841) vai pelo Sedex, código de rastreio SX998812345BR.

Beijos da equipe,
[[PERSON:Larissa]]
===
Bom dia,

Sou [[PERSON:Ana Beatriz Carvalho]] e vou viajar para Portugal na semana que vem. Quero ativar o roaming e usar meu cartão {{MC:dash}}, validade [[CREDENTIAL/CARD_EXPIRY:07/30]], para pagar o pacote de R$ 199,00. Meu passaporte é {{PASS_BR}} e minha conta de reembolso em Lisboa é {{IBAN_PT}}.

E-mail: [[EMAIL_ADDRESS:anabia.carvalho@correo.example]]
