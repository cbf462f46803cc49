# Holdout2 check set, Portuguese of Brazil. Written apart from the tuning and from holdout: do not tune on it.
===
oi, meu cpf é {{BR_CPF:raw}} e meu celular {{PHONE_BR:nat}}, preciso da segunda via do boleto
[[PERSON:Thaís]]
===
Olá [[PERSON:Rafaela]],

Seu pagamento de R$ 1.299,90 foi confirmado em 05/09/2024. Código de rastreio dos Correios: BR123456789BR. Pedido nº 2024-88120.

Atenciosamente,
[[PERSON:Gustavo Nogueira]]
Central de Atendimento Nubeo
===
De: [[PERSON:Joana Ferraz]] <[[EMAIL_ADDRESS:joana.ferraz@example.com.br]]>
Enviado: terça-feira, 3 de setembro de 2024 09:20
Para: suporte@nubeo.example
Assunto: nota fiscal

Bom dia, a nota deve sair no CNPJ {{BR_CNPJ}}, endereço [[STREET_ADDRESS:Rua Augusta, 1500, apto 72]], São Paulo - SP. Telefone {{PHONE_BR:intl}}.
===
Olá [[PERSON:Caio]],

O CPF informado ({BR_CPF:bad}) não é válido. Confira os dígitos e nos envie novamente.

Equipe Nubeo
===
minha chave pix é o email [[EMAIL_ADDRESS:luana.pix@example.com]], pode fazer o estorno nela. senha do app eu troquei pra [[CREDENTIAL/PASSWORD:Luana#2024]]
===
Cartão: {{MC}}
Validade: [[CREDENTIAL/CARD_EXPIRY:07/28]]
Titular: [[PERSON:Pedro Henrique Alves]]
