# Portuguese of Brazil. Fifth check set (holdout5).
===
Assunto: RE: RE: Troca de titularidade — protocolo 2025031100044718

Olá, [[PERSON:Renata]], tudo bem?

Confirmamos a troca de titularidade da linha a partir de 01/04/2025. A fatura de março (vencimento 15/03, R$ 129,90) continua no nome do titular anterior e a nota fiscal nº 000.118.227 já foi emitida.

Atenciosamente,

[[PERSON:Camila Duarte Fontes]]
Analista de Relacionamento — Nubeo Brasil
facturacion@nubeo.example

AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário. Caso a tenha recebido por engano, avise o remetente e apague-a. Seus dados pessoais são tratados conforme a Lei nº 13.709/2018 (LGPD).

Em qua., 12 de mar. de 2025 às 19:40, [[PERSON:Renata Oliveira Lins]] <[[EMAIL_ADDRESS:renata.olins@correio.example]]> escreveu:
> Boa noite!
> Segue o que vocês pediram. A linha {{PHONE_BR:nat}} vai passar para o nome da minha mãe, [[PERSON:Sueli Aparecida Lins]], CPF {{BR_CPF}}.
> O CPF que eu tinha mandado antes ({BR_CPF:bad}) estava com um dígito trocado, desculpem.
> O endereço dela é [[STREET_ADDRESS:Rua Doutor Arnaldo, 1450, apto 82]], Sumaré, São Paulo - SP, CEP 01255-000. Telefone fixo: {{PHONE_BR_FIX:nat}}.
> Ela nasceu em [[DATE_OF_BIRTH:03/06/1958]], caso precisem para a validação.
>
> Obrigada,
> [[PERSON:Renata]]
>
> Em ter., 11 de mar. de 2025 às 10:05, Nubeo Brasil <facturacion@nubeo.example> escreveu:
>> Olá, [[PERSON:Renata]]: para a troca de titularidade precisamos do CPF, do endereço e da data de nascimento do novo titular.
===
[Modelo de resposta «CADASTRO-ATUALIZADO» — substitua os campos [ENTRE COLCHETES] e %ASSIM% antes de enviar]

Olá, [NOME DO CLIENTE] / Olá, [[PERSON:Wellington]]!

Atualizamos o cadastro da sua empresa com os dados abaixo:

• Razão social: %RAZAO_SOCIAL% → Oficina Mecânica Silva & Filhos Ltda.
• CNPJ: %CNPJ% → {{BR_CNPJ}} (o que estava no cadastro, {BR_CNPJ:bad}, não passava na validação da Receita)
• Responsável: [[PERSON:Wellington Silva Batista]], CPF %CPF% → {{BR_CPF:raw}}
• Celular/WhatsApp: %CELULAR% → {{PHONE_BR:intl}}
• E-mail para notas fiscais: [[EMAIL_ADDRESS:financeiro@oficinasilva.example]]
• Endereço: %ENDERECO% → [[STREET_ADDRESS:Avenida Presidente Vargas, 2210, sala 4]], Centro, Campinas - SP
• Chave da API para emissão automática de boletos: %API_KEY% → {{KEY_STRIPE}}

Seu novo plano (Nubeo Empresas 300 Mega, R$ 189,90/mês) começa em [DATA DE INÍCIO]. Protocolo: [PROTOCOLO] 2025031400071230.

Abraços,
[ASSINATURA DO ATENDENTE]
[[PERSON:Larissa]] | Nubeo Brasil
===
oi boa tarde to mandando por audio que virou texto desculpa os erros meu nome é [[PERSON:josé carlos da conceição]] meu cpf é {{BR_CPF:raw}} e meu celular {{PHONE_BR:raw}} a internet caiu desde sexta e já paguei o boleto de 99 e 90 no dia 5 pelo pix a chave pix que vocês mandaram era o cnpj de vocês mesmo né e também me ligaram pedindo a senha do aplicativo eu falei que era [[CREDENTIAL/PASSWORD:flamengo1981]] será que era golpe minha esposa dona [[PERSON:cida]] falou que era meu endereço é [[STREET_ADDRESS:rua são benedito 77 casa 2]] jardim são luís zona sul obrigado

---
Olá, [[PERSON:José Carlos]]! Infelizmente era golpe: a Nubeo nunca pede senha por telefone. Já bloqueamos o acesso ao aplicativo e enviamos um link de troca de senha para o seu celular. O pagamento de R$ 99,90 do dia 05/03 está registrado e o técnico vai amanhã entre 8h e 12h (OS 7720145). Abraço, [[PERSON:Thaís]] — Nubeo Brasil
===
Nota interna — atendimento nível 2 — protocolo 2025031300093312 — 13/03/2025 22:17

Cliente: [[PERSON:Fernanda Cristina Moraes]] (CPF {{BR_CPF}}, nascida em [[DATE_OF_BIRTH:19/02/1993]])
Empresa dela (paga a fatura): Moraes Design Ltda., CNPJ {{BR_CNPJ:raw}}
Contatos: {{PHONE_BR:e164}} / {{PHONE_BR:00}} (do marido, [[PERSON:Rafael]]) / [[EMAIL_ADDRESS:fe.moraes@correio.example]]
Passaporte (enviou foto para a portabilidade): {{PASS_BR}}
Acessos: [[IP_ADDRESS:203.0.113.45]] às 02:40 (não reconhece); ela diz que "o IP da minha casa é [[IP_ADDRESS:192.168.15.7]]". Expliquei que o painel do modem fica em 192.168.15.1.
Colou no chat uma chave da AWS do trabalho: {{KEY_AWS}} — orientei a revogar.
Código de verificação que enviamos: {{OTP6}} (expirado).
Versão do app: 8.4.0.27. Encaminhado para [[PERSON:Gustavo]] (Segurança).
===
Assunto: Contestação de cobrança / chargeback — pedido 7781290 — URGENTE

Prezados,

Estou contestando as cobranças abaixo e já abri contestação no banco (protocolo do banco 55871204):

1) 02/03/2025 às 23:14 — R$ 1.299,90 — pedido nº 7781290 (roteador Nubeo Wi-Fi 6, firmware 2.0.5.18)
2) 02/03/2025 às 23:16 — R$ 1.299,90 — o mesmo pedido cobrado de novo, referência {LUHN:16}
3) Rastreio dos Correios QB123456785BR: consta "entregue" em 06/03 às 14:20, mas ninguém recebeu.
4) NF-e nº 000.211.458, série 1.

As duas cobranças foram no cartão {{MC}} (validade [[CREDENTIAL/CARD_EXPIRY:08/29]]). O cartão final 4242 é do meu filho e não tem nada a ver. Também paguei um boleto de frete que nem deveria existir: 23793.38128 60082.677385 48000.063305 1 10250000012990.

Quero o estorno de R$ 1.299,90 no cartão ou via Pix para a chave CPF {{BR_CPF}}.

[[PERSON:Márcio Henrique Tavares]]
[[STREET_ADDRESS:Rua Padre Chagas, 415, apto 1201]], Moinhos de Vento, Porto Alegre - RS
{{PHONE_BR:nat}}

---
Rascunho de resposta:
Olá, [[PERSON:Márcio]]. Confirmamos a cobrança duplicada e fizemos o estorno de R$ 1.299,90 (protocolo 2025030700018842). Sobre a entrega, abrimos reclamação com os Correios (PI 118820931). O boleto de frete de R$ 129,90 também será devolvido. Depois que o estorno aparecer, informe o seu banco para encerrar a contestação. Atenciosamente, [[PERSON:Beatriz]] — Nubeo Brasil
===
Hi! / Olá! / ¡Hola! Escrevo em três línguas porque a conta é da nossa startup e o sócio é argentino 😅

Dados para o contrato / datos para el contrato:
- Empresa: Pampa Labs Tecnologia Ltda. — CNPJ {{BR_CNPJ}}
- Sócio 1: [[PERSON:Lucas Ferraz]] (CPF {{BR_CPF}}; celular {{PHONE_BR:intl}})
- Socio 2: [[PERSON:Martina Echeverría]] (CUIT argentino {{AR_CUIT}} / passaporte {{PASS_AR}}; cel. {{PHONE_AR:intl}})
- Billing e-mail / correo de facturación: [[EMAIL_ADDRESS:billing@pampalabs.example]]
- Endereço / address: [[STREET_ADDRESS:Rua dos Pinheiros, 870, conjunto 42]], Pinheiros, São Paulo - SP
- Wi-Fi do escritório: rede PampaLabs-5G, senha [[CREDENTIAL/PASSWORD:Tango&Samba#42]]
- Our staging server will call your status API from [[IP_ADDRESS:198.51.100.61]] (please allow it)

Plano: Nubeo Empresas 1 Giga (R$ 349,90/mês), proposta comercial PC-2025-0412, instalação em 24/03 entre 9h e 12h.

Valeu / gracias / thanks!
[[PERSON:Lucas]]

---
Oi, [[PERSON:Lucas]]! Tudo certo: contrato CT-BR-2025-33018 criado e o IP liberado. Hasta pronto, [[PERSON:Martina]]! — [[PERSON:Aline]], Nubeo Brasil
