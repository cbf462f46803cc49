# Holdout check set, Portuguese of Brazil. Written apart from the tuning: do not tune on it.
===
Olá [[PERSON:Letícia]],

Seu pedido 7712-0088 foi entregue no endereço [[STREET_ADDRESS:Rua Oscar Freire, 379, apto 82]], Jardins, São Paulo - SP, CEP 01426-001.

Qualquer dúvida, estamos à disposição.

Abraços,
[[PERSON:Gustavo]]
Atendimento Nubeo
===
Bom dia,

Preciso da segunda via do boleto. Meu CPF é {{BR_CPF}} e o contrato está no nome de [[PERSON:Antônio Carlos Ribeiro]], meu pai.

Meu celular/WhatsApp: {{PHONE_BR:nat}}

Obrigada,
[[PERSON:Camila Ribeiro]]
===
Prezados,

Segue os dados para emissão da nota fiscal:

Razão social: Mercadinho Bom Preço Ltda.
CNPJ: {{BR_CNPJ}}
Endereço: [[STREET_ADDRESS:Av. Brasil, 1520, loja 3]], Centro, Campinas - SP
Responsável: [[PERSON:Rodrigo Alves]]

Att.,
Financeiro
===
Olá [[PERSON:Vitória]],

Sua senha provisória do app é [[CREDENTIAL/PASSWORD:Ipanema#58]]. Por segurança, troque-a no primeiro acesso.

Nunca compartilhe sua senha ou o código de verificação com ninguém.

Equipe Nubeo Brasil
===
Oi pessoal,

Encaminho o e-mail do cliente sobre a cobrança duplicada.

---------- Mensagem encaminhada ---------
De: [[PERSON:Felipe Nogueira]] <[[EMAIL_ADDRESS:felipe.nogueira@example.com.br]]>
Data: qui., 13 de jun. de 2024 às 10:21
Assunto: Cobrança em dobro

Fui cobrado duas vezes no cartão {{VISA}}, valor R$ 149,90 cada. Meu telefone é {{PHONE_BR_FIX:nat}}.
===
Olá [[PERSON:Larissa]],

Seu protocolo de atendimento é 20240613-558812. A fatura de junho (R$ 219,90) vence em 10/07/2024 e o código de barras do boleto é 23793.38128 60000.123456 78000.012345 1 97770000021990.

Nossa central: 0800 777 1234.

Atenciosamente,
Nubeo
===
[14:20] Cliente: oi, não consigo entrar no app
[14:21] Nubeo: Oi! Qual é o e-mail da sua conta?
[14:21] Cliente: [[EMAIL_ADDRESS:joana.m.santos@example.com.br]]
[14:22] Nubeo: Obrigado, [[PERSON:Joana]]. Enviamos um código por SMS, é só digitar no app 😉
[14:24] Cliente: chegou o código [[CREDENTIAL/OTP:662014]] mas diz que expirou
[14:25] Nubeo: Vou gerar outro. Por favor, não envie o código aqui.
===
Olá [[PERSON:Thiago]],

Identificamos um acesso à sua conta a partir do IP [[IP_ADDRESS:203.0.113.89]] em 12/06/2024. Se não foi você, troque sua senha.

O cartão {{MC}} foi bloqueado preventivamente; um novo cartão chegará em até 7 dias úteis.

Equipe de Segurança
