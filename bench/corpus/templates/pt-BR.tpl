# Brazilian Portuguese.
===
Olá [[PERSON:Juliana]],

Obrigado por entrar em contato. Para emitir a nota fiscal no seu nome, precisamos do CPF. Você informou {{BR_CPF}}; já está registrado no pedido BR-2024-77120.

O valor total é R$ 1.299,90.

Atenciosamente,
Equipe de Atendimento
===
Boa tarde,

Meus dados para o reembolso: [[PERSON:Rafael Souza Oliveira]], CPF {{BR_CPF:raw}}, celular {{PHONE_BR:nat}}.

Obrigado.
===
Olá [[PERSON:Rafael]],

O reembolso de R$ 249,90 foi solicitado (protocolo 2024061800123). O valor será estornado em até 10 dias úteis.

Atenciosamente,
Equipe de Atendimento
0800 777 1234
===
Olá [[PERSON:Beatriz]],

O técnico vai visitar o endereço [[STREET_ADDRESS:Rua Augusta, 1508, apto 52]], Consolação, São Paulo, na quarta-feira entre 8h e 12h. Ordem de serviço: OS-BR-44012.

Abraços,
Suporte Técnico
===
Olá,

Preciso da nota fiscal para a empresa Padaria Boa Vista Ltda., CNPJ {{BR_CNPJ}}, endereço [[STREET_ADDRESS:Av. Sete de Setembro, 2340, sala 3]], Salvador.

Obrigada,
[[PERSON:Fernanda Lima Costa]]
===
Olá [[PERSON:Fernanda]],

A nota fiscal NF-e 000.045.812 foi emitida com o CNPJ da empresa e enviada para o e-mail cadastrado.

Atenciosamente,
Equipe de Faturamento
===
Olá [[PERSON:Lucas]],

Seu código de verificação é {{OTP6}}. Não compartilhe com ninguém.

Nubeo Brasil
===
Olá,

Meu CPF é {BR_CPF:bad} e o site diz que é inválido. Pode verificar?

[[PERSON:Thiago Almeida]]
===
Olá [[PERSON:Thiago]],

O CPF informado não passa na validação dos dígitos verificadores. Confira o número no seu documento e tente novamente.

Atenciosamente,
Equipe de Atendimento
===
Prezado Sr. [[PERSON:Carlos Eduardo Pereira]],

O pagamento com o cartão {{VISA}} foi recusado pelo banco emissor. O boleto da fatura de junho (R$ 189,90) vence em 10/07/2024.

Atenciosamente,
Equipe de Cobrança
===
Olá [[PERSON:Mariana]],

O IP público do seu modem é [[IP_ADDRESS:203.0.113.77]]. A versão do firmware é 2.8.1; vamos atualizar para a 2.9.0 esta noite.

Abraços,
Suporte Técnico
===
Olá,

Meu e-mail é [[EMAIL_ADDRESS:mariana.santos@example.com]] e meu telefone {{PHONE_BR:intl}}. Não consigo acessar minha conta desde ontem.

[[PERSON:Mariana Santos Ribeiro]]
===
Olá [[PERSON:Mariana]],

Enviamos um link de redefinição para o seu e-mail cadastrado. Se não chegar em 10 minutos, verifique a caixa de spam.

Atenciosamente,
Suporte
===
Olá [[PERSON:Gabriel]],

Sua senha provisória é [[CREDENTIAL/PASSWORD:Rio2024@wPz]]. Altere-a no primeiro acesso.

Suporte Nubeo
===
Olá,

Quero pagar com o cartão {{MC}}, validade [[CREDENTIAL/CARD_EXPIRY:11/26]]. Minha data de nascimento é [[DATE_OF_BIRTH:14/02/1991]].

[[PERSON:Larissa Gomes]]
===
Olá [[PERSON:Larissa]],

Por segurança, não aceitamos dados de cartão por e-mail; já removemos do atendimento. Você pode pagar pelo app ou pelo site com total segurança.

Atenciosamente,
Equipe de Pagamentos
===
Olá [[PERSON:Pedro]],

Seu pedido BR-2024-80122 será entregue na [[STREET_ADDRESS:Rua das Flores, 45, casa 2]], Curitiba, entre 12 e 14 de junho. Código de rastreio dos Correios: QB123456789BR.

Abraços,
Equipe de Logística
===
Olá,

Meu telefone fixo é {{PHONE_BR_FIX:nat}} e o celular {{PHONE_BR:e164}}. Quero trocar o titular da linha para [[PERSON:Ana Clara Martins]].
===
Olá,

Para a troca de titularidade, a nova titular precisa enviar os documentos pelo app. O protocolo da solicitação é 2024061900456.

Atenciosamente,
Equipe de Atendimento
===
Olá [[PERSON:Bruno]],

Recebemos o passaporte {{PASS_BR}} para o cadastro internacional. Tudo certo!

Equipe de Cadastro
===
Olá [[PERSON:Renata]],

Seu plano Fibra 500 custa R$ 119,90 por mês. O número do contrato é 4401-8812. A próxima fatura vence em 05/08.

Abraços,
Nubeo Brasil
===
Olá,

Segue a chave de API que pediram: {{KEY_STRIPE}}. Podem configurar a integração?

[[PERSON:Diego Carvalho]]
===
Olá [[PERSON:Diego]],

Por segurança, revogamos essa chave porque ela foi enviada por e-mail. Gere uma nova no painel e configure diretamente na plataforma.

Equipe de Segurança
===
Olá,

Seguem os dados da empresa para o cadastro de fornecedor:
Razão social: Transportes Serra Azul Ltda.
CNPJ: {{BR_CNPJ:raw}}
Contato: [[PERSON:Paulo Henrique Rocha]], {{PHONE_BR:intl}}, [[EMAIL_ADDRESS:paulo.rocha@example.com.br]]
===
Olá [[PERSON:Paulo]],

Cadastro concluído. O CNPJ {BR_CNPJ:bad} que apareceu no primeiro e-mail estava incorreto e foi descartado.

Atenciosamente,
Compras
